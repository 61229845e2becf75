/**
 * Suggested codings: a {@link org.gloss.api.suggest.CodeSuggester} learns from the codings of
 * coders a user names (or reads a codebook) and suggests codings of text units, which Gloss writes
 * as the codings of a machine coder ({@code suggest:local}, never a human's) so that they can be
 * compared with the humans' like any coder's. {@link org.gloss.api.suggest.SuggestionEvaluation}
 * audits a suggester: cross-validated by document, its agreement with each human beside the
 * humans' agreement with each other. Offsets are code points, end exclusive.
 */
@Export
@Version("1.1.0")
package org.gloss.api.suggest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
