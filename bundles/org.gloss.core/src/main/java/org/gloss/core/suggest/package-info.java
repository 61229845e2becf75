/**
 * Suggested codings, the parts the command line, the workbench and the audit share: the text
 * units, the training material read from a project, and writing suggestions as a machine coder's
 * codings.
 */
@Export
@Version("1.1.0")
package org.gloss.core.suggest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
