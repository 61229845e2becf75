package org.gloss.analysis.internal;

import org.gloss.api.analysis.AttributeEquals;
import org.gloss.api.analysis.AttributeRange;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;

/**
 * Reads an attribute condition as users write it: {@code KEY=VALUE}, or {@code KEY=MIN..MAX} when
 * the bounds (either may be left out) are numbers or {@code yyyy-MM-dd} dates; a text value that
 * happens to contain ".." stays an equality.
 */
final class AttributeConditions {
    private AttributeConditions() {
    }

    static DocumentCondition parse(String written) {
        int eq = written.indexOf('=');
        if (eq <= 0 || written.substring(0, eq).isBlank()) {
            throw AnalysisErrors.badAttributeFilter(written);
        }
        String key = written.substring(0, eq).strip();
        String value = written.substring(eq + 1).strip();
        int dots = value.indexOf("..");
        if (dots >= 0) {
            String min = value.substring(0, dots).strip();
            String max = value.substring(dots + 2).strip();
            if ((!min.isEmpty() || !max.isEmpty()) && isBound(min) && isBound(max)) {
                return new AttributeRange(key, min.isEmpty() ? null : min, max.isEmpty() ? null : max);
            }
        }
        if (value.isEmpty()) {
            throw AnalysisErrors.badAttributeFilter(written);
        }
        return new AttributeEquals(key, value);
    }

    private static boolean isBound(String s) {
        return s.isEmpty() || AttributeValue.infer(s).type() != AttributeType.TEXT;
    }
}
