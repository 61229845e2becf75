package org.gloss.api.chart;

import java.util.List;
import java.util.Objects;

/**
 * An option a chart kind understands, e.g. {@code by} with the choices {@code none, coder, attr:KEY}.
 *
 * @param name         as the command line writes it without dashes ({@code --by})
 * @param description  one line for help texts
 * @param choices      the values allowed, as written (a value ending in ':' takes any text after it,
 *                     e.g. {@code attr:}); empty for free values (numbers, names)
 * @param defaultValue the value used when the request gives none; null when there is none
 */
public record ChartOption(String name, String description, List<String> choices, String defaultValue) {
    public ChartOption {
        Objects.requireNonNull(name, "name");
        choices = List.copyOf(choices);
    }
}
