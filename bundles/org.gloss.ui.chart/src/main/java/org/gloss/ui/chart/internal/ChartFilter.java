package org.gloss.ui.chart.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.api.analysis.DocumentNamed;
import org.gloss.api.chart.ChartInput;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartRequest;
import org.gloss.model.Coder;
import org.gloss.model.Document;
import org.gloss.ui.workbench.model.Workspace;

/**
 * The filter of the analysis views as controls, fitted to the chart kind: coders (none ticked:
 * every coder, pooled; for an agreement chart, the coders compared, all of them when none is
 * ticked), "same coder", documents (none ticked: all; for a per-document chart, the one document
 * drawn) and attribute conditions written as on the command line ({@code age=40..; region=Almaty}).
 */
final class ChartFilter {
    private final AnalysisService analysis;
    private final MenuButton coders = new MenuButton();
    private final Label codersLabel = new Label("Coders");
    private final CheckBox sameCoder = new CheckBox("Same coder");
    private final Label documentsLabel = new Label("Documents");
    private final MenuButton documents = new MenuButton();
    private final ComboBox<String> document = new ComboBox<>();
    private final TextField attributes = new TextField();
    private final HBox node;
    private Runnable onChange = () -> { };
    private List<String> allCoders = List.of();
    private boolean filling;

    ChartFilter(AnalysisService analysis) {
        this.analysis = analysis;
        coders.setId("chart-coders");
        sameCoder.setId("chart-same-coder");
        documents.setId("chart-documents");
        document.setId("chart-document");
        attributes.setId("chart-attributes");
        sameCoder.setTooltip(new Tooltip("Combine only one coder's codings at a time"));
        document.setTooltip(new Tooltip("The document this chart draws"));
        attributes.setPromptText("attributes: age=40..; region=Almaty");
        attributes.setPrefColumnCount(16);
        attributes.setOnAction(e -> onChange.run());
        sameCoder.setOnAction(e -> onChange.run());
        document.setOnAction(e -> {
            if (!filling) {
                onChange.run();
            }
        });
        node = new HBox(8, codersLabel, coders, sameCoder, documentsLabel, documents, document, attributes);
        node.setAlignment(Pos.CENTER_LEFT);
        fitTo(null);
    }

    Node node() {
        return node;
    }

    void setOnChange(Runnable action) {
        onChange = action;
    }

    /** Shows the controls the kind takes: one document or several, coders filtered or compared. */
    void fitTo(ChartKind kind) {
        boolean perDocument = kind != null && kind.needs().contains(ChartInput.DOCUMENT);
        boolean comparesCoders = kind != null && kind.needs().contains(ChartInput.CODERS);
        show(documents, !perDocument);
        show(document, perDocument);
        documentsLabel.setText(perDocument ? "Document" : "Documents");
        show(sameCoder, !comparesCoders);
        codersLabel.setText(comparesCoders ? "Compare coders" : "Coders");
        coders.setTooltip(new Tooltip(comparesCoders ? "The coders whose agreement the chart shows (none ticked: all of them)"
                : "Only these coders' codings (none ticked: every coder, pooled)"));
        updateLabels(comparesCoders);
    }

    private static void show(Node control, boolean shown) {
        control.setVisible(shown);
        control.setManaged(shown);
    }

    /** Fills the coder and document choices from the project, keeping what was chosen. */
    void refresh(Workspace workspace) {
        Set<String> tickedCoders = ticked(coders);
        Set<String> tickedDocuments = ticked(documents);
        allCoders = workspace == null ? List.of() : workspace.coders().stream().map(Coder::name).toList();
        List<String> documentNames = workspace == null ? List.of() : workspace.documents().stream().map(Document::name).toList();
        fill(coders, allCoders, tickedCoders);
        fill(documents, documentNames, tickedDocuments);
        filling = true;
        try {
            String chosen = document.getValue();
            document.getItems().setAll(documentNames);
            document.setValue(chosen != null && documentNames.contains(chosen) ? chosen
                    : documentNames.isEmpty() ? null : documentNames.get(0));
        } finally {
            filling = false;
        }
        updateLabels(codersLabel.getText().startsWith("Compare"));
    }

    private void fill(MenuButton button, List<String> names, Set<String> ticked) {
        List<MenuItem> items = new ArrayList<>();
        MenuItem clear = new MenuItem("(all)");
        clear.setOnAction(e -> {
            button.getItems().forEach(i -> {
                if (i instanceof CheckMenuItem check) {
                    check.setSelected(false);
                }
            });
            updateLabels(codersLabel.getText().startsWith("Compare"));
            onChange.run();
        });
        items.add(clear);
        items.add(new SeparatorMenuItem());
        for (String name : names) {
            CheckMenuItem item = new CheckMenuItem(name);
            item.setId(button.getId() + "-" + name.replaceAll("[^\\p{L}\\p{N}_-]", "_"));
            item.setSelected(ticked.contains(name));
            item.setOnAction(e -> {
                updateLabels(codersLabel.getText().startsWith("Compare"));
                onChange.run();
            });
            items.add(item);
        }
        button.getItems().setAll(items);
    }

    private static Set<String> ticked(MenuButton button) {
        Set<String> names = new LinkedHashSet<>();
        for (MenuItem item : button.getItems()) {
            if (item instanceof CheckMenuItem check && check.isSelected()) {
                names.add(check.getText());
            }
        }
        return names;
    }

    private void updateLabels(boolean comparesCoders) {
        Set<String> c = ticked(coders);
        coders.setText(c.isEmpty() ? comparesCoders ? "all" : "any" : String.join(", ", c));
        Set<String> d = ticked(documents);
        documents.setText(d.isEmpty() ? "all" : d.size() == 1 ? d.iterator().next() : d.size() + " documents");
    }

    /** Ticks exactly these coders (tests). */
    void tickCoders(List<String> names) {
        for (MenuItem item : coders.getItems()) {
            if (item instanceof CheckMenuItem check) {
                check.setSelected(names.contains(check.getText()));
            }
        }
        updateLabels(codersLabel.getText().startsWith("Compare"));
    }

    /** Chooses the document of a per-document chart (tests). */
    void chooseDocument(String name) {
        document.setValue(name);
    }

    /**
     * The request's filter, document and coders for the kind, at the given size.
     *
     * @throws org.gloss.api.error.GlossException for an attribute condition the engine cannot read
     */
    ChartRequest request(ChartKind kind, java.util.Map<String, String> options, double width, double height) {
        boolean perDocument = kind.needs().contains(ChartInput.DOCUMENT);
        boolean comparesCoders = kind.needs().contains(ChartInput.CODERS);
        List<DocumentCondition> conditions = new ArrayList<>();
        if (!perDocument) {
            ticked(documents).forEach(d -> conditions.add(new DocumentNamed(d)));
        }
        for (String written : attributes.getText().split(";")) {
            if (!written.isBlank()) {
                conditions.add(analysis.attributeCondition(written.strip()));
            }
        }
        List<String> tickedCoders = new ArrayList<>(ticked(coders));
        AnalysisFilter filter = new AnalysisFilter(comparesCoders ? List.of() : tickedCoders,
                !comparesCoders && sameCoder.isSelected(), conditions);
        List<String> compared = comparesCoders ? tickedCoders.isEmpty() ? allCoders : tickedCoders : List.of();
        return new ChartRequest(filter, perDocument ? document.getValue() : null, compared, options, width, height);
    }
}
