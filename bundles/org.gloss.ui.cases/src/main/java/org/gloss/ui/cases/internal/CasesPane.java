package org.gloss.ui.cases.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.gloss.core.cases.SpeakerCases;
import org.gloss.model.CaseMember;
import org.gloss.model.Document;
import org.gloss.model.TextSpan;
import org.gloss.ui.workbench.api.DocumentTransfer;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;

/**
 * The Cases &amp; Sets view: a tree of the cases (members, coded segments) and the sets (listed
 * documents, or a smart set's condition and the documents it matches now), the buttons and the
 * context menu that change them, documents dropped from the documents view, and the editor of the
 * selected set's condition.
 */
final class CasesPane extends BorderPane {
    static final String AREA = "Cases & Sets";

    private final WorkbenchContext context;
    private final CaseEdits edits;
    private final Prompts prompts;
    private final TreeView<Entry> tree = new TreeView<>();
    private final Label details = new Label();
    private final ConditionField condition;
    private final Button applyCondition = new Button("Apply condition");
    private final VBox conditionBox;
    private CaseSetSnapshot snapshot = CaseSetSnapshot.empty();

    CasesPane(WorkbenchContext context) {
        this.context = context;
        this.edits = new CaseEdits(context);
        this.prompts = new Prompts(context::window);
        setId("cases-view");
        tree.setId("cases-tree");
        tree.setShowRoot(false);
        tree.setAccessibleText("Cases and sets");
        tree.setAccessibleHelp("Cases with their members and sets with their documents. Drop documents on a case or set; "
                + "F2 renames, Delete removes, the context menu (Shift+F10) has the other commands");
        tree.setCellFactory(t -> new EntryCell());
        tree.setContextMenu(new ContextMenu());
        tree.getContextMenu().setOnShowing(e -> tree.getContextMenu().getItems().setAll(menuItems()));
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showDetails());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2) {
                rename();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                reveal();
                e.consume();
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                reveal();
            }
        });
        context.shortcuts().bind(tree, AREA, "Shortcut+Shift+A", "Add the document's selected text to the selected case",
                this::addSelection);
        context.shortcuts().bind(tree, AREA, "Shortcut+Shift+D", "Add documents to the selected case or set", this::addDocuments);

        condition = new ConditionField("set-condition", () -> snapshot.documents());
        applyCondition.setId("set-condition-apply");
        applyCondition.disableProperty().bind(condition.validProperty().not());
        applyCondition.setOnAction(e -> applyCondition());
        condition.field().setOnAction(e -> {
            if (condition.validProperty().get()) {
                applyCondition();
            }
        });
        applyCondition.setMinWidth(Button.USE_PREF_SIZE);
        Label conditionLabel = new Label("Condition of the smart set");
        conditionLabel.setLabelFor(condition.field());
        conditionBox = new VBox(4, conditionLabel, condition, applyCondition);
        details.setId("cases-details");
        details.setWrapText(true);
        details.setMinHeight(Label.USE_PREF_SIZE);
        VBox bottom = new VBox(6, details, conditionBox);
        bottom.setPadding(new Insets(4));

        setTop(toolBar());
        setCenter(tree);
        setBottom(bottom);
        showDetails();
        WorkspaceFollower.follow(context, EnumSet.of(Change.Kind.CASES, Change.Kind.DOCUMENTS, Change.Kind.CODINGS,
                Change.Kind.CODEBOOK, Change.Kind.PROJECT), this::refresh);
    }

    private FlowPane toolBar() {
        Button newCase = button("cases-new-case", "New case…", "Make a case (a person, a site) to add documents and passages to",
                this::newCase);
        Button newSet = button("cases-new-set", "New set…", "Make a set listing documents", this::newSet);
        Button newSmartSet = button("cases-new-smart-set", "Smart set…",
                "Make a set of the documents whose attributes meet a condition", this::newSmartSet);
        Button fromSpeakers = button("cases-from-speakers", "From speakers…",
                "Make one case per speaker of transcripts, holding the speaker's turns", this::fromSpeakers);
        FlowPane bar = new FlowPane(4, 4, newCase, newSet, newSmartSet, fromSpeakers);
        bar.setPadding(new Insets(4));
        return bar;
    }

    private static Button button(String id, String text, String help, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setTooltip(new Tooltip(help));
        button.setAccessibleHelp(help);
        button.setOnAction(e -> action.run());
        return button;
    }

    void refresh() {
        Workspace workspace = context.workspace();
        Entry selected = selected().orElse(null);
        snapshot = workspace == null ? CaseSetSnapshot.empty() : CaseSetSnapshot.read(workspace.session());
        TreeItem<Entry> root = CaseSetTree.build(snapshot, (document, offset) -> workspace.places(document).describe(offset));
        List<Long> expanded = expandedOwners();
        tree.setRoot(root);
        for (TreeItem<Entry> group : root.getChildren()) {
            for (TreeItem<Entry> item : group.getChildren()) {
                item.setExpanded(expanded.contains(item.getValue().ownerId() * 2 + (item.getValue().isCase() ? 0 : 1)));
            }
        }
        if (selected != null) {
            select(selected);
        }
        condition.check();
        showDetails();
    }

    private List<Long> expandedOwners() {
        List<Long> expanded = new ArrayList<>();
        if (tree.getRoot() != null) {
            for (TreeItem<Entry> group : tree.getRoot().getChildren()) {
                for (TreeItem<Entry> item : group.getChildren()) {
                    if (item.isExpanded()) {
                        expanded.add(item.getValue().ownerId() * 2 + (item.getValue().isCase() ? 0 : 1));
                    }
                }
            }
        }
        return expanded;
    }

    /** Selects the row equal to this one, else its case or set. */
    private void select(Entry entry) {
        for (TreeItem<Entry> group : tree.getRoot().getChildren()) {
            for (TreeItem<Entry> item : group.getChildren()) {
                Entry owner = item.getValue();
                if (owner.ownerId() != entry.ownerId() || owner.isCase() != (entry.isCase() || entry.kind() == Entry.Kind.CASE_MEMBER)) {
                    continue;
                }
                TreeItem<Entry> match = item;
                for (TreeItem<Entry> child : item.getChildren()) {
                    if (child.getValue().kind() == entry.kind() && child.getValue().documentId() == entry.documentId()
                            && Objects.equals(child.getValue().member(), entry.member())) {
                        match = child;
                    }
                }
                tree.getSelectionModel().select(match);
                return;
            }
        }
    }

    Optional<Entry> selected() {
        TreeItem<Entry> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? Optional.empty() : Optional.of(item.getValue());
    }

    private Optional<CaseSetSnapshot.CaseRow> selectedCase() {
        return selected().filter(e -> e.isCase() || e.kind() == Entry.Kind.CASE_MEMBER)
                .flatMap(e -> snapshot.cases().stream().filter(c -> c.value().id() == e.ownerId()).findFirst());
    }

    private Optional<CaseSetSnapshot.SetRow> selectedSet() {
        return selected().filter(e -> e.isSet() || e.kind() == Entry.Kind.SET_DOCUMENT || e.kind() == Entry.Kind.CONDITION)
                .flatMap(e -> snapshot.sets().stream().filter(s -> s.value().id() == e.ownerId()).findFirst());
    }

    private void showDetails() {
        Optional<CaseSetSnapshot.CaseRow> c = selectedCase();
        Optional<CaseSetSnapshot.SetRow> s = selectedSet();
        boolean smart = s.isPresent() && s.get().value().isSmart();
        conditionBox.setVisible(smart);
        conditionBox.setManaged(smart);
        if (c.isPresent()) {
            String description = c.get().value().description();
            details.setText(c.get().value().name() + " — " + CaseSetTree.caseCounts(c.get()) + (description.isEmpty() ? "" : "\n" + description));
        } else if (s.isPresent()) {
            String description = s.get().value().description();
            details.setText(s.get().value().name() + " — " + CaseSetTree.setCounts(s.get()) + (description.isEmpty() ? "" : "\n" + description));
            if (smart && !Objects.equals(conditionOwner, s.get().value().id())) {
                conditionOwner = s.get().value().id();
                condition.setText(s.get().value().condition());
            }
        } else {
            details.setText(snapshot.cases().isEmpty() && snapshot.sets().isEmpty()
                    ? "No cases or sets yet: make one with the buttons above, then drop documents on it." : "");
        }
        if (!smart) {
            conditionOwner = null;
        }
    }

    private Long conditionOwner;

    private List<MenuItem> menuItems() {
        List<MenuItem> items = new ArrayList<>();
        Optional<Entry> entry = selected();
        boolean onCase = selectedCase().isPresent();
        Optional<CaseSetSnapshot.SetRow> set = selectedSet();
        boolean onStaticSet = set.isPresent() && !set.get().value().isSmart();
        items.add(item("New case…", null, this::newCase));
        items.add(item("New set…", null, this::newSet));
        items.add(item("New smart set…", null, this::newSmartSet));
        items.add(item("Cases from speakers…", null, this::fromSpeakers));
        if (onCase || set.isPresent()) {
            items.add(new SeparatorMenuItem());
            items.add(item("Rename…", "F2", this::rename));
            items.add(item("Edit description…", null, this::describe));
        }
        if (onCase || onStaticSet) {
            items.add(item("Add documents…", "Shortcut+Shift+D", this::addDocuments));
        }
        if (onCase) {
            MenuItem selection = item("Add selection to case", "Shortcut+Shift+A", this::addSelection);
            selection.setDisable(context.currentTextSelection().isEmpty());
            items.add(selection);
        }
        if (entry.isPresent() && (entry.get().kind() == Entry.Kind.CASE_MEMBER || entry.get().kind() == Entry.Kind.SET_DOCUMENT
                && onStaticSet)) {
            items.add(item(entry.get().kind() == Entry.Kind.CASE_MEMBER ? "Remove member" : "Remove from set", "Delete", this::remove));
        } else if (onCase || set.isPresent()) {
            items.add(item(onCase ? "Delete case…" : "Delete set…", "Delete", this::remove));
        }
        return items;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        if (keys != null) {
            item.setAccelerator(KeyCombination.valueOf(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    void newCase() {
        prompts.name("New case", "Case name", "").ifPresent(name -> {
            if (edits.addCase(name, "")) {
                selectByName(true, name);
                context.showStatus("Added case '" + name + "'");
            }
        });
    }

    private void newSet() {
        prompts.name("New set", "Set name", "").ifPresent(name -> {
            if (edits.addStaticSet(name, "")) {
                selectByName(false, name);
                context.showStatus("Added set '" + name + "'");
            }
        });
    }

    private void newSmartSet() {
        prompts.smartSet(() -> snapshot.documents()).ifPresent(smart -> {
            if (edits.addSmartSet(smart.name(), "", smart.condition())) {
                selectByName(false, smart.name());
                context.showStatus("Added smart set '" + smart.name() + "'");
            }
        });
    }

    private void selectByName(boolean isCase, String name) {
        TreeItem<Entry> group = tree.getRoot().getChildren().get(isCase ? 0 : 1);
        group.getChildren().stream().filter(i -> i.getValue().text().equals(name)
                || !isCase && i.getValue().text().equals(name + " (smart)"))
                .findFirst().ifPresent(i -> {
                    tree.getSelectionModel().select(i);
                    tree.scrollTo(tree.getRow(i));
                });
    }

    private void rename() {
        selectedCase().ifPresentOrElse(c -> prompts.name("Rename case", "New name", c.value().name())
                        .filter(n -> !n.equals(c.value().name())).ifPresent(n -> edits.renameCase(c.value().id(), n)),
                () -> selectedSet().ifPresent(s -> prompts.name("Rename set", "New name", s.value().name())
                        .filter(n -> !n.equals(s.value().name())).ifPresent(n -> edits.renameSet(s.value().id(), n))));
    }

    private void describe() {
        selectedCase().ifPresentOrElse(c -> prompts.description("Description of case " + c.value().name(), c.value().description())
                        .ifPresent(d -> edits.describeCase(c.value().id(), d)),
                () -> selectedSet().ifPresent(s -> prompts.description("Description of set " + s.value().name(), s.value().description())
                        .ifPresent(d -> edits.describeSet(s.value().id(), d))));
    }

    /** Delete: a member or a set's document leaves it; a case or set is deleted after confirming (documents and codings stay). */
    private void remove() {
        Optional<Entry> entry = selected();
        if (entry.isEmpty()) {
            return;
        }
        Entry e = entry.get();
        switch (e.kind()) {
            case CASE_MEMBER -> edits.removeMember(e.ownerId(), e.member());
            case SET_DOCUMENT -> selectedSet().filter(s -> !s.value().isSmart())
                    .ifPresent(s -> edits.removeDocument(s.value().id(), e.documentId()));
            case CASE -> selectedCase().filter(c -> prompts.confirm("Delete case", "Delete case '" + c.value().name()
                    + "'? Its members and attributes go; its documents and codings stay."))
                    .ifPresent(c -> edits.removeCase(c.value().id()));
            case SET, SMART_SET -> selectedSet().filter(s -> prompts.confirm("Delete set", "Delete set '" + s.value().name()
                    + "'? Its documents stay."))
                    .ifPresent(s -> edits.removeSet(s.value().id()));
            default -> {
            }
        }
    }

    private void reveal() {
        selected().filter(e -> e.documentId() != 0).ifPresent(e -> {
            if (e.member() != null && !e.member().isWholeDocument()) {
                context.reveal(e.documentId(), e.member().span().start(), e.member().span().end());
            } else {
                context.openDocument(e.documentId());
            }
        });
    }

    private void addDocuments() {
        selectedCase().ifPresentOrElse(c -> {
            List<Document> chosen = prompts.documents("Add documents to case " + c.value().name(), snapshot.documents());
            addToCase(c.value().id(), chosen.stream().map(Document::id).toList());
        }, () -> selectedSet().ifPresent(s -> {
            if (s.value().isSmart()) {
                context.showStatus("A smart set holds the documents its condition matches; documents cannot be added to it");
                return;
            }
            List<Document> chosen = prompts.documents("Add documents to set " + s.value().name(), snapshot.documents());
            addToSet(s.value().id(), chosen.stream().map(Document::id).toList());
        }));
    }

    private void addToCase(long caseId, List<Long> documents) {
        if (documents.isEmpty()) {
            return;
        }
        int added = edits.addMembers(caseId, documents.stream().map(CaseMember::wholeDocument).toList());
        if (added >= 0) {
            context.showStatus("Added " + added + (added == 1 ? " document" : " documents") + " to the case");
        }
    }

    private void addToSet(long setId, List<Long> documents) {
        if (documents.isEmpty()) {
            return;
        }
        int added = edits.addDocuments(setId, documents);
        if (added >= 0) {
            context.showStatus("Added " + added + (added == 1 ? " document" : " documents") + " to the set");
        }
    }

    /** The text selected in the document in front becomes a range member of the selected case. */
    void addSelection() {
        Optional<CaseSetSnapshot.CaseRow> c = selectedCase();
        Optional<TextSpan> span = context.currentTextSelection();
        if (c.isEmpty()) {
            context.showStatus("Select a case to add the selected text to");
            return;
        }
        if (span.isEmpty() || context.currentDocument().isEmpty()) {
            context.showStatus("Select some text in a document first");
            return;
        }
        long document = context.currentDocument().getAsLong();
        int added = edits.addMembers(c.get().value().id(),
                List.of(CaseMember.range(document, span.get().start(), span.get().end())));
        if (added == 1) {
            context.showStatus("Added " + snapshot.documentName(document) + ", "
                    + context.workspace().places(document).describe(span.get().start()) + " to case '" + c.get().value().name() + "'");
        } else if (added == 0) {
            context.showStatus("The case already has this passage");
        }
    }

    private void fromSpeakers() {
        Workspace workspace = context.workspace();
        if (workspace == null) {
            return;
        }
        List<Document> transcripts = snapshot.documents().stream()
                .filter(d -> workspace.session().documents().turns(d.id()).stream().anyMatch(t -> !t.speaker().isBlank()))
                .toList();
        if (transcripts.isEmpty()) {
            context.showStatus("No document has speaker turns (import transcripts first)");
            return;
        }
        List<Document> chosen = prompts.documents("Cases from the speakers of these transcripts", transcripts);
        if (chosen.isEmpty()) {
            return;
        }
        SpeakerCases.Outcome outcome = edits.casesFromSpeakers(chosen);
        if (outcome != null) {
            context.showStatus("Cases from speakers: " + outcome.created().size() + " new case(s), "
                    + outcome.addedTurns() + " turn(s) added" + (outcome.skipped() == 0 ? "" : ", "
                    + outcome.skipped() + " turn(s) without a speaker left out"));
        }
    }

    private void applyCondition() {
        selectedSet().filter(s -> s.value().isSmart()).ifPresent(s -> {
            if (!condition.text().equals(s.value().condition()) && edits.setCondition(s.value().id(), condition.text())) {
                context.showStatus("Set '" + s.value().name() + "' now holds the documents where " + condition.text());
            }
        });
    }

    /** A row; a case or a static set takes documents dropped from the documents view. */
    private final class EntryCell extends TreeCell<Entry> {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox lines = new VBox(0, name, detail);

        EntryCell() {
            setMnemonicParsing(false);
            name.setMnemonicParsing(false);
            detail.setMnemonicParsing(false);
            // names are elided in a narrow panel rather than pushing the tree into a horizontal scroll bar
            name.setMinWidth(20);
            name.setPrefWidth(40);
            name.setMaxWidth(Double.MAX_VALUE);
            detail.setMinWidth(20);
            detail.setPrefWidth(40);
            detail.setMaxWidth(Double.MAX_VALUE);
            // dimmed, not recoloured, so that it stays readable on the selection colour too
            detail.setStyle("-fx-font-size: 0.9em;");
            detail.setOpacity(0.75);
            lines.setMinWidth(0);
            setOnDragOver(e -> {
                if (getItem() != null && e.getDragboard().hasContent(DocumentTransfer.DOCUMENT_ID) && takesDocuments(getItem())) {
                    e.acceptTransferModes(TransferMode.COPY);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                Object dragged = e.getDragboard().getContent(DocumentTransfer.DOCUMENT_ID);
                boolean done = false;
                if (getItem() != null && dragged instanceof Long document && takesDocuments(getItem())) {
                    if (getItem().isCase()) {
                        addToCase(getItem().ownerId(), List.of(document));
                    } else {
                        addToSet(getItem().ownerId(), List.of(document));
                    }
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        private boolean takesDocuments(Entry entry) {
            return entry.isCase() || entry.kind() == Entry.Kind.SET;
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            name.setText(entry.text());
            name.setStyle(entry.kind() == Entry.Kind.CASES || entry.kind() == Entry.Kind.SETS ? "-fx-font-weight: bold;"
                    : entry.kind() == Entry.Kind.CONDITION ? "-fx-font-style: italic;" : "");
            detail.setText(entry.detail());
            detail.setVisible(!entry.detail().isEmpty());
            detail.setManaged(!entry.detail().isEmpty());
            setGraphic(lines);
            setAccessibleText(entry.spoken());
            setTooltip(entry.detail().isEmpty() && entry.text().length() < 30 ? null : new Tooltip(entry.summary()));
        }
    }
}
