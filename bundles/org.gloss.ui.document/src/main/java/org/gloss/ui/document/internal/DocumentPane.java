package org.gloss.ui.document.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.gloss.api.error.GlossException;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.MemoTarget;
import org.gloss.ui.workbench.api.CodeTransfer;
import org.gloss.ui.workbench.api.DocumentView;
import org.gloss.ui.workbench.api.KeyboardShortcuts;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.api.WorkbenchPreferences;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.RemoveCoding;
import org.gloss.ui.workbench.model.UpdateCoding;
import org.gloss.ui.workbench.model.Workspace;
import org.gloss.ui.workbench.model.WorkspaceListener;

/**
 * One document, read-only, with its codings as highlights and the coding-stripe margin. Coding
 * happens here: select text (a mouse selection snaps to whole words unless Alt is held or the
 * preference is off; keyboard selections stay exact), then the quick-code popup, a recent-code
 * hotkey (Ctrl+1..9) or a code dropped from the codebook. A click on a highlight lists its codings
 * (recode, change extent, remove); a double-click selects a word and opens only the popup. Every
 * gesture has keys (bound through the workbench's {@link KeyboardShortcuts}, which lists them in
 * Help): selecting by word, sentence and paragraph, coding, the codings at the caret (Shift+F10),
 * zoom. Hovering a highlight lists its codes and coders. The view redraws after each change the
 * store has made (from the change itself, or by reading the store again), so what it shows is
 * what is stored.
 */
final class DocumentPane implements DocumentView {
    static final String AREA = "Document";
    /** How long a click waits for a second click before it lists the codings under it. */
    private static final Duration DOUBLE_CLICK_WAIT = Duration.millis(280);

    private final WorkbenchContext context;
    private final Workspace workspace;
    private final WorkbenchPreferences preferences;
    private final long documentId;
    private final Long onlyCoderId;
    private final TextPositions positions;
    private final InlineCssTextArea area;
    private final BorderPane node = new BorderPane();
    private final Label header = new Label();
    private final QuickCodePopup quickCode = new QuickCodePopup();
    private final CodingsAtPointer hover;
    private final WorkspaceListener listener = this::changed;
    private final CodingHighlights highlights;
    private final PauseTransition pendingClick = new PauseTransition(DOUBLE_CLICK_WAIT);
    private final List<Runnable> unbind = new java.util.ArrayList<>();
    private ContextMenu codingsMenu;
    private Coding extentBeingChanged;
    private final String documentName;
    private boolean exactSelection;

    DocumentPane(WorkbenchContext context, long documentId, Long onlyCoderId) {
        this.context = context;
        this.workspace = context.workspace();
        this.preferences = context.preferences();
        this.documentId = documentId;
        this.onlyCoderId = onlyCoderId;
        String text = workspace.session().documents().text(documentId);
        this.positions = new TextPositions(text);
        this.documentName = workspace.session().documents().byId(documentId).map(Document::name).orElse("");
        this.area = new InlineCssTextArea(text);
        area.setId("document-text");
        area.getProperties().put(DocumentPane.class, this); // tests find the view through its text
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("document-text");
        area.setAccessibleRole(AccessibleRole.TEXT_AREA);
        area.setAccessibleText("Text of document " + documentName);
        area.setAccessibleHelp("Select with Shift and the arrows, Ctrl+Shift+S for the sentence, Ctrl+Shift+P for the "
                + "paragraph; Ctrl+K codes the selection; Shift+F10 lists the codings at the caret");
        // the caret shows while the text has the focus, so that keyboard users see where they are
        area.showCaretProperty().bind(javafx.beans.binding.Bindings.when(area.focusedProperty())
                .then(Caret.CaretVisibility.ON).otherwise(Caret.CaretVisibility.OFF));
        followFont();
        node.setCenter(new VirtualizedScrollPane<>(area));
        header.getStyleClass().add("document-header");
        header.setId("document-header");
        node.setTop(header);
        node.getStylesheets().add(DocumentPane.class.getResource("document.css").toExternalForm());
        // read-only: RichTextFX's own undo would only record (and keep) every restyle
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        this.highlights = new CodingHighlights(area, positions, workspace.codes(), visibleCodings());
        highlights.coders(coderNames());
        highlights.stripesByCoder(preferences.stripes().get() == WorkbenchPreferences.Stripes.PER_CODER, allCodings());
        javafx.beans.value.ChangeListener<WorkbenchPreferences.Stripes> stripes = (o, was, now) ->
                highlights.stripesByCoder(now == WorkbenchPreferences.Stripes.PER_CODER, allCodings());
        preferences.stripes().addListener(stripes);
        unbind.add(() -> preferences.stripes().removeListener(stripes));
        highlights.tint(preferences.darkTheme().get() ? CodingStyles.Tint.DARK : CodingStyles.Tint.LIGHT);
        javafx.beans.value.ChangeListener<Boolean> theme = (o, was, dark) ->
                highlights.tint(dark ? CodingStyles.Tint.DARK : CodingStyles.Tint.LIGHT);
        preferences.darkTheme().addListener(theme);
        unbind.add(() -> preferences.darkTheme().removeListener(theme));
        this.hover = new CodingsAtPointer(area, positions, highlights, workspace);
        updateHeader();
        area.moveTo(0);
        workspace.addListener(listener);
        installMouseGestures();
        bindKeys(context.shortcuts());
    }

    /** The document text in the preferred font and size; Ctrl+plus/minus/0 change the size of every open document. */
    private void followFont() {
        Runnable apply = () -> area.setStyle("-fx-font-family: \"" + preferences.textFont().get().replace("\"", "") + "\"; "
                + "-fx-font-size: " + preferences.textSize().get() + "px;");
        apply.run();
        javafx.beans.InvalidationListener changed = o -> apply.run();
        preferences.textFont().addListener(changed);
        preferences.textSize().addListener(changed);
        unbind.add(() -> {
            preferences.textFont().removeListener(changed);
            preferences.textSize().removeListener(changed);
        });
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public long documentId() {
        return documentId;
    }

    InlineCssTextArea area() {
        return area;
    }

    CodingHighlights highlights() {
        return highlights;
    }

    CodingsAtPointer hover() {
        return hover;
    }

    @Override
    public void reveal(int start, int end) {
        area.selectRange(positions.toIndex(start), positions.toIndex(end));
        area.showParagraphAtTop(Math.max(0, area.getCurrentParagraph() - 2));
        area.requestFocus();
    }

    @Override
    public int topParagraph() {
        // before the first layout no paragraph is visible and RichTextFX refuses to map indices
        return area.getVisibleParagraphs().isEmpty() ? 0 : area.firstVisibleParToAllParIndex();
    }

    @Override
    public void showParagraphAtTop(int paragraph) {
        area.showParagraphAtTop(Math.max(0, Math.min(paragraph, area.getParagraphs().size() - 1)));
    }

    @Override
    public void onScroll(Runnable listener) {
        area.estimatedScrollYProperty().addListener((o, was, now) -> listener.run());
    }

    @Override
    public void onSelect(java.util.function.Consumer<org.gloss.model.TextSpan> listener) {
        area.selectionProperty().addListener((o, was, now) -> {
            if (now.getLength() > 0) {
                listener.accept(new org.gloss.model.TextSpan(positions.toOffset(now.getStart()), positions.toOffset(now.getEnd())));
            }
        });
    }

    @Override
    public java.util.Optional<org.gloss.model.TextSpan> selectedSpan() {
        var selection = area.getSelection();
        return selection.getLength() == 0 ? java.util.Optional.empty() : java.util.Optional.of(
                new org.gloss.model.TextSpan(positions.toOffset(selection.getStart()), positions.toOffset(selection.getEnd())));
    }

    @Override
    public void markSearchHits(List<org.gloss.model.TextSpan> hits) {
        List<int[]> extents = hits.stream().map(h -> new int[] {positions.toIndex(h.start()), positions.toIndex(h.end())}).toList();
        highlights.markSearchHits(extents);
        updateHeader();
    }

    /** F3 / Shift+F3: selects the next / previous search hit after / before the selection, wrapping around. */
    void revealSearchHit(boolean forward) {
        SearchMarks marks = highlights.searchMarks();
        IndexRange selection = area.getSelection();
        java.util.OptionalInt mark = forward ? marks.next(selection.getLength() > 0 ? selection.getStart() + 1 : area.getCaretPosition())
                : marks.previous(selection.getLength() > 0 ? selection.getStart() : area.getCaretPosition());
        if (mark.isEmpty()) {
            context.showStatus("No search hits are marked in this document (search in the Search view first)");
            return;
        }
        int[] extent = marks.get(mark.getAsInt());
        area.selectRange(extent[0], extent[1]);
        area.requestFollowCaret();
        context.showStatus("Search hit " + (mark.getAsInt() + 1) + " of " + marks.size() + " (F3 next, Shift+F3 previous)");
    }

    @Override
    public void dispose() {
        workspace.removeListener(listener);
        unbind.forEach(Runnable::run);
        pendingClick.stop();
        quickCode.hide();
        hover.hide();
        if (codingsMenu != null) {
            codingsMenu.hide();
        }
    }

    // --- drawing -------------------------------------------------------------------------------

    private void changed(Change change) {
        if (change.kind() == Change.Kind.CODERS || change.kind() == Change.Kind.CURRENT_CODER) {
            highlights.coders(coderNames());
            updateHeader();
            return;
        }
        if (!change.affectsCodingsOf(documentId)) {
            return;
        }
        if (change.kind() == Change.Kind.CODINGS && change.hasDelta()) {
            // a command's exact change: no need to read all codings again
            highlights.apply(change.removed(), change.added().stream().filter(this::shows).toList());
        } else if (change.kind() == Change.Kind.CODINGS || change.kind() == Change.Kind.FILTER) {
            highlights.showOnly(visibleCodings());
        } else {
            highlights.codebookChanged(workspace.codes(), visibleCodings());
        }
        if (change.kind() != Change.Kind.FILTER) {
            highlights.reserve(allCodings());
        }
        updateHeader();
    }

    private boolean shows(Coding coding) {
        if (coding.documentId() != documentId) {
            return false;
        }
        return onlyCoderId == null ? workspace.filters().shows(coding)
                : coding.coderId() == onlyCoderId && workspace.filters().showsCode(coding.codeId());
    }

    private List<Coding> allCodings() {
        List<Coding> all = workspace.session().codings().list(org.gloss.api.store.CodingFilter.document(documentId));
        return onlyCoderId == null ? all : all.stream().filter(c -> c.coderId() == onlyCoderId).toList();
    }

    private List<Coding> visibleCodings() {
        if (onlyCoderId == null) {
            return workspace.visibleCodings(documentId);
        }
        return allCodings().stream().filter(c -> workspace.filters().showsCode(c.codeId())).toList();
    }

    private Map<Long, String> coderNames() {
        Map<Long, String> names = new HashMap<>();
        workspace.coders().forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    private void updateHeader() {
        String who = onlyCoderId == null ? "coding as " + workspace.coderName()
                : "codings of " + workspace.coders().stream().filter(c -> c.id() == onlyCoderId).map(Coder::name).findFirst().orElse("?");
        int hits = highlights.searchMarks().size();
        String marked = hits == 0 ? "" : " — " + hits + (hits == 1 ? " search hit" : " search hits") + " marked (F3)";
        int shown = highlights.size();
        header.setText(documentName + " — " + shown + (shown == 1 ? " coding" : " codings") + " shown — " + who + marked);
    }

    // --- coding gestures -----------------------------------------------------------------------

    private void installMouseGestures() {
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                exactSelection = e.isAltDown() || !preferences.snapToWords().get();
                if (e.getClickCount() >= 2) {
                    pendingClick.stop(); // the first click's codings list is not wanted: a word is being selected
                }
            }
        });
        area.setOnMouseReleased(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (area.getSelection().getLength() > 0) {
                pendingClick.stop();
                if (codingsMenu != null) {
                    codingsMenu.hide();
                }
                if (!exactSelection) {
                    snapSelectionToWords();
                }
                if (extentBeingChanged == null) {
                    showQuickCode(e.getScreenX(), e.getScreenY() + 12);
                }
            } else if (e.isStillSincePress() && e.getClickCount() == 1) {
                double x = e.getScreenX();
                double y = e.getScreenY();
                pendingClick.setOnFinished(done -> showCodingsAtCaret(x, y));
                pendingClick.playFromStart();
            }
        });
        // the pointer leaving the text, or a code dragged over it, ends the codings-at-pointer popup
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.hide());
        area.addEventHandler(javafx.scene.input.DragEvent.DRAG_ENTERED, e -> hover.hide());
        area.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(CodeTransfer.CODE_ID) && area.getSelection().getLength() > 0) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY_OR_MOVE);
                e.consume();
            }
        });
        area.setOnDragDropped(e -> {
            Object id = e.getDragboard().getContent(CodeTransfer.CODE_ID);
            if (id instanceof Long codeId) {
                workspace.code(codeId).ifPresent(code -> applyToSelection(code.name()));
                e.setDropCompleted(true);
                e.consume();
            }
        });
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            if (e.getScreenPosition() != null) { // null when the area left the screen before the delay ran out
                hover.show(e.getCharacterIndex(), e.getScreenPosition());
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
    }

    /** Grows the selection to whole words (a mouse selection), as {@link TextSelections#snapToWords} says. */
    void snapSelectionToWords() {
        IndexRange selection = area.getSelection();
        int[] snapped = TextSelections.snapToWords(positions.text(), selection.getStart(), selection.getEnd());
        if (snapped[0] != selection.getStart() || snapped[1] != selection.getEnd()) {
            area.selectRange(snapped[0], snapped[1]);
        }
    }

    private void bindKeys(KeyboardShortcuts keys) {
        keys.bind(area, AREA, "Shortcut+K", "Code the selection: the quick-code popup", () -> {
            Bounds caret = area.getCaretBounds().orElse(null);
            if (area.getSelection().getLength() == 0) {
                context.showStatus("Select text first (Shift+arrows, Ctrl+Shift+S for the sentence)");
            } else if (caret != null) {
                showQuickCode(caret.getMinX(), caret.getMaxY());
            }
        });
        for (int n = 1; n <= 9; n++) {
            int recent = n - 1;
            keys.bind(area, AREA, "Shortcut+" + n, "Apply recently used code " + n + " to the selection", () -> {
                List<Code> codes = workspace.recentCodes();
                if (recent < codes.size()) {
                    applyToSelection(codes.get(recent).name());
                }
            });
        }
        keys.bind(area, AREA, "Shift+F10", "List the codings at the caret: show memo, recode, change extent, remove",
                this::showCodingsAtCaretFromKeys);
        keys.bind(area, AREA, "Context Menu", "List the codings at the caret (the menu key)", this::showCodingsAtCaretFromKeys);
        keys.bind(area, AREA, "F3", "Select the next search hit", () -> revealSearchHit(true));
        keys.bind(area, AREA, "Shift+F3", "Select the previous search hit", () -> revealSearchHit(false));
        keys.bind(area, AREA, "Shortcut+Shift+Right", "Extend the selection to the end of the next word", () -> extend(true));
        keys.bind(area, AREA, "Shortcut+Shift+Left", "Extend the selection back to the start of the previous word", () -> extend(false));
        keys.bind(area, AREA, "Shortcut+Shift+S", "Select the sentence at the caret", () -> selectAround(TextSelections::sentence));
        keys.bind(area, AREA, "Shortcut+Shift+P", "Select the paragraph at the caret", () -> selectAround(TextSelections::paragraph));
        keys.bind(area, AREA, "Shortcut+Shift+Down", "Extend the selection to the end of the next sentence", this::extendBySentence);
        keys.bind(area, AREA, "Shortcut+Plus", "Larger text (all documents)", preferences::zoomIn);
        keys.bind(area, AREA, "Shortcut+Equals", "Larger text (all documents)", preferences::zoomIn);
        keys.bind(area, AREA, "Shortcut+Add", "Larger text (all documents)", preferences::zoomIn);
        keys.bind(area, AREA, "Shortcut+Minus", "Smaller text (all documents)", preferences::zoomOut);
        keys.bind(area, AREA, "Shortcut+Subtract", "Smaller text (all documents)", preferences::zoomOut);
        keys.bind(area, AREA, "Shortcut+0", "Text size back to the default", preferences::resetZoom);
        keys.bind(area, AREA, "Enter", "Finish changing a coding's extent (after Change extent…)", () -> {
            if (extentBeingChanged == null) {
                return false;
            }
            finishExtentChange();
            return true;
        });
        keys.bind(area, AREA, "Esc", "Cancel changing a coding's extent", () -> {
            if (extentBeingChanged == null) {
                return false;
            }
            extentBeingChanged = null;
            context.showStatus("Extent change cancelled");
            return true;
        });
    }

    /** Moves the selection's moving end to the next word end (forward) or previous word start; the anchor stays. */
    private void extend(boolean forward) {
        String text = positions.text();
        int anchor = area.getAnchor();
        int caret = area.getCaretPosition();
        int to = forward ? TextSelections.nextWordEnd(text, caret) : TextSelections.previousWordStart(text, caret);
        area.selectRange(anchor, to);
        area.requestFollowCaret();
    }

    private void extendBySentence() {
        String text = positions.text();
        IndexRange selection = area.getSelection();
        int from = selection.getLength() > 0 ? selection.getStart() : TextSelections.sentence(text, area.getCaretPosition())[0];
        int at = selection.getLength() > 0 ? selection.getEnd() : area.getCaretPosition();
        // past the white space after the selection, into the next sentence
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int to = TextSelections.sentence(text, Math.min(at, Math.max(0, text.length() - 1)))[1];
        area.selectRange(from, Math.max(to, selection.getEnd()));
        area.requestFollowCaret();
    }

    private void selectAround(java.util.function.BiFunction<String, Integer, int[]> unit) {
        int[] span = unit.apply(positions.text(), area.getCaretPosition());
        if (span[1] > span[0]) {
            area.selectRange(span[0], span[1]);
            area.requestFollowCaret();
        }
    }

    void showQuickCode(double screenX, double screenY) {
        if (area.getSelection().getLength() == 0 || onlyCoderId != null && !onlyCoderIsCurrentCoder()) {
            return;
        }
        hover.hide();
        IndexRange selection = area.getSelection();
        quickCode.show(area, screenX, screenY, workspace.codes(), name -> {
            area.selectRange(selection.getStart(), selection.getEnd());
            applyToSelection(name);
        });
    }

    private boolean onlyCoderIsCurrentCoder() {
        return workspace.coders().stream().anyMatch(c -> c.id() == onlyCoderId && c.name().equals(workspace.coderName()));
    }

    boolean quickCodeShowing() {
        return quickCode.isShowing();
    }

    boolean codingsMenuShowing() {
        return codingsMenu != null && codingsMenu.isShowing();
    }

    List<QuickCodePopup.Entry> quickCodeEntries() {
        return quickCode.entries();
    }

    /** Codes the selection with the named code (created if new) as the current coder. */
    void applyToSelection(String codeName) {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            context.showStatus("Select text first");
            return;
        }
        int start = positions.toOffset(selection.getStart());
        int end = positions.toOffset(selection.getEnd());
        if (end <= start) {
            return;
        }
        try {
            workspace.applyCode(documentId, codeName, start, end);
            context.showStatus("Coded " + workspace.places(documentId).describe(start) + " as '" + codeName + "' ("
                    + workspace.coderName() + ")");
        } catch (GlossException ex) {
            context.showError(ex.getMessage());
        }
    }

    private void showCodingsAtCaretFromKeys() {
        Bounds caret = area.getCaretBounds().orElse(null);
        if (caret == null || !showCodingsAtCaret(caret.getMinX(), caret.getMaxY())) {
            context.showStatus("No coding at the caret");
        }
    }

    /** The codings drawn at the caret, as a menu: see, recode, change extent, remove. False when there are none. */
    private boolean showCodingsAtCaret(double screenX, double screenY) {
        // a selection just coded leaves the caret after its last character: look at the selection's
        // start, else at the caret, else at the character before it
        IndexRange selection = area.getSelection();
        int at = positions.toOffset(selection.getLength() > 0 ? selection.getStart() : area.getCaretPosition());
        List<Coding> here = codingsAt(at);
        if (here.isEmpty() && selection.getLength() == 0 && at > 0) {
            here = codingsAt(at - 1);
        }
        if (here.isEmpty()) {
            return false;
        }
        if (codingsMenu != null) {
            codingsMenu.hide();
        }
        hover.hide();
        ContextMenu menu = new ContextMenu();
        menu.setId("codings-menu");
        Set<String> seen = new HashSet<>();
        for (Coding coding : here) {
            String code = workspace.code(coding.codeId()).map(Code::name).orElse("?");
            String coder = workspace.coders().stream().filter(c -> c.id() == coding.coderId()).map(Coder::name).findFirst().orElse("?");
            String title = code + " — " + coder + " (" + workspace.places(documentId).describe(coding.start())
                    + (coding.memo() == null || coding.memo().isBlank() ? "" : ", with memo") + ")";
            if (!seen.add(title + coding.id())) {
                continue;
            }
            javafx.scene.control.Menu entry = new javafx.scene.control.Menu(title);
            entry.setMnemonicParsing(false);
            MenuItem select = new MenuItem("Select and show memo");
            select.setOnAction(a -> {
                area.selectRange(positions.toIndex(coding.start()), positions.toIndex(coding.end()));
                context.selectionProperty().set(new Selection(MemoTarget.CODING, coding.id(), "coding '" + code + "' by " + coder));
            });
            javafx.scene.control.Menu recode = new javafx.scene.control.Menu("Recode as");
            for (Code other : workspace.codes()) {
                if (other.id() != coding.codeId()) {
                    MenuItem item = new MenuItem(other.name());
                    item.setMnemonicParsing(false); // a code named "debt_2" keeps its underscore
                    item.setOnAction(a -> run(UpdateCoding.recode(coding, other.id(), other.name())));
                    recode.getItems().add(item);
                }
            }
            MenuItem extent = new MenuItem("Change extent…");
            extent.setOnAction(a -> {
                extentBeingChanged = coding;
                area.selectRange(positions.toIndex(coding.start()), positions.toIndex(coding.end()));
                context.showStatus("Select the new extent of '" + code + "' and press Enter (Escape cancels)");
            });
            MenuItem remove = new MenuItem("Remove");
            remove.setOnAction(a -> run(new RemoveCoding(coding)));
            entry.getItems().addAll(select, recode, extent, remove);
            menu.getItems().add(entry);
        }
        codingsMenu = menu;
        menu.show(area, screenX, screenY);
        return true;
    }

    private List<Coding> codingsAt(int offset) {
        return highlights.codings().stream().filter(c -> c.start() <= offset && offset < c.end())
                .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    }

    private void finishExtentChange() {
        IndexRange selection = area.getSelection();
        Coding coding = extentBeingChanged;
        extentBeingChanged = null;
        if (selection.getLength() == 0) {
            return;
        }
        run(UpdateCoding.extent(coding, positions.toOffset(selection.getStart()), positions.toOffset(selection.getEnd())));
    }

    private void run(org.gloss.ui.workbench.model.UndoableCommand command) {
        try {
            workspace.execute(command);
            context.showStatus("Done: " + command.label());
        } catch (GlossException ex) {
            context.showError(ex.getMessage());
        }
    }
}
