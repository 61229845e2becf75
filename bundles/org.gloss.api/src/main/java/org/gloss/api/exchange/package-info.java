/**
 * Exchange with other QDA tools: importers that read a whole project file (e.g. REFI-QDA
 * {@code .qdpx}) into a new project, or a codebook file into an existing one, and the typed
 * catalogue of their errors, and {@link org.gloss.api.exchange.NewProjectFile} that builds a new
 * project file all or nothing.
 */
@Export
@Version("1.2.0")
package org.gloss.api.exchange;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
