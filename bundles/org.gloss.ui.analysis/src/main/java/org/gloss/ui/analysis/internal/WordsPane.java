package org.gloss.ui.analysis.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.gloss.api.analysis.WordCount;
import org.gloss.api.analysis.WordFrequencies;
import org.gloss.api.analysis.WordRequest;
import org.gloss.api.analysis.WordTable;
import org.gloss.api.error.GlossException;
import org.gloss.model.Code;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * Word frequencies of the documents, a code's segments or a speaker's turns (stemmed or not, with
 * stop lists), as a sortable table; selecting a word lists its keyword-in-context lines.
 */
final class WordsPane {
    static final String ALL_TEXT = "All text";

    private final WorkbenchContext context;
    private final Services services;
    private final WordFrequencies words;
    private final BorderPane node = new BorderPane();
    private final ComboBox<String> code = new ComboBox<>();
    private final TextField speaker = new TextField();
    private final CheckBox stemming = new CheckBox("Stemming");
    private final ComboBox<String> stopList = new ComboBox<>();
    private final TextField ownStopWords = new TextField();
    private final Spinner<Integer> top = new Spinner<>(0, 1_000_000, 500, 100);
    private final FilterBar filter;
    private final ResultTableView<WordCount> table = new ResultTableView<>("words-table");
    private final SegmentTable lines;
    private final Label status = new Label();
    private final Background background;
    private final Background drill;
    private WordTable shown;

    WordsPane(WorkbenchContext context, Services services, WordFrequencies words) {
        this.context = context;
        this.services = services;
        this.words = words;
        this.background = new Background(context, "words");
        this.drill = new Background(context, "words-lines");
        this.filter = new FilterBar(services.analysis(), "words-filter");
        this.lines = new SegmentTable(context, "words-lines");
        lines.node().setPlaceholder(new Label("Select a word to list its lines in context"));
        node.setId("analysis-words");
        node.getProperties().put(Panes.KEY, this);
        code.setId("words-code");
        speaker.setId("words-speaker");
        speaker.setPromptText("speaker");
        speaker.setPrefColumnCount(8);
        stemming.setId("words-stemming");
        stemming.setSelected(true);
        stopList.setId("words-stop-list");
        List<String> lists = new ArrayList<>(List.of("none", "auto"));
        lists.addAll(words.stopListLanguages());
        stopList.getItems().setAll(lists);
        stopList.setValue("auto"); // function words are rarely what a researcher looks for
        ownStopWords.setId("words-own-stop-words");
        ownStopWords.setPromptText("more stop words, comma-separated");
        top.setId("words-top");
        top.setEditable(true);
        top.setPrefWidth(100);
        status.setId("words-status");
        code.setOnAction(e -> compute());
        speaker.setOnAction(e -> compute());
        stemming.setOnAction(e -> compute());
        stopList.setOnAction(e -> compute());
        ownStopWords.setOnAction(e -> compute());
        top.valueProperty().addListener((o, was, now) -> compute());
        filter.setOnChange(this::compute);
        table.node().getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && row.source() != null) {
                openWord(row.source());
            }
        });
        TableExport export = new TableExport(context, services.exporters(), services.targets(), "words-export", "words",
                () -> shown == null ? List.of() : lines.exportedWith(services.tables().of(shown), services.tables(), "Lines"));
        FlowPane controls = new FlowPane(8, 6, new Label("In"), code, speaker, stemming, new Label("Stop words"), stopList,
                ownStopWords, new Label("Top"), top, export.node());
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, controls, filter.node(), status);
        header.setPadding(new Insets(6));
        SplitPane split = new SplitPane(table.node(), lines.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        node.setTop(header);
        node.setCenter(split);
        new ProjectFollower(context, node, this::refreshChoices, this::compute);
        refreshChoices();
    }

    private void refreshChoices() {
        filter.refresh(context.workspace());
        String chosen = code.getValue();
        List<String> choices = new ArrayList<>();
        choices.add(ALL_TEXT);
        if (context.workspace() != null) {
            context.workspace().codes().stream().map(Code::name).sorted().forEach(choices::add);
        }
        code.getItems().setAll(choices);
        code.setValue(chosen != null && choices.contains(chosen) ? chosen : ALL_TEXT);
    }

    Node node() {
        return node;
    }

    private WordRequest request() {
        String c = code.getValue() == null || ALL_TEXT.equals(code.getValue()) ? null : code.getValue();
        String s = speaker.getText().isBlank() ? null : speaker.getText().strip();
        List<String> listChoice = "none".equals(stopList.getValue()) || stopList.getValue() == null ? List.of() : List.of(stopList.getValue());
        Set<String> own = new HashSet<>();
        for (String w : ownStopWords.getText().split(",")) {
            if (!w.isBlank()) {
                own.add(w.strip());
            }
        }
        return new WordRequest(filter.filter(), c, s, stemming.isSelected(), listChoice, own,
                top.getValue() == null ? 0 : top.getValue());
    }

    void compute() {
        if (context.workspace() == null) {
            return;
        }
        WordRequest request;
        try {
            request = request();
        } catch (GlossException e) {
            status.setText(e.getMessage());
            return;
        }
        status.setText("Counting…");
        background.run(session -> words.count(session, request), result -> {
            shown = result;
            table.show(services.tables().of(result), result.words());
            lines.show(List.of());
            status.setText(result.totalWords() + " words, " + result.distinct() + " distinct, in " + result.documents()
                    + " document" + (result.documents() == 1 ? "" : "s") + (result.words().size() < result.distinct()
                    ? " (the " + result.words().size() + " most frequent shown)" : ""));
        }, status::setText);
    }

    private void openWord(WordCount word) {
        WordRequest request = shown.request();
        drill.run(session -> words.occurrences(session, request, word.stem(), SegmentTable.CONTEXT), list -> {
            lines.show(list);
            status.setText("'" + word.word() + "': " + list.size() + " line" + (list.size() == 1 ? "" : "s"));
        }, status::setText);
    }

    // for tests
    ResultTableView<WordCount> table() {
        return table;
    }

    SegmentTable linesTable() {
        return lines;
    }
}
