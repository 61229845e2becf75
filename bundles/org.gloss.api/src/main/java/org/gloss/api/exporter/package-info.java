/**
 * Exporters: write a project's coded segments, codebook or whole project in one file format.
 * Every format is a bundle registering an {@link org.gloss.api.exporter.Exporter} service.
 */
@Export
@Version("1.2.0")
package org.gloss.api.exporter;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
