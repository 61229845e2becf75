package org.gloss.ui.chart.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.Scene;

/**
 * A chart on screen: the chart's scene painted on a canvas filling this region (scaled down,
 * never distorted, while a redraw at a new size is on its way), the item under the mouse named in
 * a tooltip, a click on a bar, tile, cell or node choosing it; the view binds the arrow keys to
 * walk the items and Enter to choose the one walked to. Screen readers hear the chart's title and
 * top values, and the item walked to.
 */
final class ChartCanvas extends Region {
    private static final Color FOCUS = Color.web("#039ED3");
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private Chart chart;
    private List<ChartItem> walkable = List.of();
    private String selected;
    private String message = "";
    private String hover;
    private Consumer<ChartItem> onChoose = item -> { };

    ChartCanvas(String id) {
        setId(id);
        getStyleClass().add("chart-canvas");
        getChildren().add(canvas);
        setMinSize(0, 0);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleRoleDescription("chart");
        tooltip.setShowDelay(Duration.millis(200));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        setOnMouseMoved(e -> {
            ChartItem item = itemAt(e.getX(), e.getY());
            String now = item == null ? null : describe(item);
            if (now == null && hover != null) {
                Tooltip.uninstall(this, tooltip);
            } else if (now != null) {
                tooltip.setText(now);
                if (hover == null) {
                    Tooltip.install(this, tooltip);
                }
            }
            hover = now;
        });
        setOnMouseExited(e -> {
            hover = null;
            Tooltip.uninstall(this, tooltip);
        });
        setOnMouseClicked(e -> {
            requestFocus();
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            ChartItem item = itemAt(e.getX(), e.getY());
            if (item != null) {
                select(item.id());
                onChoose.accept(item);
            }
        });
        focusedProperty().addListener((o, was, now) -> paint());
    }

    /** Called with the item clicked, or walked to and entered. */
    void setOnChoose(Consumer<ChartItem> action) {
        onChoose = action;
    }

    /** Shows a chart; the chosen item stays chosen when the new chart has it. */
    void show(Chart newChart) {
        chart = newChart;
        message = "";
        Set<String> drawn = new HashSet<>();
        newChart.scene().shapes().forEach(s -> {
            if (s.item() != null) {
                drawn.add(s.item());
            }
        });
        walkable = newChart.items().stream().filter(i -> drawn.contains(i.id())).toList();
        if (selected != null && !drawn.contains(selected)) {
            selected = null;
        }
        setAccessibleText(summary(newChart));
        paint();
    }

    /** Shows a line of text instead of a chart (nothing to draw yet, a failure). */
    void showMessage(String text) {
        chart = null;
        walkable = List.of();
        selected = null;
        message = text == null ? "" : text;
        setAccessibleText(message);
        paint();
    }

    Chart chart() {
        return chart;
    }

    /** What the tooltip says about the item under the mouse; null over no item. */
    String hoverText() {
        return hover;
    }

    java.util.Optional<ChartItem> selectedItem() {
        return chart == null || selected == null ? java.util.Optional.empty() : chart.item(selected);
    }

    void select(String itemId) {
        selected = itemId;
        selectedItem().ifPresent(item -> setAccessibleHelp(describe(item)));
        paint();
    }

    /** Walks {@code step} items on in drawing order (from the first when none is chosen); false without items. */
    boolean walk(int step) {
        if (walkable.isEmpty()) {
            return false;
        }
        int at = selectedIndex();
        int next = at < 0 ? 0 : Math.max(0, Math.min(walkable.size() - 1, at + step));
        select(walkable.get(next).id());
        return true;
    }

    /** Walks to the first or the last item; false without items. */
    boolean walkToEnd(boolean last) {
        if (walkable.isEmpty()) {
            return false;
        }
        select(walkable.get(last ? walkable.size() - 1 : 0).id());
        return true;
    }

    /** Chooses the item walked to (its passages are listed); false when none is. */
    boolean chooseSelected() {
        java.util.Optional<ChartItem> item = selectedItem();
        item.ifPresent(onChoose);
        return item.isPresent();
    }

    private int selectedIndex() {
        for (int i = 0; i < walkable.size(); i++) {
            if (walkable.get(i).id().equals(selected)) {
                return i;
            }
        }
        return -1;
    }

    /** The scene pixels per screen pixel of the painting: 1 unless the scene is larger than the view. */
    double scale() {
        if (chart == null) {
            return 1;
        }
        Scene scene = chart.scene();
        return Math.min(1, Math.min(getWidth() / scene.width(), getHeight() / scene.height()));
    }

    private ChartItem itemAt(double x, double y) {
        if (chart == null) {
            return null;
        }
        double s = scale();
        String id = Hits.itemAt(chart.scene(), x / s, y / s);
        return id == null ? null : chart.item(id).orElse(null);
    }

    /** Where an item is drawn, in this region's coordinates (tests click there); null when it is not drawn. */
    Point2D itemPoint(String itemId) {
        double[] p = chart == null ? null : Hits.anchorOf(chart.scene(), itemId);
        return p == null ? null : new Point2D(p[0] * scale(), p[1] * scale());
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint();
        }
        canvas.relocate(0, 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 500;
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (chart == null) {
            g.setFill(Color.GRAY);
            g.setFont(ScenePainter.font(13, false));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(message, 12, 12, Math.max(10, w - 24));
            return;
        }
        double s = scale();
        g.save();
        g.scale(s, s);
        ScenePainter.paint(g, chart.scene());
        if (selected != null) {
            for (Scene.Shape shape : chart.scene().shapes()) {
                if (selected.equals(shape.item()) && !(shape instanceof Scene.Text)) {
                    ScenePainter.outline(g, shape, isFocused() ? 2.5 : 1.5);
                }
            }
        }
        g.restore();
        if (isFocused()) {
            // the focus ring a control would have: the keys act on this chart
            g.setStroke(FOCUS);
            g.setLineWidth(2);
            g.strokeRect(1, 1, w - 2, h - 2);
        }
    }

    /** "debt concern · aida: 4" with its interval, and the documents it counts when it names them. */
    static String describe(ChartItem item) {
        StringBuilder text = new StringBuilder(item.label()).append(": ").append(Values.format(item.value()));
        if (!Double.isNaN(item.low()) && !Double.isNaN(item.high())) {
            text.append(" (95 % interval ").append(Values.format(item.low())).append(" to ").append(Values.format(item.high())).append(')');
        }
        if (item.start() >= 0 && !item.label().contains(item.start() + "–" + item.end())) {
            text.append(" at ").append(item.start()).append('–').append(item.end());
        }
        if (!item.documents().isEmpty() && item.documents().size() <= 3) {
            text.append(" in ").append(String.join(", ", item.documents()));
        }
        return text.toString();
    }

    /** The title, the filter note and the five largest values, for screen readers. */
    static String summary(Chart chart) {
        List<ChartItem> top = new ArrayList<>(chart.items());
        top.removeIf(i -> Double.isNaN(i.value()));
        top.sort(Comparator.comparingDouble(ChartItem::value).reversed());
        StringBuilder text = new StringBuilder(chart.title()).append(". ").append(chart.note()).append('.');
        if (!top.isEmpty()) {
            text.append(" ").append(chart.items().size()).append(chart.items().size() == 1 ? " item" : " items").append("; largest: ");
            List<String> values = top.stream().limit(5).map(i -> i.label() + " " + Values.format(i.value())).toList();
            text.append(String.join(", ", values)).append('.');
        }
        return text.toString();
    }
}
