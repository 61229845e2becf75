package org.gloss.ui.document.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.gloss.api.error.GlossException;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.MemoTarget;
import org.gloss.ui.workbench.api.CodeTransfer;
import org.gloss.ui.workbench.api.DocumentView;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.RemoveCoding;
import org.gloss.ui.workbench.model.UpdateCoding;
import org.gloss.ui.workbench.model.Workspace;
import org.gloss.ui.workbench.model.WorkspaceListener;

/**
 * One document, read-only, with its codings as highlights and the coding-stripe margin. Coding
 * happens here: select text, then the quick-code popup, a recent-code hotkey (Ctrl+1..9) or a
 * code dropped from the codebook; clicking a highlight offers recode, change extent and remove.
 * The view redraws from the store after each change, so what it shows is what is stored.
 */
final class DocumentPane implements DocumentView {
    private final WorkbenchContext context;
    private final Workspace workspace;
    private final long documentId;
    private final Long onlyCoderId;
    private final TextPositions positions;
    private final int[] paragraphStarts;
    private final InlineCssTextArea area;
    private final BorderPane node = new BorderPane();
    private final Label header = new Label();
    private final QuickCodePopup quickCode = new QuickCodePopup();
    private final WorkspaceListener listener = this::changed;
    /** The codings drawn now, by id, to restyle only what changed. */
    private Map<Long, Coding> drawn = new HashMap<>();
    private Map<Long, String> drawnColours = new HashMap<>();
    private Coding extentBeingChanged;
    private final String documentName;
    private final StripeMargin margin = new StripeMargin();

    DocumentPane(WorkbenchContext context, long documentId, Long onlyCoderId) {
        this.context = context;
        this.workspace = context.workspace();
        this.documentId = documentId;
        this.onlyCoderId = onlyCoderId;
        String text = workspace.session().documents().text(documentId);
        this.positions = new TextPositions(text);
        this.documentName = workspace.session().documents().byId(documentId).map(Document::name).orElse("");
        this.paragraphStarts = StripeIndex.paragraphStarts(text);
        this.area = new InlineCssTextArea(text);
        area.setId("document-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("document-text");
        area.setStyle("-fx-font-size: 14px;");
        node.setCenter(new VirtualizedScrollPane<>(area));
        header.getStyleClass().add("document-header");
        node.setTop(header);
        node.getStylesheets().add(DocumentPane.class.getResource("document.css").toExternalForm());
        redrawAll();
        area.setParagraphGraphicFactory(margin);
        area.moveTo(0);
        workspace.addListener(listener);
        installCodingGestures();
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
    public void dispose() {
        workspace.removeListener(listener);
        quickCode.hide();
    }

    // --- drawing -------------------------------------------------------------------------------

    private void changed(Change change) {
        if (change.affectsCodingsOf(documentId)) {
            if (change.kind() == Change.Kind.CODINGS && change.hasDelta()) {
                redrawDelta(change);
            } else if (change.kind() == Change.Kind.CODINGS) {
                redrawChanged();
            } else {
                redrawAll();
            }
        }
    }

    private boolean shows(Coding coding) {
        if (coding.documentId() != documentId) {
            return false;
        }
        return onlyCoderId == null ? workspace.filters().shows(coding)
                : coding.coderId() == onlyCoderId && workspace.filters().showsCode(coding.codeId());
    }

    /**
     * Applies a command's exact change (the codings as the store returned them) without reading
     * all codings again: the common case of coding a passage stays fast on long documents.
     */
    private void redrawDelta(Change change) {
        Map<Long, Coding> now = new HashMap<>(drawn);
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (Coding c : change.removed()) {
            Coding gone = now.remove(c.id());
            if (gone != null) {
                from = Math.min(from, gone.start());
                to = Math.max(to, gone.end());
            }
        }
        for (Coding c : change.added()) {
            if (shows(c)) {
                now.put(c.id(), c);
                from = Math.min(from, c.start());
                to = Math.max(to, c.end());
            }
        }
        List<Coding> codings = new ArrayList<>(now.values());
        if (to >= 0) {
            Map<Long, String> colours = colours();
            restyle(positions.toIndex(from), positions.toIndex(to), codings, colours);
            updateMargin(codings);
            drawnColours = colours;
        }
        drawn = now;
    }

    private List<Coding> visibleCodings() {
        List<Coding> visible = workspace.visibleCodings(documentId);
        if (onlyCoderId == null) {
            return visible;
        }
        return workspace.session().codings().list(org.gloss.api.store.CodingFilter.document(documentId)).stream()
                .filter(c -> c.coderId() == onlyCoderId && workspace.filters().showsCode(c.codeId())).toList();
    }

    private void redrawAll() {
        List<Coding> codings = visibleCodings();
        Map<Long, String> colours = colours();
        restyle(0, positions.text().length(), codings, colours);
        remember(codings, colours);
        updateMargin(codings);
    }

    /** Restyles only the text spanned by codings that were added, removed or changed. */
    private void redrawChanged() {
        List<Coding> codings = visibleCodings();
        Map<Long, String> colours = colours();
        Map<Long, Coding> now = new HashMap<>();
        codings.forEach(c -> now.put(c.id(), c));
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (Coding c : codings) {
            if (!c.equals(drawn.get(c.id()))) {
                from = Math.min(from, c.start());
                to = Math.max(to, c.end());
            }
        }
        for (Coding c : drawn.values()) {
            if (!now.containsKey(c.id())) {
                from = Math.min(from, c.start());
                to = Math.max(to, c.end());
            }
        }
        if (to >= 0) {
            restyle(positions.toIndex(from), positions.toIndex(to), codings, colours);
            updateMargin(codings);
        }
        remember(codings, colours);
    }

    private void remember(List<Coding> codings, Map<Long, String> colours) {
        Map<Long, Coding> byId = new HashMap<>();
        codings.forEach(c -> byId.put(c.id(), c));
        drawn = byId;
        drawnColours = colours;
    }

    private Map<Long, String> colours() {
        Map<Long, String> colours = new HashMap<>();
        for (Code code : workspace.codes()) {
            colours.put(code.id(), code.color());
        }
        return colours;
    }

    private List<CodingStyles.Extent> extents(List<Coding> codings) {
        List<CodingStyles.Extent> extents = new ArrayList<>(codings.size());
        for (Coding c : codings) {
            extents.add(new CodingStyles.Extent(positions.toIndex(c.start()), positions.toIndex(c.end()), c.codeId()));
        }
        return extents;
    }

    private void restyle(int from, int to, List<Coding> codings, Map<Long, String> colours) {
        if (to <= from) {
            return;
        }
        List<CodingStyles.Run> runs = new CodingStyles(colours).runs(from, to, extents(codings));
        StyleSpansBuilder<String> spans = new StyleSpansBuilder<>(runs.size());
        for (CodingStyles.Run run : runs) {
            spans.add(run.style(), run.length());
        }
        StyleSpans<String> built = spans.create();
        area.setStyleSpans(from, built);
    }

    private void updateMargin(List<Coding> codings) {
        List<Long> order = workspace.codes().stream().map(Code::id).toList();
        Map<Long, Code> codes = new HashMap<>();
        workspace.codes().forEach(c -> codes.put(c.id(), c));
        StripeIndex index = new StripeIndex(paragraphStarts, extents(codings), order);
        margin.show(index, codes);
        String who = onlyCoderId == null ? "coding as " + workspace.coder().name()
                : "codings of " + workspace.coders().stream().filter(c -> c.id() == onlyCoderId).map(Coder::name).findFirst().orElse("?");
        header.setText(documentName + " — " + codings.size() + " codings shown — " + who);
    }

    // --- coding gestures -----------------------------------------------------------------------

    private void installCodingGestures() {
        area.setOnMouseReleased(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (area.getSelection().getLength() > 0) {
                if (extentBeingChanged == null) {
                    showQuickCode(e.getScreenX(), e.getScreenY() + 12);
                }
            } else if (e.isStillSincePress()) {
                showCodingsAtCaret(e.getScreenX(), e.getScreenY());
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode().isDigitKey()) {
                int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
                List<Code> recent = workspace.recentCodes();
                if (n >= 0 && n < recent.size()) {
                    applyToSelection(recent.get(n).name());
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && extentBeingChanged != null) {
                finishExtentChange();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && extentBeingChanged != null) {
                extentBeingChanged = null;
                context.showStatus("Extent change cancelled");
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.K) {
                Bounds caret = area.getCaretBounds().orElse(null);
                if (caret != null) {
                    showQuickCode(caret.getMinX(), caret.getMaxY());
                }
                e.consume();
            }
        });
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
    }

    void showQuickCode(double screenX, double screenY) {
        if (area.getSelection().getLength() == 0 || onlyCoderId != null && onlyCoderId != workspace.coder().id()) {
            return;
        }
        IndexRange selection = area.getSelection();
        quickCode.show(area, screenX, screenY, workspace.codes(), name -> {
            area.selectRange(selection.getStart(), selection.getEnd());
            applyToSelection(name);
        });
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
            context.showStatus("Coded " + start + "–" + end + " as '" + codeName + "' (" + workspace.coder().name() + ")");
        } catch (GlossException ex) {
            context.showError(ex.getMessage());
        }
    }

    /** The codings drawn at the caret, as a menu: see, recode, change extent, remove. */
    private void showCodingsAtCaret(double screenX, double screenY) {
        int offset = positions.toOffset(area.getCaretPosition());
        List<Coding> here = drawn.values().stream().filter(c -> c.start() <= offset && offset < c.end())
                .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        if (here.isEmpty()) {
            return;
        }
        ContextMenu menu = new ContextMenu();
        menu.setId("codings-menu");
        Set<String> seen = new HashSet<>();
        for (Coding coding : here) {
            String code = workspace.code(coding.codeId()).map(Code::name).orElse("?");
            String coder = workspace.coders().stream().filter(c -> c.id() == coding.coderId()).map(Coder::name).findFirst().orElse("?");
            String title = code + " — " + coder + " [" + coding.start() + "–" + coding.end() + ")";
            if (!seen.add(title + coding.id())) {
                continue;
            }
            javafx.scene.control.Menu entry = new javafx.scene.control.Menu(title);
            MenuItem select = new MenuItem("Select and show memo");
            select.setOnAction(a -> {
                area.selectRange(positions.toIndex(coding.start()), positions.toIndex(coding.end()));
                context.selectionProperty().set(new Selection(MemoTarget.CODING, coding.id(), "coding '" + code + "' by " + coder));
            });
            javafx.scene.control.Menu recode = new javafx.scene.control.Menu("Recode as");
            for (Code other : workspace.codes()) {
                if (other.id() != coding.codeId()) {
                    MenuItem item = new MenuItem(other.name());
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
        menu.show(area, screenX, screenY);
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

    /** For tests and benchmarks: the style at a UTF-16 index of the area. */
    String styleAt(int index) {
        return area.getStyleAtPosition(index);
    }

    Map<Long, String> drawnColours() {
        return drawnColours;
    }
}
