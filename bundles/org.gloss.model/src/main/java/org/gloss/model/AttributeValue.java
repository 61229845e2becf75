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
     * A value of a declared type in its canonical form: numbers as plain decimals ("1.50" stays
     * "1.50", "+3" becomes "3"), dates as ISO {@code yyyy-MM-dd}.
     *
     * @throws IllegalArgumentException if the text is not a value of that type
     */
    public static AttributeValue parse(AttributeType type, String raw) {
        String trimmed = raw.strip();
        switch (type) {
            case NUMBER:
                if (!trimmed.matches("[-+]?\\d+(\\.\\d+)?")) {
                    throw new IllegalArgumentException("'" + raw + "' is not a number");
                }
                return new AttributeValue(type, new BigDecimal(trimmed).toPlainString());
            case DATE:
                try {
                    return new AttributeValue(type, LocalDate.parse(trimmed).toString());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + raw + "' is not a date (yyyy-MM-dd)");
                }
            default:
                return text(raw);
        }
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
