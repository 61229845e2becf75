package org.gloss.api.analysis;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One condition a document must meet to be analysed, as part of an {@link AnalysisFilter}. The
 * kinds are the records of this package that implement it ({@link DocumentNamed},
 * {@link AttributeEquals}, {@link AttributeRange}); case and set membership are to come as further
 * kinds. Conditions of the same kind (the same attribute key, for attributes) are alternatives; a
 * document must meet one condition of every kind given.
 */
@ProviderType
public interface DocumentCondition {
}
