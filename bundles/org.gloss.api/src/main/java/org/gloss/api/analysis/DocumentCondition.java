package org.gloss.api.analysis;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One condition a document must meet to be analysed, as part of an {@link AnalysisFilter}. The
 * kinds are the records of this package that implement it ({@link DocumentNamed},
 * {@link AttributeEquals}, {@link AttributeRange}, {@link InCase}, {@link InSet}). Conditions of the
 * same kind (the same attribute key, for attributes) are alternatives; a document must meet one
 * condition of every kind given. Cases also limit the codings: only those overlapping the cases'
 * text count.
 */
@ProviderType
public interface DocumentCondition {
}
