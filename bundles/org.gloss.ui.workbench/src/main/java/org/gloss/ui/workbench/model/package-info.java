/**
 * The workbench view model in plain Java (no JavaFX): the open project with the current coder,
 * the visibility filters, recent codes and an undo/redo stack of commands. Views render it and
 * send it commands; it is tested without any UI.
 */
@Export
@Version("1.2.0")
package org.gloss.ui.workbench.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
