/**
 * Exporters: write a project's coded segments, codebook or whole project in one file format.
 * Every format is a bundle registering an {@link org.gloss.api.exporter.Exporter} service; result
 * tables (analysis results) are written by {@link org.gloss.api.exporter.TableExporter} services.
 */
@Export
@Version("2.1.0")
package org.gloss.api.exporter;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

