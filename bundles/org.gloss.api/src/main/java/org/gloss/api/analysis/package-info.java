/**
 * Analysis of coded data: code queries (set algebra and proximity over coded text), code
 * co-occurrence, code matrices and crosstabs, frequencies and word frequencies. Offsets are Unicode
 * code points into the stored text, end exclusive. Every analysis takes the same
 * {@link org.gloss.api.analysis.AnalysisFilter}. Only interfaces and value types live here; the
 * engine is the org.gloss.analysis bundle, word frequencies come from the search index's bundle.
 * Definitions: docs/analysis.md.
 */
@Export
@Version("1.1.0")
package org.gloss.api.analysis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
