package org.gloss.ui.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.gloss.api.store.ProjectSession;
import org.gloss.core.suggest.MachineCodings;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.MemoTarget;
import org.gloss.ui.workbench.api.FittingColumns;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.gloss.ui.workbench.model.WorkspaceListener;

/**
 * The Suggestions view: walks through a machine coder's suggestions, highest score first, each
 * with its code, excerpt, score and the words that weighed most; selecting one opens it in the
 * document view with its span selected. A (or Enter) accepts it for the chosen person or consensus
 * coder, C accepts it with another code, R (or Delete) rejects it, J and K (or the arrows) move.
 * Decided suggestions stay listed with their decision; Ctrl+Z undoes a decision. The list follows
 * the project (codings, coders, the document in front).
 */
final class SuggestionsPane {
    static final String AREA = "Suggestions";
    static final String THIS_DOCUMENT = "This document";
    static final String PROJECT = "Whole project";
    static final String CONSENSUS = "consensus";

    private final WorkbenchContext context;
    private final BorderPane node = new BorderPane();
    private final ComboBox<String> machineCoder = new ComboBox<>();
    private final ChoiceBox<String> scope = new ChoiceBox<>();
    private final ComboBox<String> target = new ComboBox<>();
    private final TableView<SuggestionRow> table = new TableView<>();
    private final Label status = new Label();
    /** The selected suggestion in full: its passage and why, for reading and for screen readers. */
    private final Label detail = new Label();
    private final Button accept = new Button("_Accept");
    private final Button acceptAs = new Button("Accept as _code…");
    private final Button reject = new Button("_Reject");
    private final Button previous = new Button("Previous");
    private final Button next = new Button("Next");
    private final WorkspaceListener listener = this::changed;
    private Workspace followed;
    private Long shownDocument;
    /** Reads the suggestions off the FX thread; only the newest reading is shown. */
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gloss-suggestions");
        thread.setDaemon(true);
        return thread;
    });
    private long generation;
    /** When the list last opened a suggestion in the document view (System.nanoTime). */
    private long revealedAt = Long.MIN_VALUE / 2;
    /** How long after opening a suggestion the list takes the focus back from the document. */
    private static final long FOCUS_BACK_NANOS = 700_000_000L;
    /** The suggestion last selected: kept selected when the list is read again. */
    private SuggestionRow remembered;
    /** While the choices are refilled, their change is not the user's. */
    private boolean refreshing;
    /** For tests: what "Accept as" chooses instead of asking. */
    private java.util.function.Function<List<String>, Optional<String>> chooseCode = this::askForCode;

    SuggestionsPane(WorkbenchContext context) {
        this.context = context;
        node.setId("suggestions-view");
        node.getProperties().put(SuggestionsPane.class, this);

        machineCoder.setId("suggestions-coder");
        machineCoder.setPrefWidth(160);
        machineCoder.setAccessibleText("Machine coder whose suggestions are listed");
        machineCoder.setOnAction(e -> {
            if (!refreshing) {
                reload();
            }
        });
        scope.setId("suggestions-scope");
        scope.getItems().setAll(THIS_DOCUMENT, PROJECT);
        scope.setValue(THIS_DOCUMENT);
        scope.setAccessibleText("Suggestions of the document in front or of the whole project");
        scope.setOnAction(e -> reload());
        target.setId("suggestions-target");
        target.setEditable(true);
        target.setAccessibleText("Coder who receives accepted suggestions");
        target.setPrefWidth(140);
        Label of = labelFor("Suggestions _of", machineCoder);
        Label in = labelFor("_In", scope);
        Label forCoder = labelFor("Accept _for", target);
        FlowPane controls = new FlowPane(8, 6, of, machineCoder, in, scope, forCoder, target);
        controls.setAlignment(Pos.CENTER_LEFT);
        status.setId("suggestions-status");
        VBox header = new VBox(6, controls, status);
        header.setPadding(new Insets(6));

        buildTable();
        accept.setId("suggestion-accept");
        acceptAs.setId("suggestion-accept-as");
        reject.setId("suggestion-reject");
        previous.setId("suggestion-previous");
        next.setId("suggestion-next");
        tip(accept, "Copy the coding to the chosen coder (A or Enter)");
        tip(acceptAs, "Copy the span with another code to the chosen coder (C)");
        tip(reject, "The code does not apply here; the next training learns it (R or Delete)");
        tip(previous, "Previous suggestion (K or Up)");
        tip(next, "Next suggestion (J or Down)");
        accept.setOnAction(e -> decide(DecideSuggestion.Kind.ACCEPT));
        acceptAs.setOnAction(e -> decide(DecideSuggestion.Kind.ACCEPT_AS));
        reject.setOnAction(e -> decide(DecideSuggestion.Kind.REJECT));
        previous.setOnAction(e -> move(-1));
        next.setOnAction(e -> move(1));
        var noneSelected = table.getSelectionModel().selectedItemProperty().isNull();
        for (Button b : List.of(accept, acceptAs, reject)) {
            b.disableProperty().bind(noneSelected);
        }
        HBox actions = new HBox(8, accept, acceptAs, reject, previous, next);
        actions.setAlignment(Pos.CENTER_LEFT);
        detail.setId("suggestion-detail");
        detail.setWrapText(true);
        detail.setMaxWidth(Double.MAX_VALUE);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> detail.setText(row == null ? ""
                : "'" + row.code() + "' " + SuggestionList.score(row.score()) + (row.reasons().isEmpty() ? "" : ", because of: "
                + row.reasonText()) + (row.decided() ? " — " + row.decision() : "") + "\n" + row.excerpt()));
        VBox bottom = new VBox(4, detail, actions);
        bottom.setPadding(new Insets(6));

        node.setTop(header);
        node.setCenter(table);
        node.setBottom(bottom);
        bindKeys();

        table.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, owner) -> {
                    if (owner != null && owner != table && System.nanoTime() - revealedAt < FOCUS_BACK_NANOS
                            && !isInside(owner, node)) {
                        Platform.runLater(table::requestFocus);
                    }
                });
            }
        });
        context.workspaceProperty().addListener((o, was, now) -> follow(now));
        context.selectionProperty().addListener((o, was, now) -> {
            if (now != null && now.target() == MemoTarget.DOCUMENT && THIS_DOCUMENT.equals(scope.getValue())
                    && (shownDocument == null || shownDocument != now.id())) {
                reload();
            }
        });
        follow(context.workspace());
    }

    private static boolean isInside(Node owner, Node container) {
        for (Node at = owner; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    private static Label labelFor(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    private static void tip(Button button, String text) {
        button.setTooltip(new Tooltip(text));
        button.setAccessibleHelp(text);
    }

    private void buildTable() {
        table.setId("suggestions-table");
        table.setAccessibleText("Suggestions, highest score first");
        table.setPlaceholder(new Label("No suggestions here. Code > Suggest codes… makes some."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SuggestionRow, String> decision = column("Decision", SuggestionsPane::shortDecision);
        TableColumn<SuggestionRow, String> score = column("Score", r -> SuggestionList.score(r.score()));
        score.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<SuggestionRow, String> code = column("Code", SuggestionRow::code);
        TableColumn<SuggestionRow, String> document = column("Document", SuggestionRow::document);
        TableColumn<SuggestionRow, String> excerpt = column("Text", SuggestionRow::excerpt);
        TableColumn<SuggestionRow, String> why = column("Why", SuggestionRow::reasonText);
        table.getColumns().setAll(List.of(decision, score, code, document, excerpt, why));
        // one document's suggestions need no document column: the passage gets the room
        document.visibleProperty().bind(scope.valueProperty().isEqualTo(PROJECT));
        FittingColumns.fit(table, decision, SuggestionsPane::shortDecision, 140);
        FittingColumns.fit(table, score, r -> SuggestionList.score(r.score()), 60);
        FittingColumns.fit(table, code, SuggestionRow::code, 180);
        FittingColumns.fit(table, document, SuggestionRow::document, 160);
        // the passage gets about half of what the short columns leave; the words weighing take the rest
        excerpt.prefWidthProperty().bind(table.widthProperty().multiply(0.32));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SuggestionRow row, boolean empty) {
                super.updateItem(row, empty);
                // decided suggestions are greyed, so the undecided ones stand out
                setStyle(!empty && row != null && row.decided() ? "-fx-opacity: 0.6;" : "");
                setAccessibleText(empty || row == null ? null : (row.decided() ? row.decision() + ": " : "")
                        + "suggests " + row.code() + ", score " + SuggestionList.score(row.score()) + ", in " + row.document()
                        + ": " + row.excerpt());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                remembered = row;
            }
            if (row != null && was != row && !refreshing) {
                // the document view takes the focus when it reveals (a new tab may do so a little
                // later): for a moment the focus comes back here, so the keys keep walking the list
                revealedAt = System.nanoTime();
                context.reveal(row.documentId(), row.start(), row.end());
                table.requestFocus();
            }
        });
    }

    /** The decision in a word or two (in full on the line below the table and for screen readers). */
    static String shortDecision(SuggestionRow row) {
        if (!row.decided()) {
            return "—";
        }
        if (row.decision().startsWith("accepted as ")) {
            return "as " + row.decision().substring("accepted as ".length(), row.decision().lastIndexOf(" for "));
        }
        return row.decision().startsWith("accepted") ? "accepted" : row.decision();
    }

    private static TableColumn<SuggestionRow, String> column(String title, java.util.function.Function<SuggestionRow, String> value) {
        TableColumn<SuggestionRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    private void bindKeys() {
        var keys = context.shortcuts();
        keys.bind(table, AREA, "A", "Accept the suggestion for the chosen coder", () -> fire(accept));
        keys.bind(table, AREA, "Enter", "Accept the suggestion for the chosen coder", () -> fire(accept));
        keys.bind(table, AREA, "C", "Accept the span with another code", () -> fire(acceptAs));
        keys.bind(table, AREA, "R", "Reject the suggestion", () -> fire(reject));
        keys.bind(table, AREA, "Delete", "Reject the suggestion", () -> fire(reject));
        keys.bind(table, AREA, "J", "Next suggestion", () -> fire(next));
        keys.bind(table, AREA, "K", "Previous suggestion", () -> fire(previous));
    }

    private static boolean fire(Button button) {
        if (button.isDisabled()) {
            return false;
        }
        button.fire();
        return true;
    }

    Node node() {
        return node;
    }

    TableView<SuggestionRow> table() {
        return table;
    }

    /** Tests choose the other code without a dialog. */
    void chooseCodeWith(java.util.function.Function<List<String>, Optional<String>> chooser) {
        this.chooseCode = chooser;
    }

    private void follow(Workspace workspace) {
        if (followed != null) {
            followed.removeListener(listener);
        }
        followed = workspace;
        if (workspace != null) {
            workspace.addListener(listener);
        }
        refreshChoices();
        reload();
    }

    private void changed(Change change) {
        switch (change.kind()) {
            case CODERS, PROJECT -> {
                refreshChoices();
                reload();
            }
            case CODINGS, CODEBOOK, DOCUMENTS -> reload();
            default -> {
            }
        }
    }

    private void refreshChoices() {
        Workspace workspace = context.workspace();
        if (workspace == null) {
            machineCoder.getItems().clear();
            target.getItems().clear();
            return;
        }
        refreshing = true;
        try {
            refillChoices(workspace);
        } finally {
            refreshing = false;
        }
    }

    private void refillChoices(Workspace workspace) {
        String chosenMachine = machineCoder.getValue();
        List<String> machines = SuggestionList.machineCoders(workspace.session());
        machineCoder.getItems().setAll(machines);
        machineCoder.setValue(machines.contains(chosenMachine) ? chosenMachine
                : machines.contains(SuggestDialog.DEFAULT_MACHINE_CODER) ? SuggestDialog.DEFAULT_MACHINE_CODER
                : machines.isEmpty() ? null : machines.get(0));
        String chosenTarget = target.getValue();
        List<String> people = new ArrayList<>();
        for (Coder coder : workspace.coders()) {
            if (!MachineCodings.isMachine(coder.name())) {
                people.add(coder.name());
            }
        }
        if (!people.contains(workspace.coderName())) {
            people.add(0, workspace.coderName());
        }
        if (!people.contains(CONSENSUS)) {
            people.add(CONSENSUS);
        }
        target.getItems().setAll(people);
        target.setValue(chosenTarget != null && !chosenTarget.isBlank() ? chosenTarget : workspace.coderName());
    }

    /** Reads the suggestions again, keeping the selection on the same suggestion when it is still listed. */
    void reload() {
        reload(null);
    }

    /**
     * Reads the suggestions off the FX thread (on a session of its own) and shows them unless a
     * newer reload was asked for meanwhile; then runs {@code then} (may be null).
     */
    private void reload(Runnable then) {
        Workspace workspace = context.workspace();
        long mine = ++generation;
        if (workspace == null || machineCoder.getValue() == null) {
            table.getItems().clear();
            status.setText(workspace == null ? "" : "No machine coder yet: Code > Suggest codes… learns from people's codings.");
            return;
        }
        Long document = null;
        if (THIS_DOCUMENT.equals(scope.getValue())) {
            var current = context.currentDocument();
            if (current.isEmpty()) {
                shownDocument = null;
                table.getItems().clear();
                status.setText("Open a document, or show the whole project's suggestions.");
                return;
            }
            document = current.getAsLong();
        }
        shownDocument = document;
        String machine = machineCoder.getValue();
        Long shown = document;
        ProjectSession session;
        try {
            session = context.openSessionForBackgroundWork();
        } catch (RuntimeException e) {
            status.setText(e.getMessage());
            return;
        }
        loader.execute(() -> {
            List<SuggestionRow> rows;
            String failure = null;
            try (ProjectSession s = session) {
                rows = SuggestionList.load(s, machine, shown);
            } catch (RuntimeException e) {
                rows = null;
                failure = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            List<SuggestionRow> loaded = rows;
            String failed = failure;
            Platform.runLater(() -> {
                if (mine != generation) {
                    return;
                }
                if (loaded == null) {
                    status.setText("Could not read the suggestions: " + failed);
                    return;
                }
                show(loaded);
                if (then != null) {
                    then.run();
                }
            });
        });
    }

    private void show(List<SuggestionRow> rows) {
        SuggestionRow selected = remembered;
        boolean was = refreshing;
        refreshing = true;
        try {
            table.getItems().setAll(rows);
        } finally {
            refreshing = was;
        }
        long decided = rows.stream().filter(SuggestionRow::decided).count();
        status.setText(rows.size() + (rows.size() == 1 ? " suggestion" : " suggestions") + ", " + decided + " decided, "
                + (rows.size() - decided) + " to review");
        if (selected != null) {
            for (int i = 0; i < rows.size(); i++) {
                SuggestionRow r = rows.get(i);
                if (r.documentId() == selected.documentId() && r.code().equals(selected.code()) && r.start() == selected.start()
                        && r.end() == selected.end()) {
                    selectQuietly(i);
                    return;
                }
            }
        }
    }

    /** Selects the row again without opening it again in the document view. */
    private void selectQuietly(int index) {
        boolean was = refreshing;
        refreshing = true;
        try {
            table.getSelectionModel().select(index);
        } finally {
            refreshing = was;
        }
        table.scrollTo(Math.max(0, index - 2));
    }

    private void move(int step) {
        int size = table.getItems().size();
        if (size == 0) {
            return;
        }
        int at = table.getSelectionModel().getSelectedIndex();
        int to = at < 0 ? (step > 0 ? 0 : size - 1) : Math.max(0, Math.min(size - 1, at + step));
        table.getSelectionModel().select(to);
        table.scrollTo(Math.max(0, to - 2));
    }

    private void decide(DecideSuggestion.Kind kind) {
        Workspace workspace = context.workspace();
        SuggestionRow row = table.getSelectionModel().getSelectedItem();
        if (workspace == null || row == null) {
            return;
        }
        String to = target.getValue() == null ? "" : target.getValue().strip();
        if (kind != DecideSuggestion.Kind.REJECT && (to.isEmpty() || MachineCodings.isMachine(to))) {
            context.showError("Accepted suggestions go to a person's or the consensus coder, not to '" + to + "'");
            return;
        }
        long otherId = -1;
        String other = null;
        if (kind == DecideSuggestion.Kind.ACCEPT_AS) {
            List<String> codes = workspace.codes().stream().map(Code::name).filter(n -> !n.equals(row.code())).toList();
            Optional<String> chosen = chooseCode.apply(codes);
            if (chosen.isEmpty()) {
                return;
            }
            other = chosen.get();
            Optional<Code> code = workspace.code(other);
            if (code.isEmpty()) {
                context.showError("No code '" + other + "' in the codebook");
                return;
            }
            otherId = code.get().id();
        }
        int index = table.getSelectionModel().getSelectedIndex();
        workspace.execute(new DecideSuggestion(row, machineCoder.getValue(), to, kind, otherId, other, workspace.coderName()));
        reload(() -> nextUndecided(index));
        String instead = other;
        context.showStatus(switch (kind) {
            case ACCEPT -> "Accepted '" + row.code() + "' for " + to + " (Ctrl+Z undoes)";
            case ACCEPT_AS -> "Coded the span with '" + instead + "' for " + to + " instead of '" + row.code() + "' (Ctrl+Z undoes)";
            case REJECT -> "Rejected '" + row.code() + "'; the next training learns from it (Ctrl+Z undoes)";
        });
    }

    /** After a decision: the next suggestion still to review, after the decided one (or the first before it). */
    private void nextUndecided(int from) {
        List<SuggestionRow> rows = table.getItems();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = pass == 0 ? from : 0; i < (pass == 0 ? rows.size() : Math.min(from, rows.size())); i++) {
                if (!rows.get(i).decided()) {
                    table.getSelectionModel().select(i);
                    table.scrollTo(Math.max(0, i - 2));
                    return;
                }
            }
        }
    }

    private Optional<String> askForCode(List<String> codes) {
        if (codes.isEmpty()) {
            context.showError("The codebook has no other code");
            return Optional.empty();
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(codes.get(0), codes);
        dialog.initOwner(context.window());
        dialog.setTitle("Accept as another code");
        dialog.setHeaderText("Code this span with:");
        dialog.getDialogPane().setId("suggestion-code-chooser");
        return dialog.showAndWait();
    }
}
