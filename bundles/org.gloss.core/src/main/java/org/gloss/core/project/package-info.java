/**
 * Project-level operations shared by the command line and the workbench: coded segments with names
 * and text, the palette new codes take their colours from, choosing the store for a location, the
 * demo project, and the messages about projects and what is in them.
 */
@Export
@Version("1.2.0")
package org.gloss.core.project;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

