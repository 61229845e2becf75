package org.gloss.api.chart;

import java.util.List;
import java.util.Optional;

/**
 * A drawn chart: what it shows ({@code items}, in drawing order) and how it looks ({@code scene}).
 * Shapes of the scene that stand for an item name it ({@link Scene.Shape#item()}).
 *
 * @param kind   the {@link ChartKind#id()} that drew it
 * @param title  the chart's title, as drawn
 * @param note   the filters and options it was drawn with, as drawn under the title
 * @param items  one per bar, bar segment, tile, cell, node, edge, mark or word
 */
public record Chart(String kind, String title, String note, List<ChartItem> items, Scene scene) {
    public Chart {
        items = List.copyOf(items);
    }

    public Optional<ChartItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
