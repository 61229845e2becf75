package org.gloss.ui.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.gloss.api.suggest.CodeSuggester;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.core.suggest.MachineCodings;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.ui.workbench.model.Workspace;

/**
 * The "Suggest codes…" dialog: the coders to learn from (every person by default), the codes
 * (all by default), the unit, the minimum score, the machine coder the suggestions are written as
 * (suggest:local by default) and, when several are installed, the suggester. Every field has a
 * label with a mnemonic (Alt and the underlined letter) that moves the focus to it.
 */
final class SuggestDialog {
    static final String DEFAULT_MACHINE_CODER = MachineCodings.PREFIX + "local";

    private final Dialog<SuggestRequest> dialog = new Dialog<>();
    private final List<CheckBox> teachers = new ArrayList<>();
    private final CheckBox allCodes = new CheckBox("_All codes");
    private final ListView<String> codes = new ListView<>();
    private final ChoiceBox<SuggestionUnit> unit = new ChoiceBox<>();
    private final Spinner<Double> minScore = new Spinner<>();
    private final TextField machineCoder = new TextField(DEFAULT_MACHINE_CODER);
    private final ComboBox<CodeSuggester> suggester = new ComboBox<>();
    private final TextField options = new TextField();
    /** The machine coder's name follows the suggester until the user types one. */
    private boolean machineCoderTyped;

    /**
     * @param documents the documents to suggest for (names), empty for the project; named in the title
     */
    SuggestDialog(Window owner, Workspace workspace, List<CodeSuggester> suggesters, List<String> documents) {
        dialog.initOwner(owner);
        dialog.setTitle(documents.isEmpty() ? "Suggest codes for the project" : "Suggest codes for " + documents.get(0));
        dialog.setHeaderText("Learn from people's codings and write suggestions as a machine coder's codings.\n"
                + "Nothing is a person's coding until someone accepts it in the Suggestions view.");
        dialog.setResizable(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;

        FlowPane coderBoxes = new FlowPane(12, 6);
        coderBoxes.setPrefWrapLength(420);
        for (Coder coder : workspace.coders()) {
            if (!MachineCodings.isMachine(coder.name())) {
                CheckBox box = new CheckBox(coder.name());
                box.setSelected(true);
                box.setId("suggest-teacher-" + coder.name());
                box.setAccessibleText("Learn from " + coder.name());
                teachers.add(box);
                coderBoxes.getChildren().add(box);
            }
        }
        Label teachersLabel = new Label("Learn from:");
        grid.addRow(row++, teachersLabel, coderBoxes);

        allCodes.setSelected(true);
        allCodes.setId("suggest-all-codes");
        codes.setId("suggest-codes");
        codes.setAccessibleText("Codes to suggest");
        codes.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        codes.getItems().setAll(workspace.codes().stream().map(Code::name).toList());
        codes.setPrefHeight(140);
        codes.disableProperty().bind(allCodes.selectedProperty());
        Label codesLabel = new Label("Codes:");
        grid.addRow(row++, codesLabel, allCodes);
        grid.add(codes, 1, row++);

        unit.getItems().setAll(SuggestionUnit.values());
        unit.setValue(SuggestionUnit.SENTENCE);
        unit.setId("suggest-unit");
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(SuggestionUnit u) {
                return u == null ? "" : u.key();
            }

            @Override
            public SuggestionUnit fromString(String s) {
                return null;
            }
        });
        grid.addRow(row++, labelFor("_Unit:", unit), unit);

        minScore.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, 0.5, 0.05));
        minScore.setEditable(true);
        minScore.setId("suggest-min-score");
        minScore.setPrefWidth(100);
        grid.addRow(row++, labelFor("_Minimum score:", minScore), minScore);

        machineCoder.setId("suggest-machine-coder");
        machineCoder.setPrefColumnCount(18);
        grid.addRow(row++, labelFor("Write as _coder:", machineCoder), machineCoder);

        suggester.getItems().setAll(suggesters);
        suggester.setValue(suggesters.get(0));
        suggester.setId("suggest-suggester");
        suggester.setConverter(new StringConverter<>() {
            @Override
            public String toString(CodeSuggester s) {
                return s == null ? "" : s.id() + " — " + s.displayName();
            }

            @Override
            public CodeSuggester fromString(String s) {
                return null;
            }
        });
        options.setId("suggest-options");
        options.setPromptText("endpoint=http://127.0.0.1:11434/v1 model=llama3.1");
        options.setAccessibleText("The suggester's options, name=value separated by spaces");
        if (suggesters.size() > 1) {
            grid.addRow(row++, labelFor("_Suggester:", suggester), suggester);
            grid.addRow(row++, labelFor("Suggester _options:", options), options);
        }
        machineCoder.setOnKeyTyped(e -> machineCoderTyped = true);
        Runnable follow = () -> {
            if (!machineCoderTyped && suggester.getValue() != null) {
                try {
                    machineCoder.setText(suggester.getValue().machineCoder(
                            new SuggestSettings(SuggestionUnit.SENTENCE, 0, SuggestJob.SEED, parsedOptions())));
                } catch (RuntimeException e) {
                    machineCoder.setText(MachineCodings.PREFIX + suggester.getValue().id());
                }
            }
        };
        suggester.valueProperty().addListener((o, was, now) -> follow.run());
        options.textProperty().addListener((o, was, now) -> follow.run());

        ButtonType suggest = new ButtonType("Suggest", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(suggest, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("suggest-dialog");
        Node ok = dialog.getDialogPane().lookupButton(suggest);
        ok.setId("suggest-run");
        // nothing to learn from without a person ticked, nowhere to write without a machine coder
        javafx.beans.binding.BooleanBinding noTeacher = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> teachers.stream().noneMatch(CheckBox::isSelected),
                teachers.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
        ok.disableProperty().bind(machineCoder.textProperty().isEmpty().or(noTeacher));
        dialog.setResultConverter(button -> button == suggest ? request(documents) : null);
    }

    private static Label labelFor(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    private SuggestRequest request(List<String> documents) {
        List<String> learnFrom = teachers.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList();
        List<String> chosenCodes = allCodes.isSelected() ? List.of() : List.copyOf(codes.getSelectionModel().getSelectedItems());
        return new SuggestRequest(suggester.getValue().id(), learnFrom, chosenCodes, documents, unit.getValue(),
                minScore.getValue(), machineCoder.getText().strip(), parsedOptions());
    }

    /** "endpoint=URL model=M": the options the command line takes as --endpoint URL --model M. */
    private java.util.Map<String, String> parsedOptions() {
        java.util.Map<String, String> parsed = new java.util.LinkedHashMap<>();
        for (String pair : options.getText().strip().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parsed.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return parsed;
    }

    Dialog<SuggestRequest> dialog() {
        return dialog;
    }

    Optional<SuggestRequest> showAndWait() {
        return dialog.showAndWait();
    }
}
