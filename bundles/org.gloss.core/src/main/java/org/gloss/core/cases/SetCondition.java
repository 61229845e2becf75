package org.gloss.core.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.api.analysis.AttributeEquals;
import org.gloss.api.analysis.AttributeRange;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.model.AttributeValue;

/**
 * A smart set's condition on document attributes: comparisons {@code KEY=VALUE},
 * {@code KEY>=VALUE}, {@code KEY<=VALUE} and {@code KEY=MIN..MAX} (the analyses' {@code --attr}
 * language: {@link AttributeEquals} and {@link AttributeRange}, compared as
 * {@link AttributeMatching} says), combined with {@code AND}, {@code OR}, {@code NOT} and
 * parentheses ({@code NOT} binds tightest, then {@code AND}, then {@code OR}). Names and values
 * with spaces or operators are written in double quotes ({@code "home region"="Issyk-Kul"}, a
 * quote inside doubled). Example: {@code country=Kyrgyzstan AND year>=2020}.
 */
public sealed interface SetCondition {
    /** Whether attributes (a document's) meet the condition. */
    boolean matches(Map<String, AttributeValue> attributes);

    /** The attribute keys the condition names, as written. */
    Set<String> keys();

    /**
     * Reads a condition.
     *
     * @throws org.gloss.api.error.GlossException naming the problem and where it is
     */
    static SetCondition parse(String written) {
        return new SetConditionParser(written).parse();
    }

    /** One comparison. */
    record Compare(DocumentCondition condition) implements SetCondition {
        @Override
        public boolean matches(Map<String, AttributeValue> attributes) {
            return AttributeMatching.meets(attributes, condition);
        }

        @Override
        public Set<String> keys() {
            return Set.of(condition instanceof AttributeEquals e ? e.key() : ((AttributeRange) condition).key());
        }
    }

    /** Every part holds. */
    record All(List<SetCondition> parts) implements SetCondition {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean matches(Map<String, AttributeValue> attributes) {
            return parts.stream().allMatch(p -> p.matches(attributes));
        }

        @Override
        public Set<String> keys() {
            return keysOf(parts);
        }
    }

    /** Some part holds. */
    record Any(List<SetCondition> parts) implements SetCondition {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean matches(Map<String, AttributeValue> attributes) {
            return parts.stream().anyMatch(p -> p.matches(attributes));
        }

        @Override
        public Set<String> keys() {
            return keysOf(parts);
        }
    }

    /** The part does not hold (a document without the attribute meets {@code NOT country=X}). */
    record Not(SetCondition part) implements SetCondition {
        @Override
        public boolean matches(Map<String, AttributeValue> attributes) {
            return !part.matches(attributes);
        }

        @Override
        public Set<String> keys() {
            return part.keys();
        }
    }

    private static Set<String> keysOf(List<SetCondition> parts) {
        Set<String> keys = new LinkedHashSet<>();
        parts.forEach(p -> keys.addAll(p.keys()));
        return keys;
    }

    /** The parts of a list, for parsers that build {@link All} and {@link Any}. */
    static List<SetCondition> listOf(SetCondition first) {
        List<SetCondition> parts = new ArrayList<>();
        parts.add(first);
        return parts;
    }
}
