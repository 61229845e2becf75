/** Document importers: turn a source file into the text Gloss stores and codes. */
@Export
@Version("1.1.0")
package org.gloss.api.importer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
