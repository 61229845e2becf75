/**
 * Full-text search over a project's documents: queries with scope filters, keyword-in-context
 * hits at code-point offsets, and auto-coding of hits. The index behind it is derived from the
 * project store, which stays the source of truth.
 */
@Export
@Version("2.1.0")
package org.gloss.api.search;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

