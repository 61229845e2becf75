package org.gloss.ui.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.gloss.model.AttributeValue;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Document;
import org.gloss.model.Turn;
import org.gloss.ui.workbench.model.Workspace;

/**
 * The search view's scope row: documents (all, the current one, chosen ones), inside a code,
 * coded by a coder, a speaker's turns, an attribute value. The choices combine; each box starts
 * at "any", which does not filter.
 */
final class ScopeControls {
    /** The "any" entry of a box: no name is empty, so it cannot be a code's or coder's name. */
    private static final String ANY = "";

    private final Runnable changed;
    private final ComboBox<DocumentChoice> documents = new ComboBox<>();
    private final MenuButton chosen = new MenuButton();
    private final ComboBox<String> code = anyBox("search-scope-code", "any code");
    private final ComboBox<String> coder = anyBox("search-scope-coder", "any coder");
    private final ComboBox<String> speaker = anyBox("search-scope-speaker", "any speaker");
    private final ComboBox<String> attribute = anyBox("search-scope-attribute", "any attribute");
    private final ComboBox<String> attributeValue = new ComboBox<>();
    private final List<Node> nodes;
    private Map<String, Set<String>> attributeValues = Map.of();
    /** Set while the boxes are refilled: that is not the user changing the scope. */
    private boolean filling;

    /** @param changed called when the user changes the scope */
    ScopeControls(Runnable changed) {
        this.changed = changed;
        documents.setId("search-scope-documents");
        documents.getItems().setAll(DocumentChoice.values());
        documents.setValue(DocumentChoice.ALL);
        documents.setOnAction(e -> {
            chosen.setVisible(documents.getValue() == DocumentChoice.CHOSEN);
            userChanged();
        });
        chosen.setId("search-scope-chosen");
        chosen.setVisible(false);
        chosen.managedProperty().bind(chosen.visibleProperty());
        updateChosenLabel();
        code.setTooltip(new Tooltip("Only hits inside passages coded with this code"));
        coder.setTooltip(new Tooltip("Only hits inside passages this coder coded"));
        speaker.setTooltip(new Tooltip("Only hits in this speaker's turns (transcripts)"));
        attribute.setTooltip(new Tooltip("Only documents whose attribute has the value at the right"));
        attribute.setOnAction(e -> {
            fillAttributeValues();
            userChanged();
        });
        attributeValue.setId("search-scope-attribute-value");
        attributeValue.setPrefWidth(100);
        attributeValue.visibleProperty().bind(attribute.valueProperty().isNotEqualTo(ANY).and(attribute.valueProperty().isNotNull()));
        attributeValue.managedProperty().bind(attributeValue.visibleProperty());
        attributeValue.setOnAction(e -> userChanged());
        for (ComboBox<String> box : List.of(code, coder, speaker)) {
            box.setOnAction(e -> userChanged());
        }
        documents.setPrefWidth(150);
        nodes = List.of(new Label("in"), documents, chosen, code, coder, speaker, attribute, attributeValue);
        nodes.forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
    }

    /** The controls, in order, for the caller's (wrapping) row. */
    List<Node> nodes() {
        return nodes;
    }

    /** Refills the choices from the project, keeping what the user chose where it still exists. */
    void fill(Workspace workspace) {
        filling = true;
        try {
            if (workspace == null) {
                for (ComboBox<String> box : List.of(code, coder, speaker, attribute)) {
                    choices(box, List.of());
                }
                chosen.getItems().clear();
                attributeValues = Map.of();
                return;
            }
            List<Document> all = workspace.documents();
            choices(code, workspace.codes().stream().map(Code::name).toList());
            choices(coder, workspace.coders().stream().map(Coder::name).toList());
            choices(speaker, speakers(workspace, all));
            attributeValues = attributeValues(all);
            choices(attribute, new ArrayList<>(attributeValues.keySet()));
            fillAttributeValues();
            fillChosen(all);
        } finally {
            filling = false;
        }
    }

    /** The filter the boxes show now; {@code currentDocument} is the name of the document whose tab is selected. */
    SearchFilter filter(Optional<String> currentDocument) {
        List<String> names = switch (documents.getValue()) {
            case ALL -> List.of();
            case CURRENT -> currentDocument.map(List::of).orElse(List.of());
            case CHOSEN -> chosen.getItems().stream().map(i -> (CheckMenuItem) i).filter(CheckMenuItem::isSelected)
                    .map(CheckMenuItem::getText).toList();
        };
        return new SearchFilter(documents.getValue(), names, code.getValue(), coder.getValue(), speaker.getValue(),
                attribute.getValue(), attributeValue.isVisible() ? attributeValue.getValue() : null);
    }

    private void userChanged() {
        if (!filling) {
            changed.run();
        }
    }

    private void fillChosen(List<Document> all) {
        Set<String> selected = new LinkedHashSet<>();
        chosen.getItems().stream().map(i -> (CheckMenuItem) i).filter(CheckMenuItem::isSelected)
                .forEach(i -> selected.add(i.getText()));
        List<CheckMenuItem> items = new ArrayList<>();
        for (Document document : all) {
            CheckMenuItem item = new CheckMenuItem(document.name());
            item.setMnemonicParsing(false);
            item.setSelected(selected.contains(document.name()));
            item.selectedProperty().addListener((o, was, now) -> {
                updateChosenLabel();
                userChanged();
            });
            items.add(item);
        }
        chosen.getItems().setAll(items);
        updateChosenLabel();
    }

    private void updateChosenLabel() {
        long count = chosen.getItems().stream().filter(i -> ((CheckMenuItem) i).isSelected()).count();
        chosen.setText(count == 0 ? "choose…" : count + (count == 1 ? " document" : " documents"));
    }

    private void fillAttributeValues() {
        String key = attribute.getValue();
        List<String> values = key == null || key.equals(ANY) ? List.of()
                : new ArrayList<>(attributeValues.getOrDefault(key, Set.of()));
        String was = attributeValue.getValue();
        boolean wasFilling = filling;
        filling = true;
        try {
            attributeValue.getItems().setAll(values);
            attributeValue.setValue(was != null && values.contains(was) ? was : values.isEmpty() ? null : values.get(0));
        } finally {
            filling = wasFilling;
        }
    }

    private static List<String> speakers(Workspace workspace, List<Document> all) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Document document : all) {
            for (Turn turn : workspace.session().documents().turns(document.id())) {
                if (!turn.speaker().isBlank()) {
                    names.add(turn.speaker().strip());
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static Map<String, Set<String>> attributeValues(List<Document> all) {
        Map<String, Set<String>> values = new TreeMap<>();
        for (Document document : all) {
            for (Map.Entry<String, AttributeValue> attribute : document.attributes().entrySet()) {
                values.computeIfAbsent(attribute.getKey(), k -> new TreeSet<>()).add(attribute.getValue().value());
            }
        }
        return values;
    }

    private static void choices(ComboBox<String> box, List<String> names) {
        String selected = box.getValue();
        List<String> items = new ArrayList<>();
        items.add(ANY);
        items.addAll(names);
        box.getItems().setAll(items);
        box.setValue(names.contains(selected) ? selected : ANY);
    }

    private static ComboBox<String> anyBox(String id, String anyLabel) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPrefWidth(135);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null || name.equals(ANY) ? anyLabel : name;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.getItems().setAll(ANY);
        box.setValue(ANY);
        return box;
    }
}
