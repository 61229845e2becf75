package org.gloss.ui.analysis.internal;

import java.util.List;
import java.util.function.BiConsumer;

import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A matrix as a heat map: one cell per row and column, shaded from white to blue by its value
 * (or, as MAXQDA draws its browsers, a square sized by the value in the row's colour), with the
 * row labels and the column labels (slanted) frozen while the cells scroll, and totals in grey.
 * Only the visible cells are drawn, so a matrix of 200 codes by 5,000 documents scrolls smoothly.
 * Clicking selects a cell; double-clicking it (or Enter) opens it.
 */
final class HeatMap extends Region {
    enum Style { SHADE, SYMBOLS }

    /**
     * @param values        values[row][column]; NaN for an empty cell (a code with itself)
     * @param labels        the text of each cell
     * @param rowColors     a colour per row (a code's colour) or null
     * @param rowTotals     a total per row, shown as a last column, or null
     * @param columnTotals  a total per column, shown as a last row, or null
     */
    record Data(List<String> rows, List<String> columns, double[][] values, String[][] labels, List<Color> rowColors,
                String[] rowTotals, String[] columnTotals) {
        static final Data EMPTY = new Data(List.of(), List.of(), new double[0][0], new String[0][0], null, null, null);
    }

    static final double CELL_WIDTH = 64;
    static final double CELL_HEIGHT = 26;
    private static final double MAX_ROW_HEADER = 240;
    private static final double HEADER_HEIGHT = 96;
    private static final Color HIGH = Color.web("#2E86AB");
    private static final Color TOTAL = Color.web("#EEEEEE");
    private static final Color GRID = Color.web("#DDDDDD");
    private static final Font FONT = Font.font(12);
    private static final Font BOLD = Font.font(null, FontWeight.BOLD, 12);

    private final Canvas canvas = new Canvas();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private Data data = Data.EMPTY;
    private Style style = Style.SHADE;
    private double max;
    private double rowHeaderWidth = 120;
    private int selectedRow = -1;
    private int selectedColumn = -1;
    private BiConsumer<Integer, Integer> onOpen = (r, c) -> { };

    HeatMap(String id) {
        setId(id);
        getStyleClass().add("heat-map");
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, horizontal, vertical);
        horizontal.valueProperty().addListener((o, was, now) -> draw());
        vertical.valueProperty().addListener((o, was, now) -> draw());
        canvas.setFocusTraversable(true);
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            tooltip.setText(cell == null ? null : describe(cell[0], cell[1]));
        });
        canvas.setOnMouseClicked(e -> {
            canvas.requestFocus();
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell == null || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            select(cell[0], cell[1]);
            if (e.getClickCount() == 2) {
                onOpen.accept(cell[0], cell[1]);
            }
        });
        canvas.setOnScroll(e -> {
            vertical.setValue(clamp(vertical.getValue() - e.getDeltaY(), 0, vertical.getMax()));
            horizontal.setValue(clamp(horizontal.getValue() - e.getDeltaX(), 0, horizontal.getMax()));
        });
        canvas.setOnKeyPressed(e -> {
            if (data.rows().isEmpty()) {
                return;
            }
            int r = Math.max(0, selectedRow);
            int c = Math.max(0, selectedColumn);
            KeyCode key = e.getCode();
            if (key == KeyCode.ENTER && selectedRow >= 0) {
                onOpen.accept(selectedRow, selectedColumn);
                return;
            }
            switch (key) {
                case UP -> r = Math.max(0, r - 1);
                case DOWN -> r = Math.min(data.rows().size() - 1, r + 1);
                case LEFT -> c = Math.max(0, c - 1);
                case RIGHT -> c = Math.min(data.columns().size() - 1, c + 1);
                default -> {
                    return;
                }
            }
            select(r, c);
            ensureVisible(r, c);
            e.consume();
        });
    }

    void setOnOpen(BiConsumer<Integer, Integer> action) {
        onOpen = action;
    }

    void setStyle(Style newStyle) {
        style = newStyle;
        draw();
    }

    Style style() {
        return style;
    }

    void show(Data newData) {
        data = newData;
        max = 0;
        for (double[] row : data.values()) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        double widest = 60;
        Text measure = new Text();
        measure.setFont(FONT);
        for (String row : data.rows()) {
            measure.setText(row);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth() + 24);
        }
        rowHeaderWidth = Math.min(MAX_ROW_HEADER, widest);
        if (selectedRow >= data.rows().size() || selectedColumn >= data.columns().size()) {
            selectedRow = -1;
            selectedColumn = -1;
        }
        requestLayout();
        draw();
    }

    Data data() {
        return data;
    }

    int selectedRow() {
        return selectedRow;
    }

    int selectedColumn() {
        return selectedColumn;
    }

    void select(int row, int column) {
        selectedRow = row;
        selectedColumn = column;
        draw();
    }

    private int columnsShown() {
        return data.columns().size() + (data.rowTotals() == null ? 0 : 1);
    }

    private int rowsShown() {
        return data.rows().size() + (data.columnTotals() == null ? 0 : 1);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bar = 14;
        double cellsWidth = columnsShown() * CELL_WIDTH;
        double cellsHeight = rowsShown() * CELL_HEIGHT;
        boolean needH = rowHeaderWidth + cellsWidth > w;
        boolean needV = HEADER_HEIGHT + cellsHeight > h - (needH ? bar : 0);
        needH = rowHeaderWidth + cellsWidth > w - (needV ? bar : 0);
        double viewW = Math.max(0, w - (needV ? bar : 0));
        double viewH = Math.max(0, h - (needH ? bar : 0));
        canvas.setWidth(viewW);
        canvas.setHeight(viewH);
        canvas.relocate(0, 0);
        horizontal.setVisible(needH);
        vertical.setVisible(needV);
        horizontal.resizeRelocate(0, viewH, viewW, bar);
        vertical.resizeRelocate(viewW, 0, bar, viewH);
        horizontal.setMax(Math.max(0, cellsWidth - (viewW - rowHeaderWidth)));
        vertical.setMax(Math.max(0, cellsHeight - (viewH - HEADER_HEIGHT)));
        horizontal.setVisibleAmount(Math.max(1, viewW - rowHeaderWidth));
        vertical.setVisibleAmount(Math.max(1, viewH - HEADER_HEIGHT));
        horizontal.setUnitIncrement(CELL_WIDTH);
        vertical.setUnitIncrement(CELL_HEIGHT);
        horizontal.setValue(clamp(horizontal.getValue(), 0, horizontal.getMax()));
        vertical.setValue(clamp(vertical.getValue(), 0, vertical.getMax()));
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.min(1200, rowHeaderWidth + columnsShown() * CELL_WIDTH + 14);
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.min(800, HEADER_HEIGHT + rowsShown() * CELL_HEIGHT + 14);
    }

    /** The centre of a cell in this region's coordinates, scrolling it into view first (tests click there). */
    Point2D cellCenter(int row, int column) {
        ensureVisible(row, column);
        return new Point2D(rowHeaderWidth + column * CELL_WIDTH - horizontal.getValue() + CELL_WIDTH / 2,
                HEADER_HEIGHT + row * CELL_HEIGHT - vertical.getValue() + CELL_HEIGHT / 2);
    }

    private void ensureVisible(int row, int column) {
        double left = column * CELL_WIDTH;
        double top = row * CELL_HEIGHT;
        double viewW = canvas.getWidth() - rowHeaderWidth;
        double viewH = canvas.getHeight() - HEADER_HEIGHT;
        if (left < horizontal.getValue()) {
            horizontal.setValue(left);
        } else if (left + CELL_WIDTH > horizontal.getValue() + viewW) {
            horizontal.setValue(clamp(left + CELL_WIDTH - viewW, 0, horizontal.getMax()));
        }
        if (top < vertical.getValue()) {
            vertical.setValue(top);
        } else if (top + CELL_HEIGHT > vertical.getValue() + viewH) {
            vertical.setValue(clamp(top + CELL_HEIGHT - viewH, 0, vertical.getMax()));
        }
    }

    /** The (row, column) of a data cell under a canvas point, or null (headers, totals, outside). */
    private int[] cellAt(double x, double y) {
        if (x < rowHeaderWidth || y < HEADER_HEIGHT) {
            return null;
        }
        int column = (int) Math.floor((x - rowHeaderWidth + horizontal.getValue()) / CELL_WIDTH);
        int row = (int) Math.floor((y - HEADER_HEIGHT + vertical.getValue()) / CELL_HEIGHT);
        if (row < 0 || row >= data.rows().size() || column < 0 || column >= data.columns().size()) {
            return null;
        }
        return new int[] {row, column};
    }

    private String describe(int row, int column) {
        return data.rows().get(row) + " × " + data.columns().get(column) + ": "
                + (data.labels()[row][column] == null || data.labels()[row][column].isEmpty() ? "—" : data.labels()[row][column])
                + "\nDouble-click to list the passages";
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (data.rows().isEmpty() || data.columns().isEmpty()) {
            g.setFill(Color.GRAY);
            g.setFont(FONT);
            g.setTextBaseline(VPos.TOP);
            g.fillText("Nothing to show", 8, 8);
            return;
        }
        double sx = horizontal.getValue();
        double sy = vertical.getValue();
        int firstColumn = (int) Math.floor(sx / CELL_WIDTH);
        int lastColumn = Math.min(columnsShown() - 1, (int) Math.floor((sx + w - rowHeaderWidth) / CELL_WIDTH));
        int firstRow = (int) Math.floor(sy / CELL_HEIGHT);
        int lastRow = Math.min(rowsShown() - 1, (int) Math.floor((sy + h - HEADER_HEIGHT) / CELL_HEIGHT));
        g.save();
        g.beginPath();
        g.rect(rowHeaderWidth, HEADER_HEIGHT, w - rowHeaderWidth, h - HEADER_HEIGHT);
        g.clip();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                drawCell(g, r, c, rowHeaderWidth + c * CELL_WIDTH - sx, HEADER_HEIGHT + r * CELL_HEIGHT - sy);
            }
        }
        g.restore();
        drawColumnHeaders(g, firstColumn, lastColumn, sx, w);
        drawRowHeaders(g, firstRow, lastRow, sy, h);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, rowHeaderWidth, HEADER_HEIGHT);
    }

    private void drawCell(GraphicsContext g, int r, int c, double x, double y) {
        boolean totalRow = r >= data.rows().size();
        boolean totalColumn = c >= data.columns().size();
        String label;
        if (totalRow || totalColumn) {
            g.setFill(TOTAL);
            g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
            label = totalRow && totalColumn ? "" : totalRow ? data.columnTotals()[c] : data.rowTotals()[r];
            g.setFont(BOLD);
            g.setFill(Color.BLACK);
            g.fillText(label == null ? "" : label, x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2, CELL_WIDTH - 4);
        } else {
            double v = data.values()[r][c];
            double share = Double.isNaN(v) || max <= 0 ? 0 : Math.max(0, v) / max;
            label = data.labels()[r][c];
            if (Double.isNaN(v)) {
                g.setFill(Color.web("#F7F7F7"));
                g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
            } else if (style == Style.SHADE) {
                g.setFill(Color.WHITE.interpolate(HIGH, share));
                g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
                g.setFont(FONT);
                g.setFill(share > 0.55 ? Color.WHITE : Color.BLACK);
                g.fillText(label == null ? "" : label, x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2, CELL_WIDTH - 4);
            } else {
                g.setFill(Color.WHITE);
                g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
                if (share > 0) {
                    double side = Math.max(3, Math.sqrt(share) * (CELL_HEIGHT - 6));
                    Color colour = data.rowColors() != null && data.rowColors().get(r) != null ? data.rowColors().get(r) : HIGH;
                    g.setFill(colour);
                    g.fillRect(x + (CELL_WIDTH - side) / 2, y + (CELL_HEIGHT - side) / 2, side, side);
                }
            }
        }
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, CELL_WIDTH, CELL_HEIGHT);
        if (r == selectedRow && c == selectedColumn) {
            g.setStroke(Color.BLACK);
            g.setLineWidth(2);
            g.strokeRect(x + 1.5, y + 1.5, CELL_WIDTH - 2, CELL_HEIGHT - 2);
        }
    }

    private void drawColumnHeaders(GraphicsContext g, int first, int last, double sx, double w) {
        g.save();
        g.setFill(Color.WHITE);
        g.fillRect(rowHeaderWidth, 0, w - rowHeaderWidth, HEADER_HEIGHT);
        g.beginPath();
        g.rect(rowHeaderWidth, 0, w - rowHeaderWidth, HEADER_HEIGHT);
        g.clip();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int c = first; c <= last; c++) {
            boolean total = c >= data.columns().size();
            String label = total ? "Total" : data.columns().get(c);
            g.save();
            g.translate(rowHeaderWidth + c * CELL_WIDTH - sx + CELL_WIDTH / 2, HEADER_HEIGHT - 6);
            g.rotate(-45);
            g.setFont(total || c == selectedColumn ? BOLD : FONT);
            g.setFill(Color.BLACK);
            g.fillText(shorten(label, 22), 0, 0);
            g.restore();
        }
        g.restore();
    }

    private void drawRowHeaders(GraphicsContext g, int first, int last, double sy, double h) {
        g.save();
        g.setFill(Color.WHITE);
        g.fillRect(0, HEADER_HEIGHT, rowHeaderWidth, h - HEADER_HEIGHT);
        g.beginPath();
        g.rect(0, HEADER_HEIGHT, rowHeaderWidth, h - HEADER_HEIGHT);
        g.clip();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int r = first; r <= last; r++) {
            boolean total = r >= data.rows().size();
            double y = HEADER_HEIGHT + r * CELL_HEIGHT - sy;
            if (!total && data.rowColors() != null && data.rowColors().get(r) != null) {
                g.setFill(data.rowColors().get(r));
                g.fillRect(4, y + CELL_HEIGHT / 2 - 5, 10, 10);
            }
            g.setFont(total || r == selectedRow ? BOLD : FONT);
            g.setFill(Color.BLACK);
            g.fillText(total ? "Total" : data.rows().get(r), 18, y + CELL_HEIGHT / 2, rowHeaderWidth - 22);
        }
        g.restore();
    }

    private static String shorten(String label, int max) {
        return label.codePointCount(0, label.length()) <= max ? label
                : label.substring(0, label.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }
}
