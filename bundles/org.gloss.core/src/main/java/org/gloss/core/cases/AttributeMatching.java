package org.gloss.core.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.gloss.api.analysis.AttributeEquals;
import org.gloss.api.analysis.AttributeRange;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;

/**
 * Whether an object's attributes (a document's, a case's) meet one attribute condition, the way
 * the analyses' {@code --attr} filter and smart sets compare: keys ignoring case, text ignoring
 * case and surrounding space, numbers by value (30 = 30.0), dates as dates; a range holds numbers
 * or dates between its inclusive bounds (either may be open) and never a value of another type.
 */
public final class AttributeMatching {
    private AttributeMatching() {
    }

    public static boolean meets(Map<String, AttributeValue> attributes, DocumentCondition condition) {
        if (condition instanceof AttributeEquals equals) {
            AttributeValue value = attribute(attributes, equals.key());
            return value != null && sameValue(value, equals.value());
        }
        if (condition instanceof AttributeRange range) {
            AttributeValue value = attribute(attributes, range.key());
            return value != null && inRange(value, range);
        }
        throw new IllegalArgumentException("not an attribute condition: " + condition);
    }

    /** The attribute of that key, ignoring case and surrounding space; null when there is none. */
    public static AttributeValue attribute(Map<String, AttributeValue> attributes, String key) {
        AttributeValue exact = attributes.get(key);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key.strip())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean sameValue(AttributeValue value, String wanted) {
        String given = wanted.strip();
        try {
            if (value.type() == AttributeType.NUMBER) {
                return new BigDecimal(value.value()).compareTo(new BigDecimal(given)) == 0;
            }
            if (value.type() == AttributeType.DATE) {
                return LocalDate.parse(value.value()).equals(LocalDate.parse(given));
            }
        } catch (NumberFormatException | DateTimeParseException notOfTheType) {
            return false;
        }
        return value.value().strip().equalsIgnoreCase(given);
    }

    /**
     * The type a range's bounds are of (number or date); null when a bound is text or the bounds
     * differ, which callers report as their own error.
     */
    public static AttributeType boundsType(AttributeRange range) {
        AttributeType min = range.min() == null ? null : AttributeValue.infer(range.min()).type();
        AttributeType max = range.max() == null ? null : AttributeValue.infer(range.max()).type();
        AttributeType type = min != null ? min : max;
        if (type == AttributeType.TEXT || (min != null && max != null && min != max)) {
            return null;
        }
        return type;
    }

    private static boolean inRange(AttributeValue value, AttributeRange range) {
        AttributeType type = boundsType(range);
        if (type == null || value.type() != type) {
            return false;
        }
        Comparable<Object> v = parse(type, value.value());
        Comparable<Object> min = range.min() == null ? null : parse(type, range.min());
        Comparable<Object> max = range.max() == null ? null : parse(type, range.max());
        return (min == null || min.compareTo(v) <= 0) && (max == null || max.compareTo(v) >= 0);
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> parse(AttributeType type, String text) {
        Object parsed = type == AttributeType.NUMBER ? new BigDecimal(text.strip()) : LocalDate.parse(text.strip());
        return (Comparable<Object>) parsed;
    }
}
