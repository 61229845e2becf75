package org.gloss.ui.chart.internal;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks the size of an exported chart: width and height in chart pixels (the chart is drawn again
 * at that size, so labels keep their size and the bars get the room), and for raster images the
 * resolution (96 dpi: one image pixel per chart pixel; 300 dpi for print: 3.125 times as many each way).
 */
final class ExportDialog {
    /** What the user chose. */
    record Size(double width, double height, int dpi) {
    }

    static final int MIN = 100;
    static final int MAX = 20_000;

    private final Dialog<Size> dialog = new Dialog<>();
    private final Spinner<Integer> width;
    private final Spinner<Integer> height;
    private final ComboBox<Integer> dpi = new ComboBox<>();
    private final Label pixels = new Label();

    ExportDialog(Window owner, String format, double shownWidth, double shownHeight) {
        boolean raster = !format.equals("svg");
        dialog.initOwner(owner);
        dialog.setTitle("Export chart as " + format.toUpperCase(java.util.Locale.ROOT));
        dialog.setHeaderText(raster ? "Size of the chart and resolution of the image" : "Size of the chart");
        width = spinner("chart-export-width", shownWidth);
        height = spinner("chart-export-height", shownHeight);
        dpi.setId("chart-export-dpi");
        dpi.setEditable(true);
        dpi.getItems().setAll(96, 150, 300, 600);
        dpi.setValue(raster ? 300 : 96);
        dpi.setConverter(new javafx.util.converter.IntegerStringConverter());
        pixels.setId("chart-export-pixels");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Width (px)"), width);
        grid.addRow(1, new Label("Height (px)"), height);
        if (raster) {
            grid.addRow(2, new Label("Resolution (dpi)"), dpi);
            grid.add(pixels, 0, 3, 2, 1);
        }
        width.valueProperty().addListener((o, was, now) -> updatePixels());
        height.valueProperty().addListener((o, was, now) -> updatePixels());
        dpi.valueProperty().addListener((o, was, now) -> updatePixels());
        updatePixels();
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("chart-export-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Size(width.getValue(), height.getValue(), raster ? clampDpi(dpi.getValue()) : 96) : null);
    }

    private static Spinner<Integer> spinner(String id, double initial) {
        int value = (int) Math.max(MIN, Math.min(MAX, Math.round(initial)));
        Spinner<Integer> spinner = new Spinner<>(MIN, MAX, value, 50);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }

    private static int clampDpi(Integer value) {
        return value == null ? 96 : Math.max(24, Math.min(1200, value));
    }

    private void updatePixels() {
        double scale = clampDpi(dpi.getValue()) / 96.0;
        pixels.setText("Image: " + (long) Math.ceil(width.getValue() * scale) + " × " + (long) Math.ceil(height.getValue() * scale) + " pixels");
    }

    Optional<Size> ask() {
        return dialog.showAndWait();
    }
}
