package org.gloss.ui.chart.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartInput;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.ChartWriter;
import org.gloss.api.error.GlossException;
import org.gloss.ui.workbench.api.KeyboardShortcuts;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * The Chart view: a chooser of the installed chart kinds, the kind's options, the analysis
 * filter, the chart painted from its scene (redrawn off the FX thread when a choice, the view's
 * size or the project changes) and, under it, the passages behind the bar, tile, cell or node
 * chosen. Export writes the chart again at the size asked for with the installed writer (the
 * drawing code of {@code gloss chart}); Copy puts the image and its SVG on the clipboard.
 */
final class ChartPane {
    static final String KEY = "gloss.chart.pane";
    static final DataFormat SVG = Optional.ofNullable(DataFormat.lookupMimeType("image/svg+xml"))
            .orElseGet(() -> new DataFormat("image/svg+xml"));

    private final WorkbenchContext context;
    private final ChartServices services;
    private final BorderPane node = new BorderPane();
    private final ComboBox<ChartKind> kind = new ComboBox<>();
    private final Label description = new Label();
    private final ChartOptions options = new ChartOptions();
    private final ChartFilter filter;
    private final ChartCanvas canvas = new ChartCanvas("chart-canvas");
    private final SegmentList segments;
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();
    private final MenuButton export = new MenuButton("Export");
    private final Button copy = new Button("Copy");
    private final PauseTransition resized = new PauseTransition(Duration.millis(200));
    private final ChartWorker worker;
    private final ChartWorker.Lane drawing;
    private final ChartWorker.Lane listing;
    private final ProjectFollower follower;
    private ChartKind shownKind;
    private ChartRequest shownRequest;
    private boolean choosingKinds;
    private boolean drawPending;
    private int chartsShown;

    ChartPane(WorkbenchContext context, ChartServices services) {
        this.context = context;
        this.services = services;
        this.worker = new ChartWorker(context, services.analysis());
        this.drawing = worker.lane();
        this.listing = worker.lane();
        this.filter = new ChartFilter(services.analysis());
        this.segments = new SegmentList(context, "chart-segments");
        node.setId("analysis-chart");
        node.getProperties().put(KEY, this);

        kind.setId("chart-kind");
        kind.setCellFactory(list -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.setOnAction(e -> {
            if (!choosingKinds) {
                kindChosen();
            }
        });
        description.setId("chart-description");
        description.getStyleClass().add("chart-description");
        description.setOpacity(0.75);
        export.setId("chart-export");
        export.setTooltip(new Tooltip("Write the chart to a file, at a size (and resolution) you choose"));
        export.setOnShowing(e -> fillExportMenu());
        fillExportMenu();
        copy.setId("chart-copy");
        copy.setTooltip(new Tooltip("Copy the chart to the clipboard, as an image and as SVG text"));
        copy.setOnAction(e -> copy());
        progress.setId("chart-progress");
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        status.setId("chart-status");

        options.setOnChange(this::redraw);
        filter.setOnChange(this::redraw);
        canvas.setOnChoose(this::listSegments);
        bindKeys(context.shortcuts());
        canvas.widthProperty().addListener((o, was, now) -> resized.playFromStart());
        canvas.heightProperty().addListener((o, was, now) -> resized.playFromStart());
        resized.setOnFinished(e -> {
            if (sizeChanged()) {
                redraw();
            }
        });

        FlowPane chooser = new FlowPane(8, 6, new Label("Chart"), kind, export, copy, description);
        chooser.setAlignment(Pos.CENTER_LEFT);
        HBox state = new HBox(6, progress, status);
        state.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, chooser, options.node(), filter.node(), state);
        header.setPadding(new Insets(6));
        SplitPane split = new SplitPane(canvas, segments.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        node.setTop(header);
        node.setCenter(split);

        services.charts().addListener(() -> Platform.runLater(this::refreshKinds));
        // before the follower's listener: the old project's session is closed before the new chart is asked for
        context.workspaceProperty().addListener((o, was, now) -> {
            segments.show(List.of());
            worker.release();
        });
        follower = new ProjectFollower(context, node, worker::projectChanged, this::refreshChoices, this::redraw);
        refreshKinds();
        refreshChoices();
    }

    Node node() {
        return node;
    }

    /** The chart's keys, bound where Help > Keyboard shortcuts lists them; they work while the chart has the focus. */
    private void bindKeys(KeyboardShortcuts keys) {
        String area = "Chart";
        keys.bind(canvas, area, "Right", "Next item of the chart", () -> canvas.walk(1));
        keys.bind(canvas, area, "Down", "Next item of the chart", () -> canvas.walk(1));
        keys.bind(canvas, area, "Left", "Previous item of the chart", () -> canvas.walk(-1));
        keys.bind(canvas, area, "Up", "Previous item of the chart", () -> canvas.walk(-1));
        keys.bind(canvas, area, "Home", "First item of the chart", () -> canvas.walkToEnd(false));
        keys.bind(canvas, area, "End", "Last item of the chart", () -> canvas.walkToEnd(true));
        keys.bind(canvas, area, "Enter", "List the passages behind the chart item", canvas::chooseSelected);
        keys.bind(canvas, area, "Space", "List the passages behind the chart item", canvas::chooseSelected);
    }

    private void refreshChoices() {
        filter.refresh(context.workspace());
        options.refresh(context.workspace());
    }

    /** Fills the chooser with the kinds installed now, keeping the chosen one while it is installed. */
    private void refreshKinds() {
        ChartKind chosen = kind.getValue();
        List<ChartKind> installed = services.charts().kinds();
        choosingKinds = true;
        try {
            kind.getItems().setAll(installed);
            ChartKind again = chosen == null ? null : installed.stream().filter(k -> k.id().equals(chosen.id())).findFirst().orElse(null);
            if (again == null) {
                again = installed.stream().filter(k -> k.id().equals("frequencies")).findFirst()
                        .orElse(installed.isEmpty() ? null : installed.get(0));
            }
            kind.setValue(again);
        } finally {
            choosingKinds = false;
        }
        if (kind.getValue() != chosen) {
            kindChosen();
        }
    }

    private void kindChosen() {
        ChartKind chosen = kind.getValue();
        description.setText(chosen == null ? "" : chosen.description());
        options.show(chosen);
        filter.fitTo(chosen);
        segments.show(List.of());
        redraw();
    }

    private boolean sizeChanged() {
        Chart chart = canvas.chart();
        return chart == null ? canvas.getWidth() > 0 : Math.abs(chart.scene().width() - drawWidth()) >= 1
                || Math.abs(chart.scene().height() - drawHeight()) >= 1;
    }

    private double drawWidth() {
        return Math.max(ExportDialog.MIN, Math.min(ExportDialog.MAX, Math.floor(canvas.getWidth())));
    }

    private double drawHeight() {
        return Math.max(ExportDialog.MIN, Math.min(ExportDialog.MAX, Math.floor(canvas.getHeight())));
    }

    /** Draws the chosen chart again, off the FX thread, at the view's size. */
    void redraw() {
        if (node.getScene() == null) {
            follower.markStale();
            return;
        }
        ChartKind chosen = kind.getValue();
        if (context.workspace() == null) {
            drawing.cancel();
            canvas.showMessage("Open a project to draw its charts.");
            status.setText("");
            progress.setVisible(false);
            return;
        }
        if (chosen == null) {
            drawing.cancel();
            canvas.showMessage("No chart kinds are installed.");
            progress.setVisible(false);
            return;
        }
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        ChartRequest request;
        try {
            request = filter.request(chosen, options.values(), drawWidth(), drawHeight());
        } catch (GlossException | IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        String missing = missingInput(chosen, request);
        if (missing != null) {
            drawing.cancel();
            shownKind = null;
            shownRequest = null;
            canvas.showMessage(missing);
            status.setText(missing);
            progress.setVisible(false);
            segments.show(List.of());
            return;
        }
        progress.setVisible(true);
        status.setText("Drawing " + chosen.title().toLowerCase(Locale.ROOT) + "…");
        drawPending = true;
        drawing.run(project -> chosen.draw(project, request), chart -> {
            drawPending = false;
            chartsShown++;
            boolean sameChart = shownKind == chosen && shownRequest != null && sameButSize(shownRequest, request);
            shownKind = chosen;
            shownRequest = request;
            canvas.show(chart);
            progress.setVisible(false);
            status.setText(chart.items().size() + (chart.items().size() == 1 ? " item" : " items") + " · " + chart.note());
            Optional<ChartItem> chosenItem = canvas.selectedItem();
            if (chosenItem.isPresent() && !segments.shown().isEmpty()) {
                listSegments(chosenItem.get());
            } else if (!sameChart) {
                segments.show(List.of());
            }
        }, message -> {
            drawPending = false;
            shownKind = null;
            shownRequest = null;
            progress.setVisible(false);
            canvas.showMessage(message);
            status.setText(message);
            segments.show(List.of());
        });
    }

    /** What the kind needs that the project cannot give (a document, two coders), said as the view offers it; null when nothing. */
    private static String missingInput(ChartKind chosen, ChartRequest request) {
        if (chosen.needs().contains(ChartInput.DOCUMENT) && request.document() == null) {
            return chosen.title() + " draws one document, and the project has none yet.";
        }
        if (chosen.needs().contains(ChartInput.CODERS) && request.coders().size() < 2) {
            return chosen.title() + " compares two or more coders: tick at least two under Compare coders"
                    + " (with none ticked it compares every coder of the project).";
        }
        return null;
    }

    private static boolean sameButSize(ChartRequest a, ChartRequest b) {
        return a.filter().equals(b.filter()) && java.util.Objects.equals(a.document(), b.document())
                && a.coders().equals(b.coders()) && a.options().equals(b.options());
    }

    private void listSegments(ChartItem item) {
        ChartKind drawnBy = shownKind;
        ChartRequest request = shownRequest;
        if (drawnBy == null || request == null) {
            return;
        }
        status.setText("Finding the passages behind " + item.label() + "…");
        listing.run(project -> drawnBy.segments(project, request, item), found -> {
            segments.show(found);
            status.setText(found.size() + (found.size() == 1 ? " passage" : " passages") + " behind " + ChartCanvas.describe(item));
        }, message -> status.setText(message));
    }

    private void fillExportMenu() {
        export.getItems().clear();
        for (String format : services.charts().formats()) {
            MenuItem item = new MenuItem(format.toUpperCase(Locale.ROOT) + "…");
            item.setId("chart-export-" + format);
            item.setOnAction(e -> export(format));
            export.getItems().add(item);
        }
        if (export.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No chart file writer is installed");
            none.setDisable(true);
            export.getItems().add(none);
        }
    }

    /** Asks size and file, draws the chart again at that size and writes it beside the file, then moves it there. */
    void export(String format) {
        ChartKind drawnBy = shownKind;
        ChartRequest request = shownRequest;
        Optional<ChartWriter> writer = services.charts().writer(format);
        if (drawnBy == null || request == null || writer.isEmpty()) {
            status.setText(writer.isEmpty() ? "No writer of " + format + " files is installed" : "Nothing to export yet");
            return;
        }
        Optional<ExportDialog.Size> size = new ExportDialog(context.window(), format, request.width(), request.height()).ask();
        if (size.isEmpty()) {
            return;
        }
        Optional<Path> target = services.targets().choose(context, format, drawnBy.id());
        if (target.isEmpty()) {
            return;
        }
        ChartRequest sized = request.withSize(size.get().width(), size.get().height());
        int dpi = size.get().dpi();
        progress.setVisible(true);
        status.setText("Exporting to " + target.get() + "…");
        worker.lane().run(project -> {
            Chart chart = drawnBy.draw(project, sized);
            ChartFiles.writeAtomically(target.get(), out -> writer.get().write(chart.scene(), format, dpi, out));
            return target.get();
        }, written -> {
            progress.setVisible(false);
            status.setText("Exported the chart to " + written);
            context.showStatus("Exported the chart to " + written);
        }, message -> {
            progress.setVisible(false);
            status.setText("Could not export the chart: " + message);
            context.showError("Could not export the chart: " + message);
        });
    }

    /** Puts the chart shown on the clipboard as an image (at the screen's resolution) and as SVG text. */
    void copy() {
        Chart chart = canvas.chart();
        Optional<ChartWriter> png = services.charts().writer("png");
        Optional<ChartWriter> svg = services.charts().writer("svg");
        if (chart == null || png.isEmpty()) {
            status.setText(chart == null ? "Nothing to copy yet" : "No writer of PNG images is installed");
            return;
        }
        double outputScale = context.window() == null ? 1 : Math.max(1, context.window().getOutputScaleX());
        int dpi = (int) Math.round(96 * outputScale);
        worker.lane().run(project -> {
            ByteArrayOutputStream image = new ByteArrayOutputStream();
            png.get().write(chart.scene(), "png", dpi, image);
            String text = null;
            if (svg.isPresent()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                svg.get().write(chart.scene(), "svg", 96, out);
                text = out.toString(StandardCharsets.UTF_8);
            }
            return new Copied(new Image(new ByteArrayInputStream(image.toByteArray())), text);
        }, copied -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(copied.image());
            if (copied.svg() != null) {
                content.putString(copied.svg());
                content.put(SVG, copied.svg());
            }
            Clipboard.getSystemClipboard().setContent(content);
            status.setText("Copied the chart (image" + (copied.svg() == null ? "" : " and SVG") + ")");
        }, message -> status.setText("Could not copy the chart: " + message));
    }

    private record Copied(Image image, String svg) {
    }

    private static final class KindCell extends ListCell<ChartKind> {
        @Override
        protected void updateItem(ChartKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
            setTooltip(empty || item == null ? null : new Tooltip(item.description()));
        }
    }

    // for tests
    ComboBox<ChartKind> kindBox() {
        return kind;
    }

    ChartCanvas canvas() {
        return canvas;
    }

    ChartOptions options() {
        return options;
    }

    ChartFilter filter() {
        return filter;
    }

    List<AnalysisSegment> listed() {
        return segments.shown();
    }

    Label status() {
        return status;
    }

    /** True when the newest chart asked for has been shown (or has failed). */
    boolean settled() {
        return !drawPending && !progress.isVisible();
    }

    ChartRequest shownRequest() {
        return shownRequest;
    }

    /** How many charts have been shown so far (a chart overtaken by a newer one is not). */
    int chartsShown() {
        return chartsShown;
    }
}
