package org.gloss.ui.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
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
import org.gloss.api.analysis.InCase;
import org.gloss.api.analysis.InSet;
import org.gloss.model.Case;
import org.gloss.model.Coder;
import org.gloss.model.Document;
import org.gloss.model.DocumentSet;
import org.gloss.ui.workbench.model.Workspace;

/**
 * The filter every analysis view takes, as controls: coders (none ticked: every coder, pooled),
 * "same coder", documents (none ticked: all) and attribute conditions written as on the command
 * line ({@code age=40..}, {@code region=Almaty}; several separated by ";"), and cases and sets
 * (none ticked: no such condition; several cases are alternatives, as are several sets; cases and
 * sets together must both hold, as {@code --case} and {@code --set} on the command line).
 */
final class FilterBar {
    static final String CASE = "case: ";
    static final String SET = "set: ";
    private final AnalysisService analysis;
    private final String idPrefix;
    private final MenuButton coders = new MenuButton();
    private final CheckBox sameCoder = new CheckBox("Same coder");
    private final MenuButton documents = new MenuButton();
    private final MenuButton casesAndSets = new MenuButton();
    private final TextField attributes = new TextField();
    private final HBox node;
    private Runnable onChange = () -> { };

    FilterBar(AnalysisService analysis, String idPrefix) {
        this.analysis = analysis;
        this.idPrefix = idPrefix;
        coders.setId(idPrefix + "-coders");
        sameCoder.setId(idPrefix + "-same-coder");
        documents.setId(idPrefix + "-documents");
        casesAndSets.setId(idPrefix + "-cases");
        casesAndSets.setAccessibleText("Cases and sets");
        casesAndSets.setTooltip(new Tooltip("Analyse only the codings overlapping the ticked cases' text, in the ticked sets' documents"));
        attributes.setId(idPrefix + "-attributes");
        sameCoder.setTooltip(new Tooltip("Combine only one coder's codings at a time and report each coder apart"));
        attributes.setPromptText("attributes: age=40..; region=Almaty");
        attributes.setPrefColumnCount(18);
        attributes.setOnAction(e -> onChange.run());
        sameCoder.setOnAction(e -> onChange.run());
        node = new HBox(8, new Label("Coders"), coders, sameCoder, new Label("Documents"), documents,
                new Label("Cases/sets"), casesAndSets, attributes);
        node.setAlignment(Pos.CENTER_LEFT);
        updateLabels();
    }

    Node node() {
        return node;
    }

    void setOnChange(Runnable action) {
        onChange = action;
    }

    /** Fills the coder and document choices from the project, keeping what was ticked. */
    void refresh(Workspace workspace) {
        Set<String> tickedCoders = ticked(coders);
        Set<String> tickedDocuments = ticked(documents);
        Set<String> tickedCasesAndSets = ticked(casesAndSets);
        List<String> coderNames = workspace == null ? List.of() : workspace.coders().stream().map(Coder::name).toList();
        List<String> documentNames = workspace == null ? List.of() : workspace.documents().stream().map(Document::name).toList();
        fill(coders, coderNames, tickedCoders);
        fill(documents, documentNames, tickedDocuments);
        List<String> caseAndSetNames = new ArrayList<>();
        if (workspace != null) {
            workspace.session().cases().list().stream().map(Case::name).forEach(n -> caseAndSetNames.add(CASE + n));
            workspace.session().sets().list().stream().map(DocumentSet::name).forEach(n -> caseAndSetNames.add(SET + n));
        }
        fill(casesAndSets, caseAndSetNames, tickedCasesAndSets);
        updateLabels();
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
            updateLabels();
            onChange.run();
        });
        items.add(clear);
        items.add(new SeparatorMenuItem());
        for (String name : names) {
            CheckMenuItem item = new CheckMenuItem(name);
            item.setId(button.getId() + "-" + name);
            item.setSelected(ticked.contains(name));
            item.setOnAction(e -> {
                updateLabels();
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

    private void updateLabels() {
        Set<String> c = ticked(coders);
        coders.setText(c.isEmpty() ? "any" : String.join(", ", c));
        Set<String> d = ticked(documents);
        documents.setText(d.isEmpty() ? "all" : d.size() == 1 ? d.iterator().next() : d.size() + " documents");
        Set<String> cs = ticked(casesAndSets);
        casesAndSets.setText(cs.isEmpty() ? "all" : cs.size() == 1 ? cs.iterator().next() : cs.size() + " ticked");
    }

    /** Ticks exactly these coders (tests and "code the results" use it). */
    void tickCoders(List<String> names) {
        for (MenuItem item : coders.getItems()) {
            if (item instanceof CheckMenuItem check) {
                check.setSelected(names.contains(check.getText()));
            }
        }
        updateLabels();
    }

    /**
     * The filter as ticked and written.
     *
     * @throws org.gloss.api.error.GlossException for an attribute condition the engine cannot read
     */
    AnalysisFilter filter() {
        List<DocumentCondition> conditions = new ArrayList<>();
        ticked(documents).forEach(d -> conditions.add(new DocumentNamed(d)));
        for (String choice : ticked(casesAndSets)) {
            conditions.add(choice.startsWith(CASE) ? new InCase(choice.substring(CASE.length()))
                    : new InSet(choice.substring(SET.length())));
        }
        for (String written : attributes.getText().split(";")) {
            if (!written.isBlank()) {
                conditions.add(analysis.attributeCondition(written.strip()));
            }
        }
        return new AnalysisFilter(new ArrayList<>(ticked(coders)), sameCoder.isSelected(), conditions);
    }

    String idPrefix() {
        return idPrefix;
    }
}
