package org.gloss.chart.internal;

import java.util.List;

import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene.Anchor;

/**
 * A grid of cells shaded by value (white for 0 to the row's colour, or a blue scale, at the
 * largest value), values written in cells large enough to hold them, row labels on the left with
 * code-colour swatches and column labels on top, slanted.
 */
final class HeatMap {
    /** One cell; rows and columns count from 0. Cells of value 0 may be left out. */
    record Cell(int row, int column, double value, String text, String item) {
    }

    private HeatMap() {
    }

    static void draw(SceneBuilder scene, Frame.Plot plot, List<String> rows, List<Rgb> rowColours, List<String> columns,
                     List<Cell> cells, boolean shadeByRowColour) {
        int n = Math.max(1, rows.size());
        int m = Math.max(1, columns.size());
        double labelSize = Math.min(Frame.LABEL_SIZE, Math.max(6, plot.height() / n * 0.8));
        double rowLabelWidth = Math.min(plot.width() * 0.3, 12 + labelSize + rows.stream().mapToDouble(r -> TextWidth.of(r, labelSize)).max().orElse(0));
        double columnLabelSize = Math.min(Frame.LABEL_SIZE, Math.max(6, (plot.width() - rowLabelWidth) / m * 0.8));
        double columnLabelHeight = Math.min(plot.height() * 0.3, 10 + 0.71 * columns.stream()
                .mapToDouble(c -> TextWidth.of(c, columnLabelSize)).max().orElse(0));
        double x0 = plot.x() + rowLabelWidth;
        double y0 = plot.y() + columnLabelHeight;
        double cw = (plot.right() - x0) / m;
        double ch = (plot.bottom() - y0) / n;
        int rowEvery = ch >= 7 ? 1 : (int) Math.ceil(7 / ch);
        int columnEvery = cw >= 7 ? 1 : (int) Math.ceil(7 / cw);
        for (int r = 0; r < rows.size(); r += rowEvery) {
            double mid = y0 + r * ch + ch / 2;
            double swatch = labelSize * 0.8;
            scene.text(x0 - 10 - swatch, mid + labelSize * 0.35, TextWidth.fit(rows.get(r), labelSize, rowLabelWidth - swatch - 14), labelSize,
                    false, Anchor.END, SceneBuilder.TEXT, null);
            scene.rect(x0 - 6 - swatch, mid - swatch / 2, swatch, swatch, rowColours.get(r), null, null);
        }
        double slantedRoom = (columnLabelHeight - 6) / 0.71;
        for (int c = 0; c < columns.size(); c += columnEvery) {
            double x = x0 + c * cw + cw / 2;
            scene.rotatedText(x + columnLabelSize * 0.3, y0 - 4, TextWidth.fit(columns.get(c), columnLabelSize, slantedRoom),
                    columnLabelSize, Anchor.START, SceneBuilder.TEXT, -45);
        }
        double max = cells.stream().mapToDouble(Cell::value).max().orElse(0);
        scene.rect(x0, y0, cw * m, ch * n, SceneBuilder.EMPTY.mix(Rgb.WHITE, 0.6), null, null);
        double valueSize = Math.min(11, ch * 0.6);
        for (Cell cell : cells) {
            double share = max > 0 ? cell.value() / max : 0;
            Rgb full = shadeByRowColour ? rowColours.get(cell.row()) : Palette.HEAT;
            Rgb fill = Palette.shade(full, 0.08 + 0.92 * share);
            double x = x0 + cell.column() * cw;
            double y = y0 + cell.row() * ch;
            scene.rect(x, y, cw, ch, fill, null, cell.item());
            if (ch >= 12 && TextWidth.of(cell.text(), valueSize) + 4 <= cw) {
                scene.text(x + cw / 2, y + ch / 2 + valueSize * 0.35, cell.text(), valueSize, false, Anchor.MIDDLE,
                        SceneBuilder.textOn(fill), cell.item());
            }
        }
        if (cw >= 4 && ch >= 4) {
            for (int r = 0; r <= n; r++) {
                scene.line(x0, y0 + r * ch, x0 + m * cw, y0 + r * ch, Rgb.WHITE, 1, null);
            }
            for (int c = 0; c <= m; c++) {
                scene.line(x0 + c * cw, y0, x0 + c * cw, y0 + n * ch, Rgb.WHITE, 1, null);
            }
        }
    }
}
