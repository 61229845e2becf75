/**
 * Document import shared by the command line, the workbench and the importer bundles: stored-text
 * normalization, text assembly for structured formats, checks of input files, importing a file
 * through the registered importers, and their messages; the base class of an importer
 * ({@link org.gloss.core.importing.FileImporter}).
 */
@Export
@Version("1.1.0")
package org.gloss.core.importing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

