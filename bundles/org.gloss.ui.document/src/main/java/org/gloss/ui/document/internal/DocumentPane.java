package org.gloss.ui.document.internal;

import java.util.HashSet;
import java.util.List;
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
 * The view redraws after each change the store has made (from the change itself, or by reading
 * the store again), so what it shows is what is stored.
 */
final class DocumentPane implements DocumentView {
    private final WorkbenchContext context;
    private final Workspace workspace;
    private final long documentId;
    private final Long onlyCoderId;
    private final TextPositions positions;
    private final InlineCssTextArea area;
    private final BorderPane node = new BorderPane();
    private final Label header = new Label();
    private final QuickCodePopup quickCode = new QuickCodePopup();
    private final WorkspaceListener listener = this::changed;
    private final CodingHighlights highlights;
    private Coding extentBeingChanged;
    private final String documentName;

    DocumentPane(WorkbenchContext context, long documentId, Long onlyCoderId) {
        this.context = context;
        this.workspace = context.workspace();
        this.documentId = documentId;
        this.onlyCoderId = onlyCoderId;
        String text = workspace.session().documents().text(documentId);
        this.positions = new TextPositions(text);
        this.documentName = workspace.session().documents().byId(documentId).map(Document::name).orElse("");
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
        // read-only: RichTextFX's own undo would only record (and keep) every restyle
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        this.highlights = new CodingHighlights(area, positions, workspace.codes(), visibleCodings());
        updateHeader();
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
        quickCode.hide();
    }

    // --- drawing -------------------------------------------------------------------------------

    private void changed(Change change) {
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
        updateHeader();
    }

    private boolean shows(Coding coding) {
        if (coding.documentId() != documentId) {
            return false;
        }
        return onlyCoderId == null ? workspace.filters().shows(coding)
                : coding.coderId() == onlyCoderId && workspace.filters().showsCode(coding.codeId());
    }

    private List<Coding> visibleCodings() {
        List<Coding> visible = workspace.visibleCodings(documentId);
        if (onlyCoderId == null) {
            return visible;
        }
        return workspace.session().codings().list(org.gloss.api.store.CodingFilter.document(documentId)).stream()
                .filter(c -> c.coderId() == onlyCoderId && workspace.filters().showsCode(c.codeId())).toList();
    }

    private void updateHeader() {
        String who = onlyCoderId == null ? "coding as " + workspace.coder().name()
                : "codings of " + workspace.coders().stream().filter(c -> c.id() == onlyCoderId).map(Coder::name).findFirst().orElse("?");
        int hits = highlights.searchMarks().size();
        String marked = hits == 0 ? "" : " — " + hits + (hits == 1 ? " search hit" : " search hits") + " marked (F3)";
        header.setText(documentName + " — " + highlights.size() + " codings shown — " + who + marked);
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
            } else if (e.getCode() == KeyCode.F3) {
                revealSearchHit(!e.isShiftDown());
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
        List<Coding> here = highlights.codings().stream().filter(c -> c.start() <= offset && offset < c.end())
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
}
