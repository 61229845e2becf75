package org.gloss.ui.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.gloss.api.analysis.CooccurrenceInstance;
import org.gloss.api.analysis.CooccurrencePair;
import org.gloss.api.analysis.CooccurrenceRequest;
import org.gloss.api.analysis.CooccurrenceTable;
import org.gloss.api.analysis.Proximity;
import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ResultTable;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * Code co-occurrence as a code x code heat map of one measure (pairs, documents, c-coefficient,
 * Jaccard) at a chosen proximity; double-clicking a cell lists exactly the pairs of segments behind
 * it, and a click on one opens the document there.
 */
final class CooccurrencePane {
    enum By {
        OVERLAP("Overlapping"), NEAR("Near (code points)"), SENTENCE("Same sentence"), NEAR_SENTENCES("Near (sentences)"),
        PARAGRAPH("Same paragraph"), NEAR_PARAGRAPHS("Near (paragraphs)"), DOCUMENT("Same document");

        private final String label;

        By(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    enum Measure {
        PAIRS("pairs"), DOCUMENTS("documents"), C("c-coefficient"), JACCARD("Jaccard");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final WorkbenchContext context;
    private final Services services;
    private final BorderPane node = new BorderPane();
    private final ComboBox<By> by = new ComboBox<>();
    private final Spinner<Integer> distance = new Spinner<>(0, 100_000, 10);
    private final ComboBox<Measure> measure = new ComboBox<>();
    private final CheckBox symbols = new CheckBox("Symbols");
    private final FilterBar filter;
    private final HeatMap map = new HeatMap("cooccurrence-map");
    private final TableView<CooccurrenceInstance> pairs = new TableView<>();
    private final Label status = new Label();
    private final Background background;
    private final Background drill;
    private CooccurrenceTable shown;
    private CooccurrenceRequest shownRequest;

    CooccurrencePane(WorkbenchContext context, Services services) {
        this.context = context;
        this.services = services;
        this.background = new Background(context, "cooccurrence");
        this.drill = new Background(context, "cooccurrence-pairs");
        this.filter = new FilterBar(services.analysis(), "cooccurrence-filter");
        node.setId("analysis-cooccurrence");
        node.getProperties().put(Panes.KEY, this);
        by.setId("cooccurrence-by");
        by.getItems().setAll(By.values());
        by.setValue(By.OVERLAP);
        distance.setId("cooccurrence-distance");
        distance.setEditable(true);
        distance.setPrefWidth(90);
        measure.setId("cooccurrence-measure");
        measure.getItems().setAll(Measure.values());
        measure.setValue(Measure.PAIRS);
        symbols.setId("cooccurrence-symbols");
        status.setId("cooccurrence-status");
        by.setOnAction(e -> {
            updateDistance();
            compute();
        });
        distance.valueProperty().addListener((o, was, now) -> compute());
        measure.setOnAction(e -> showMap());
        symbols.setOnAction(e -> map.setStyle(symbols.isSelected() ? HeatMap.Style.SYMBOLS : HeatMap.Style.SHADE));
        filter.setOnChange(this::compute);
        map.setOnOpen(this::openCell);
        updateDistance();
        TableExport export = new TableExport(context, services.exporters(), services.targets(), "cooccurrence-export",
                "cooccurrence", this::exported);
        FlowPane controls = new FlowPane(8, 6, new Label("Together when"), by, distance, new Label("Show"), measure, symbols,
                export.node());
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, controls, filter.node(), status);
        header.setPadding(new Insets(6));
        buildPairsTable();
        SplitPane split = new SplitPane(map, pairs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        node.setTop(header);
        node.setCenter(split);
        new ProjectFollower(context, node, () -> filter.refresh(context.workspace()), this::compute);
        filter.refresh(context.workspace());
    }

    /** The pairs list, the squares of pairs, c and Jaccard, and the pairs listed under the map (the drill-down). */
    private List<ResultTable> exported() {
        if (shown == null) {
            return List.of();
        }
        List<ResultTable> tables = new ArrayList<>(List.of(services.tables().of(shown), services.tables().square(shown, "pairs"),
                services.tables().square(shown, "c"), services.tables().square(shown, "jaccard")));
        if (!pairs.getItems().isEmpty()) {
            tables.add(services.tables().pairs("Pairs", List.copyOf(pairs.getItems())));
        }
        return tables;
    }

    private void buildPairsTable() {
        pairs.setId("cooccurrence-pairs");
        pairs.setPlaceholder(new Label("Double-click a cell to list its pairs of segments"));
        pairs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        pairs.getColumns().add(column("Document", i -> i.a().document(), 110));
        pairs.getColumns().add(column("At", i -> Integer.toString(i.start()), 60));
        pairs.getColumns().add(column("Code", i -> i.a().codes().get(0), 120));
        pairs.getColumns().add(column("Passage", i -> SegmentTable.oneLine(i.a().text()), 260));
        pairs.getColumns().add(column("Code", i -> i.b().codes().get(0), 120));
        pairs.getColumns().add(column("Passage", i -> SegmentTable.oneLine(i.b().text()), 260));
        pairs.getColumns().add(column("Coder", i -> i.a().coder() == null ? "" : i.a().coder(), 70));
        pairs.setRowFactory(t -> {
            TableRow<CooccurrenceInstance> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    context.reveal(row.getItem().a().documentId(), row.getItem().start(), row.getItem().end());
                }
            });
            return row;
        });
    }

    private static TableColumn<CooccurrenceInstance, String> column(String title,
                                                                    java.util.function.Function<CooccurrenceInstance, String> value,
                                                                    double width) {
        TableColumn<CooccurrenceInstance, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void updateDistance() {
        By b = by.getValue();
        distance.setDisable(b != By.NEAR && b != By.NEAR_SENTENCES && b != By.NEAR_PARAGRAPHS);
    }

    Node node() {
        return node;
    }

    private Proximity proximity() {
        int n = distance.getValue() == null ? 0 : distance.getValue();
        return switch (by.getValue()) {
            case OVERLAP -> Proximity.OVERLAP;
            case NEAR -> new Proximity(Proximity.Kind.NEAR, n);
            case SENTENCE -> new Proximity(Proximity.Kind.SENTENCE, 0);
            case NEAR_SENTENCES -> new Proximity(Proximity.Kind.SENTENCE, n);
            case PARAGRAPH -> new Proximity(Proximity.Kind.PARAGRAPH, 0);
            case NEAR_PARAGRAPHS -> new Proximity(Proximity.Kind.PARAGRAPH, n);
            case DOCUMENT -> Proximity.DOCUMENT;
        };
    }

    void compute() {
        if (context.workspace() == null) {
            return;
        }
        CooccurrenceRequest request;
        try {
            request = new CooccurrenceRequest(List.of(), filter.filter(), proximity());
        } catch (GlossException e) {
            status.setText(e.getMessage());
            return;
        }
        status.setText("Computing…");
        background.run(session -> services.analysis().open(session).cooccurrence(request), table -> {
            shown = table;
            shownRequest = request;
            showMap();
            pairs.getItems().clear();
        }, status::setText);
    }

    private void showMap() {
        if (shown == null) {
            return;
        }
        List<String> codes = shown.codes();
        int k = codes.size();
        double[][] values = new double[k][k];
        String[][] labels = new String[k][k];
        for (int r = 0; r < k; r++) {
            java.util.Arrays.fill(values[r], 0);
            java.util.Arrays.fill(labels[r], "");
            values[r][r] = Double.NaN;
        }
        for (CooccurrencePair p : shown.pairs()) {
            int a = codes.indexOf(p.a());
            int b = codes.indexOf(p.b());
            double v = switch (measure.getValue()) {
                case PAIRS -> p.pairs();
                case DOCUMENTS -> p.documents();
                case C -> p.c() == null ? Double.NaN : p.c();
                case JACCARD -> p.jaccard();
            };
            String label = measure.getValue() == Measure.PAIRS || measure.getValue() == Measure.DOCUMENTS ? Numbers.whole(v)
                    : Double.isNaN(v) ? "n/a" : Numbers.decimal(v);
            values[a][b] = v;
            values[b][a] = v;
            labels[a][b] = label;
            labels[b][a] = label;
        }
        map.show(new HeatMap.Data(codes, codes, values, labels, CodeColors.of(context.workspace(), codes), null, null));
        status.setText(k + " codes, " + shown.pairs().size() + " co-occurring pair" + (shown.pairs().size() == 1 ? "" : "s")
                + " — double-click a cell to list its segments");
    }

    private void openCell(int row, int column) {
        if (shown == null || row == column) {
            pairs.getItems().clear();
            return;
        }
        String a = shown.codes().get(row);
        String b = shown.codes().get(column);
        CooccurrenceRequest request = shownRequest;
        drill.run(session -> services.analysis().open(session).cooccurrences(request, a, b), list -> {
            pairs.getItems().setAll(list);
            status.setText(a + " × " + b + ": " + list.size() + " pair" + (list.size() == 1 ? "" : "s") + " of segments");
        }, status::setText);
    }

    // for tests
    HeatMap map() {
        return map;
    }

    TableView<CooccurrenceInstance> pairsTable() {
        return pairs;
    }

    ComboBox<Measure> measureBox() {
        return measure;
    }

    CheckBox symbolsBox() {
        return symbols;
    }
}
