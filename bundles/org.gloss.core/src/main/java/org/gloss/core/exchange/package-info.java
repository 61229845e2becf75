/**
 * Export and whole-project exchange shared by the command line and the workbench: the data an
 * exporter writes, choosing an exporter or importer, building a new project file all or nothing,
 * and their messages.
 */
@Export
@Version("1.0.0")
package org.gloss.core.exchange;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

