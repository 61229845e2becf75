package org.gloss.ui.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.gloss.api.analysis.FrequencyBy;
import org.gloss.api.analysis.FrequencyRequest;
import org.gloss.api.analysis.FrequencyTable;
import org.gloss.api.error.GlossException;
import org.gloss.model.Document;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * Frequencies by code (with sub-code roll-up), coder, document or attribute value, as a sortable
 * table with the total; selecting a row lists the codings it counts.
 */
final class FrequenciesPane {
    static final String ATTRIBUTE = "Attribute: ";

    private final WorkbenchContext context;
    private final Services services;
    private final BorderPane node = new BorderPane();
    private final ComboBox<String> by = new ComboBox<>();
    private final FilterBar filter;
    private final ResultTableView<Integer> table = new ResultTableView<>("frequencies-table");
    private final SegmentTable codings;
    private final Label status = new Label();
    private final Background background;
    private final Background drill;
    private FrequencyTable shown;

    FrequenciesPane(WorkbenchContext context, Services services) {
        this.context = context;
        this.services = services;
        this.background = new Background(context, "frequencies");
        this.drill = new Background(context, "frequencies-row");
        this.filter = new FilterBar(services.analysis(), "frequencies-filter");
        this.codings = new SegmentTable(context, "frequencies-codings");
        codings.node().setPlaceholder(new Label("Select a row to list the codings it counts"));
        node.setId("analysis-frequencies");
        node.getProperties().put(Panes.KEY, this);
        by.setId("frequencies-by");
        status.setId("frequencies-status");
        by.setOnAction(e -> compute());
        filter.setOnChange(this::compute);
        table.node().getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && row.source() != null) {
                openRow(row.source());
            }
        });
        TableExport export = new TableExport(context, services.exporters(), services.targets(), "frequencies-export",
                "frequencies", () -> shown == null ? List.of()
                        : codings.exportedWith(services.tables().of(shown), services.tables(), "Codings"));
        FlowPane controls = new FlowPane(8, 6, new Label("By"), by, export.node());
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, controls, filter.node(), status);
        header.setPadding(new Insets(6));
        SplitPane split = new SplitPane(table.node(), codings.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        node.setTop(header);
        node.setCenter(split);
        new ProjectFollower(context, node, this::refreshChoices, this::compute);
        refreshChoices();
    }

    private void refreshChoices() {
        filter.refresh(context.workspace());
        String chosen = by.getValue();
        List<String> choices = new ArrayList<>(List.of("Code", "Coder", "Document"));
        if (context.workspace() != null) {
            TreeSet<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (Document d : context.workspace().documents()) {
                keys.addAll(d.attributes().keySet());
            }
            keys.forEach(k -> choices.add(ATTRIBUTE + k));
        }
        by.getItems().setAll(choices);
        by.setValue(chosen != null && choices.contains(chosen) ? chosen : "Code");
    }

    Node node() {
        return node;
    }

    private FrequencyRequest request() {
        String b = by.getValue() == null ? "Code" : by.getValue();
        if (b.startsWith(ATTRIBUTE)) {
            return new FrequencyRequest(FrequencyBy.ATTRIBUTE, b.substring(ATTRIBUTE.length()), filter.filter());
        }
        return new FrequencyRequest(FrequencyBy.valueOf(b.toUpperCase(java.util.Locale.ROOT)), null, filter.filter());
    }

    void compute() {
        if (context.workspace() == null) {
            return;
        }
        FrequencyRequest request;
        try {
            request = request();
        } catch (GlossException e) {
            status.setText(e.getMessage());
            return;
        }
        status.setText("Computing…");
        background.run(session -> services.analysis().open(session).frequencies(request), result -> {
            shown = result;
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < result.rows().size(); i++) {
                rows.add(i);
            }
            table.show(services.tables().of(result), rows);
            codings.show(List.of());
            status.setText(result.total().codings() + " codings in " + result.total().documents() + " documents, "
                    + Numbers.decimal(100 * result.total().share()) + " % of the text coded");
        }, status::setText);
    }

    private void openRow(int row) {
        FrequencyRequest request = shown.request();
        drill.run(session -> services.analysis().open(session).rowSegments(request, row), codings::show, status::setText);
    }

    // for tests
    ResultTableView<Integer> table() {
        return table;
    }

    SegmentTable codingsTable() {
        return codings;
    }
}
