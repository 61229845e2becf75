package org.gloss.ui.adjudication.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.agreement.Disagreement;
import org.gloss.api.agreement.SpanDecisionRequest.Choice;
import org.gloss.api.error.GlossException;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.TextSpan;
import org.gloss.ui.workbench.api.DocumentView;
import org.gloss.ui.workbench.api.DocumentViewFactory;
import org.gloss.ui.workbench.api.ScrollInStep;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.gloss.ui.workbench.model.WorkspaceListener;

/**
 * The disagreement review (a tab of the Comparison perspective): pick coders A and B (and a code),
 * read the agreement figures, walk the disagreements with Next/Previous while both coders' panes
 * scroll to and select the current one, and decide it into the consensus coder. Figures and
 * decisions are loaded off the FX thread; decisions go through the workspace's undo stack.
 */
final class AdjudicationView {
    private static final String ALL_CODES = "(all codes)";

    private final WorkbenchContext context;
    private final AgreementStudies studies;
    private final DocumentViewFactory documentViews;
    private final ComparisonModel model = new ComparisonModel();
    private final BorderPane node = new BorderPane();
    private final ComboBox<String> coderA = new ComboBox<>();
    private final ComboBox<String> coderB = new ComboBox<>();
    private final ComboBox<String> code = new ComboBox<>();
    private final TextField consensus = new TextField(ComparisonModel.DEFAULT_CONSENSUS);
    private final javafx.scene.control.CheckBox allDocuments = new javafx.scene.control.CheckBox("All documents");
    private final Label scope = new Label();
    private final FiguresTable figures = new FiguresTable();
    private final DisagreementTable disagreements = new DisagreementTable(this::select);
    private final SplitPane panes = new SplitPane();
    private final List<DocumentView> shown = new ArrayList<>();
    private final Label position = new Label();
    private final Button previous = button("◀ Previous", "review-previous", () -> move(model.previous()));
    private final Button next = button("Next ▶", "review-next", () -> move(model.next()));
    private final Button acceptA = button("Accept A", "review-accept-a", () -> decide(Choice.CODER, model.coderA()));
    private final Button acceptB = button("Accept B", "review-accept-b", () -> decide(Choice.CODER, model.coderB()));
    private final Button both = button("Both", "review-both", () -> decide(Choice.BOTH, null));
    private final Button neither = button("Neither", "review-neither", () -> decide(Choice.NEITHER, null));
    private final Spinner<Integer> extentStart = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private final Spinner<Integer> extentEnd = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private final Label extentText = new Label();
    private final Button acceptExtent = button("Accept extent", "review-accept-extent", () -> decide(Choice.EXTENT, null));
    private final TextField note = new TextField();
    private final WorkspaceListener listener = this::changed;
    private Workspace workspace;
    private String shownDocumentText;
    private long shownDocument = -1;
    private final java.util.concurrent.atomic.AtomicLong latestLoad = new java.util.concurrent.atomic.AtomicLong();
    private boolean stale = true;
    private boolean filling;

    AdjudicationView(WorkbenchContext context, AgreementStudies studies, DocumentViewFactory documentViews) {
        this.context = context;
        this.studies = studies;
        this.documentViews = documentViews;
        node.setId("review");
        node.setTop(new VBox(chooser(), scopeLine()));
        SplitPane lower = new SplitPane(disagreements.node(), figures.node());
        lower.setDividerPositions(0.55);
        SplitPane centre = new SplitPane(panes, lower);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.55);
        node.setCenter(centre);
        node.setBottom(decisionBar());
        ReviewShortcuts.install(node, List.of(
                new ReviewShortcuts.Binding(previous, "Ctrl+,", "Shift+F8"),
                new ReviewShortcuts.Binding(next, "Ctrl+.", "F8"),
                new ReviewShortcuts.Binding(acceptA, "Ctrl+1"),
                new ReviewShortcuts.Binding(acceptB, "Ctrl+2"),
                new ReviewShortcuts.Binding(both, "Ctrl+3"),
                new ReviewShortcuts.Binding(neither, "Ctrl+0"),
                new ReviewShortcuts.Binding(acceptExtent, "Ctrl+E")));
        context.workspaceProperty().addListener((o, was, now) -> attach(now));
        node.sceneProperty().addListener((o, was, now) -> {
            if (now != null && stale) {
                reload();
            }
        });
        attach(context.workspace());
    }

    Node node() {
        return node;
    }

    // --- layout --------------------------------------------------------------------------------

    private Node chooser() {
        coderA.setId("review-coder-a");
        coderB.setId("review-coder-b");
        code.setId("review-code");
        consensus.setId("review-consensus");
        consensus.setPrefColumnCount(9);
        for (ComboBox<String> box : List.of(coderA, coderB, code)) {
            box.setOnAction(e -> compare());
        }
        consensus.setOnAction(e -> compare());
        allDocuments.setId("review-all-documents");
        allDocuments.setTooltip(new javafx.scene.control.Tooltip("Also compare documents one coder has not coded at all, "
                + "counting them as coded with nothing (by default they are left out)"));
        allDocuments.setAccessibleHelp(allDocuments.getTooltip().getText());
        allDocuments.setOnAction(e -> compare());
        consensus.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                compare();
            }
        });
        HBox bar = new HBox(8, new Label("Coder A"), coderA, new Label("Coder B"), coderB, new Label("Code"), code,
                new Label("Decisions go to"), consensus, allDocuments);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        return bar;
    }

    /** Which documents the figures cover, which were left out and why, and the codes nobody used. */
    private Node scopeLine() {
        scope.setId("review-scope");
        scope.setWrapText(true);
        scope.setPadding(new Insets(0, 6, 4, 6));
        scope.setAccessibleText("What the comparison covers");
        return scope;
    }

    static String scopeText(org.gloss.api.agreement.AgreementFigures figures) {
        StringBuilder text = new StringBuilder();
        int covered = figures.documents().size();
        text.append("Compared ").append(covered).append(covered == 1 ? " document" : " documents");
        if (!figures.documentsLeftOut().isEmpty()) {
            text.append("; left out, not yet coded by one of the coders: ");
            java.util.List<String> left = new ArrayList<>();
            figures.documentsLeftOut().forEach((document, coders) -> left.add(document + " (" + String.join(", ", coders) + ")"));
            text.append(String.join(", ", left)).append(" — tick All documents to count them as coded with nothing");
        }
        text.append('.');
        if (!figures.codesNotUsed().isEmpty()) {
            text.append(" Not used by either coder: ").append(String.join(", ", figures.codesNotUsed())).append('.');
        }
        return text.toString();
    }

    private Node decisionBar() {
        position.setId("review-position");
        extentStart.setId("review-extent-start");
        extentEnd.setId("review-extent-end");
        extentText.setId("review-extent-text");
        note.setId("review-note");
        note.setPromptText("note (optional)");
        HBox.setHgrow(note, Priority.ALWAYS);
        for (Spinner<Integer> spinner : List.of(extentStart, extentEnd)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(90);
            spinner.valueProperty().addListener((o, was, now) -> showExtentText());
        }
        extentText.setMaxWidth(260);
        HBox walk = new HBox(8, previous, next, position);
        walk.setAlignment(Pos.CENTER_LEFT);
        HBox decide = new HBox(8, acceptA, acceptB, both, neither, new Separator(Orientation.VERTICAL),
                new Label("Extent"), extentStart, extentEnd, acceptExtent, extentText);
        decide.setAlignment(Pos.CENTER_LEFT);
        HBox noteRow = new HBox(8, new Label("Note"), note);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, walk, decide, noteRow);
        bar.setPadding(new Insets(6));
        return bar;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        // labels carry coder names such as "ann_b": an underscore must not become a mnemonic
        button.setMnemonicParsing(false);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    // --- what is compared ----------------------------------------------------------------------

    private void attach(Workspace now) {
        if (workspace != null) {
            workspace.removeListener(listener);
        }
        workspace = now;
        clearPanes();
        model.compare(null, null, null, null);
        figures.clear();
        disagreements.show(List.of(), -1);
        if (workspace == null) {
            return;
        }
        workspace.addListener(listener);
        fillChoices();
        compare();
    }

    /** Fills the coder and code choices, keeping what is chosen; the first two coders other than the consensus by default. */
    private void fillChoices() {
        filling = true;
        try {
            List<String> coders = workspace.coders().stream().map(Coder::name).toList();
            String a = coderA.getValue();
            String b = coderB.getValue();
            coderA.getItems().setAll(coders);
            coderB.getItems().setAll(coders);
            List<String> candidates = coders.stream().filter(n -> !n.equals(consensus.getText().strip())).toList();
            coderA.setValue(coders.contains(a) ? a : candidates.isEmpty() ? null : candidates.get(0));
            coderB.setValue(coders.contains(b) ? b : candidates.size() < 2 ? null : candidates.get(1));
            String c = code.getValue();
            List<String> codes = new ArrayList<>();
            codes.add(ALL_CODES);
            workspace.codes().stream().map(Code::name).forEach(codes::add);
            code.getItems().setAll(codes);
            code.setValue(codes.contains(c) ? c : ALL_CODES);
        } finally {
            filling = false;
        }
    }

    private void compare() {
        if (filling || workspace == null) {
            return;
        }
        String chosenCode = ALL_CODES.equals(code.getValue()) ? null : code.getValue();
        ComparisonQuery before = model.query();
        ComparisonQuery chosen = new ComparisonQuery(coderA.getValue(), coderB.getValue(), chosenCode,
                ComparisonModel.consensusName(consensus.getText()), allDocuments.isSelected());
        if (chosen.equals(before) && model.snapshot().isPresent()) {
            return; // nothing changed (e.g. the consensus field lost the focus)
        }
        model.compare(coderA.getValue(), coderB.getValue(), chosenCode, consensus.getText(), allDocuments.isSelected());
        acceptA.setText("Accept " + Objects.requireNonNullElse(coderA.getValue(), "A"));
        acceptB.setText("Accept " + Objects.requireNonNullElse(coderB.getValue(), "B"));
        clearPanes();
        reload();
    }

    private void changed(Change change) {
        switch (change.kind()) {
            case CODERS, CODEBOOK, PROJECT -> {
                fillChoices();
                reload();
            }
            case CODINGS, DOCUMENTS -> reload();
            default -> { }
        }
    }

    // --- loading -------------------------------------------------------------------------------

    /**
     * Loads figures and disagreements off the FX thread. Requests queue on the workbench's
     * background thread; a request that a newer one follows is skipped, and only the newest
     * answer is shown (a cancelled or failed load leaves the last answer on screen).
     */
    private void reload() {
        if (workspace == null || node.getScene() == null) {
            stale = true; // loaded when the view is shown
            return;
        }
        stale = false;
        long generation = latestLoad.incrementAndGet();
        var problem = model.problem();
        if (problem.isPresent()) {
            render();
            position.setText(problem.get());
            return;
        }
        ComparisonQuery query = model.query();
        context.runInBackground("Comparing " + query.coderA() + " and " + query.coderB(), monitor -> {
            if (generation != latestLoad.get() || monitor.isCancelled()) {
                return null;
            }
            return Loaded.of(() -> {
                try (var session = context.openSessionForBackgroundWork()) {
                    return query.run(studies, session);
                }
            });
        }, loaded -> {
            if (loaded == null || generation != latestLoad.get()) {
                return;
            }
            if (loaded.failure() != null) {
                position.setText(loaded.failure());
                scope.setText("");
                figures.clear();
                disagreements.show(List.of(), -1);
                context.showStatus(loaded.failure());
            } else if (model.show(loaded.snapshot())) {
                render();
            }
        });
    }

    /** A load's answer, or the message of the user error that stopped it (e.g. a coder was removed meanwhile). */
    private record Loaded(ComparisonSnapshot snapshot, String failure) {
        static Loaded of(java.util.function.Supplier<ComparisonSnapshot> load) {
            try {
                return new Loaded(load.get(), null);
            } catch (GlossException e) {
                return new Loaded(null, e.getMessage());
            }
        }
    }

    // --- showing -------------------------------------------------------------------------------

    private void render() {
        model.snapshot().ifPresentOrElse(figures::show, figures::clear);
        scope.setText(model.snapshot().map(snapshot -> scopeText(snapshot.figures())).orElse(""));
        disagreements.show(model.rows(), model.currentIndex());
        showCurrent();
    }

    private void select(int index) {
        model.select(index);
        showCurrent();
    }

    private void move(boolean moved) {
        if (moved) {
            disagreements.select(model.currentIndex());
            showCurrent();
        }
    }

    private void showCurrent() {
        var row = model.current();
        boolean has = row.isPresent();
        for (Node control : List.of(acceptA, acceptB, both, neither, acceptExtent, extentStart, extentEnd)) {
            control.setDisable(!has);
        }
        previous.setDisable(model.currentIndex() <= 0);
        next.setDisable(!has || model.currentIndex() >= model.rows().size() - 1);
        if (!has) {
            position.setText(model.snapshot().isPresent() ? "No disagreements between " + model.coderA() + " and " + model.coderB()
                    : model.problem().orElse("Loading…"));
            return;
        }
        Disagreement d = row.get().disagreement();
        long open = model.snapshot().map(ComparisonSnapshot::open).orElse(0L);
        position.setText(String.format("%d of %d · %d open · %s in %s [%d, %d), %s has it%s", model.currentIndex() + 1,
                model.rows().size(), open, d.code(), d.document(), d.start(), d.end(), String.join(", ", d.coders()),
                row.get().decided() ? " · decided" : ""));
        showPanes(d.documentId());
        extentStart.getValueFactory().setValue(d.start());
        extentEnd.getValueFactory().setValue(d.end());
        // revealing focuses the panes; keep the focus where the user is (the list, a button)
        Node focused = node.getScene() == null ? null : node.getScene().getFocusOwner();
        for (DocumentView view : shown) {
            view.reveal(d.start(), d.end());
        }
        if (focused != null) {
            focused.requestFocus();
        }
    }

    private void showPanes(long documentId) {
        if (documentId == shownDocument && shown.size() == 2) {
            return;
        }
        clearPanes();
        shownDocument = documentId;
        shownDocumentText = workspace.session().documents().text(documentId);
        for (String coder : List.of(model.coderA(), model.coderB())) {
            DocumentView view = documentViews.create(context, documentId, workspace.session().coders().get(coder).id());
            shown.add(view);
            Label heading = new Label(coder);
            heading.getStyleClass().add("comparison-heading");
            // selecting text in either pane sets the extent to accept (in code points)
            view.onSelect(span -> {
                extentStart.getValueFactory().setValue(span.start());
                extentEnd.getValueFactory().setValue(span.end());
            });
            VBox pane = new VBox(4, heading, view.node());
            VBox.setVgrow(view.node(), Priority.ALWAYS);
            panes.getItems().add(pane);
        }
        ScrollInStep.link(shown.get(0), shown.get(1));
    }

    private void clearPanes() {
        shown.forEach(DocumentView::dispose);
        shown.clear();
        panes.getItems().clear();
        shownDocument = -1;
        shownDocumentText = null;
    }

    private void showExtentText() {
        if (shownDocumentText == null) {
            extentText.setText("");
            return;
        }
        extentText.setText("“" + ComparisonModel.excerpt(shownDocumentText, extentStart.getValue(), extentEnd.getValue())
                .replace('\n', ' ') + "”");
    }

    // --- deciding ------------------------------------------------------------------------------

    private void decide(Choice choice, String coder) {
        var row = model.current();
        if (row.isEmpty() || workspace == null) {
            return;
        }
        TextSpan extent = null;
        if (choice == Choice.EXTENT) {
            int start = extentStart.getValue();
            int end = extentEnd.getValue();
            if (end <= start) {
                context.showError("The extent's end must be after its start (" + start + ", " + end + ").");
                return;
            }
            extent = new TextSpan(start, end);
        }
        boolean newConsensus = workspace.session().coders().find(model.consensus()).isEmpty();
        AdjudicateSpan command = new AdjudicateSpan(studies,
                model.request(choice, coder, extent, note.getText(), workspace.coderName()), row.get().disagreement().documentId());
        try {
            workspace.execute(command);
        } catch (GlossException e) {
            context.showError(e.getMessage());
            return;
        }
        model.advanceAfterReload(); // the reload the decision caused is shown later, on this thread
        note.clear();
        context.showStatus("Decided: " + command.label() + " → " + model.consensus());
        if (newConsensus) {
            workspace.changed(Change.of(Change.Kind.CODERS));
        }
    }
}
