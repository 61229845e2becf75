package org.gloss.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** A typed document attribute value, kept in its canonical text form. */
public record AttributeValue(AttributeType type, String value) {
    public AttributeValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public static AttributeValue text(String value) {
        return new AttributeValue(AttributeType.TEXT, value);
    }

    /**
     * Infers the type the way a researcher would expect from a spreadsheet cell: ISO dates
     * (2024-05-01) are dates, plain decimal numbers are numbers, everything else is text.
     */
    public static AttributeValue infer(String raw) {
        String trimmed = raw.strip();
        if (trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return new AttributeValue(AttributeType.DATE, LocalDate.parse(trimmed).toString());
            } catch (DateTimeParseException notADate) {
                return text(raw);
            }
        }
        if (trimmed.matches("[-+]?\\d+(\\.\\d+)?")) {
            return new AttributeValue(AttributeType.NUMBER, new BigDecimal(trimmed).toPlainString());
        }
        return text(raw);
    }
}
