package org.gloss.ui.workbench.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;

/**
 * The view model of one open project: who is coding, what is shown, recent codes and the undo
 * stack. Every change goes through here; listeners hear about it after the store has it. Used on
 * one thread (the FX thread in the workbench), like the session it owns.
 */
public final class Workspace implements AutoCloseable {
    private static final int RECENT_CODES = 9;

    private final ProjectSession session;
    private final CommandStack commands;
    private final CodingFilters filters = new CodingFilters();
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> beforeClose = new CopyOnWriteArrayList<>();
    private final LinkedHashSet<Long> recentCodes = new LinkedHashSet<>();
    private String coderName;
    /** The current coder once the project has it; null while it is only a name (nothing coded as it yet). */
    private Coder coder;
    private List<Code> codes;
    private volatile GlossException offline;
    private final Map<Long, TextPlaces> places = new HashMap<>();
    private boolean closed;

    /**
     * Opens the workspace as the named coder. A coder the project does not know yet is added only
     * when something is done as them (opening a project never adds a coder).
     */
    public Workspace(ProjectSession session, String coderName) {
        this.session = session;
        this.commands = new CommandStack(session);
        this.coderName = coderName.strip();
        this.coder = session.coders().find(this.coderName).orElse(null);
        this.codes = session.codebook().list();
    }

    public ProjectSession session() {
        return session;
    }

    public String location() {
        return session.location();
    }

    public void addListener(WorkspaceListener listener) {
        listeners.add(listener);
    }

    public void removeListener(WorkspaceListener listener) {
        listeners.remove(listener);
    }

    // --- reading -------------------------------------------------------------------------------

    public List<Document> documents() {
        return session.documents().list();
    }

    public List<Code> codes() {
        return codes;
    }

    public Optional<Code> code(long id) {
        return codes.stream().filter(c -> c.id() == id).findFirst();
    }

    public Optional<Code> code(String name) {
        return codes.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<Coder> coders() {
        return session.coders().list();
    }

    /** Who the user codes as (shown in the window title and the tool bar). */
    public String coderName() {
        return coderName;
    }

    /** The current coder, added to the project first if it does not know them yet. */
    public Coder coder() {
        if (coder == null) {
            coder = session.coders().getOrCreate(coderName);
            changed(Change.of(Change.Kind.CODERS));
        }
        return coder;
    }

    public CodingFilters filters() {
        return filters;
    }

    /** The document's codings that the filters show. */
    public List<Coding> visibleCodings(long documentId) {
        return session.codings().list(CodingFilter.document(documentId)).stream().filter(filters::shows).toList();
    }

    /** Codes most recently applied, newest first (for the Ctrl+1..9 hotkeys). */
    public List<Code> recentCodes() {
        List<Long> ids = new ArrayList<>(recentCodes);
        java.util.Collections.reverse(ids);
        List<Code> result = new ArrayList<>();
        for (Long id : ids) {
            code(id).ifPresent(result::add);
        }
        return result;
    }

    /** Where offsets lie in a document (paragraph, line, turn time), read once per document. */
    public TextPlaces places(long documentId) {
        return places.computeIfAbsent(documentId, id -> new TextPlaces(session.documents().text(id), session.documents().turns(id)));
    }

    public Map<Long, Integer> codingCounts() {
        return new HashMap<>(session.codebook().codingCounts());
    }

    // --- commands ------------------------------------------------------------------------------

    /**
     * While set, every command (coding, codebook edit, undo, redo) is refused with this error
     * instead of being tried: a shared project whose server is gone (see {@link LiveUpdates}).
     * Null lets commands through again.
     */
    public void refuseChanges(GlossException reason) {
        offline = reason;
    }

    public boolean refusesChanges() {
        return offline != null;
    }

    private void checkOnline() {
        GlossException reason = offline;
        if (reason != null) {
            throw new GlossException(reason.getMessage());
        }
    }

    public void execute(UndoableCommand command) {
        checkOnline();
        commands.execute(command);
        changed(command.change());
    }

    public Optional<String> undo() {
        checkOnline();
        Optional<UndoableCommand> undone = commands.undo();
        undone.ifPresent(c -> changed(c.change()));
        return undone.map(UndoableCommand::label);
    }

    public Optional<String> redo() {
        checkOnline();
        Optional<UndoableCommand> redone = commands.redo();
        redone.ifPresent(c -> changed(c.change()));
        return redone.map(UndoableCommand::label);
    }

    public Optional<String> undoLabel() {
        return commands.undoLabel();
    }

    public Optional<String> redoLabel() {
        return commands.redoLabel();
    }

    /** Codes a span (code points) of a document with an existing code as the current coder. */
    public void applyCode(long documentId, long codeId, int start, int end) {
        Code code = code(codeId).orElseThrow(() -> new GlossException("unknown code id " + codeId));
        execute(new AddCoding(documentId, codeId, coder().id(), start, end, code.name()));
        rememberRecent(codeId);
    }

    /**
     * Codes a span with the code of this name, creating the code first (top level; the store gives
     * it the next palette colour) if it does not exist; one undo step either way.
     */
    public void applyCode(long documentId, String codeName, int start, int end) {
        String name = codeName.strip();
        if (name.isEmpty()) {
            throw new GlossException("a code needs a name");
        }
        Optional<Code> existing = code(name);
        if (existing.isPresent()) {
            applyCode(documentId, existing.get().id(), start, end);
            return;
        }
        long coderId = coder().id();
        AddCode addCode = new AddCode(name, null, null);
        execute(new CompositeCommand("code with new code '" + name + "'", Change.of(Change.Kind.CODEBOOK), List.of(
                addCode,
                new AddCoding(documentId, context -> addCode.codeHandle(), coderId, start, end, name))));
        code(name).ifPresent(c -> rememberRecent(c.id()));
    }

    /**
     * Writes the memo of a target as the current coder (an empty text removes it), as one undo
     * step; {@code about} names the target for the Edit menu.
     */
    public void editMemo(org.gloss.model.MemoTarget target, long targetId, String text, String about) {
        execute(new EditMemo(target, targetId, coderName, text, about));
    }

    /** Writes the free memo (a journal entry about no object) with this title as one undo step; empty text removes it. */
    public void editFreeMemo(String title, String text) {
        if (title == null || title.isBlank()) {
            throw new GlossException("a free memo needs a title");
        }
        execute(EditMemo.free(title.strip(), coderName, text));
    }

    /**
     * Runs {@code hook} when the workspace closes (the window closes or another project opens),
     * while the project can still be written: a view saves what the user typed and has not saved.
     */
    public void beforeClose(Runnable hook) {
        beforeClose.add(hook);
    }

    public void switchCoder(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new GlossException("a coder needs a name");
        }
        boolean known = session.coders().find(trimmed).isPresent();
        coder = session.coders().getOrCreate(trimmed);
        coderName = coder.name();
        if (!known) {
            changed(Change.of(Change.Kind.CODERS));
        }
        changed(Change.of(Change.Kind.CURRENT_CODER));
    }

    public void showCode(long codeId, boolean shown) {
        filters.setCodeShown(codeId, shown);
        changed(Change.of(Change.Kind.FILTER));
    }

    public void showCoder(long coderId, boolean shown) {
        filters.setCoderShown(coderId, shown);
        changed(Change.of(Change.Kind.FILTER));
    }

    /** Tells views that something changed outside commands (an import, a memo). */
    public void changed(Change change) {
        if (change.kind() == Change.Kind.CODEBOOK || change.kind() == Change.Kind.PROJECT) {
            codes = session.codebook().list();
        }
        if (change.kind() == Change.Kind.DOCUMENTS || change.kind() == Change.Kind.PROJECT) {
            places.clear(); // a document removed and another imported may share an id
        }
        for (WorkspaceListener listener : listeners) {
            listener.changed(change);
        }
    }

    private void rememberRecent(long codeId) {
        recentCodes.remove(codeId);
        recentCodes.add(codeId);
        while (recentCodes.size() > RECENT_CODES) {
            recentCodes.remove(recentCodes.iterator().next());
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        for (Runnable hook : beforeClose) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                // one view failing to save must not keep the others from saving
            }
        }
        beforeClose.clear();
        closed = true;
        listeners.clear();
        session.close();
    }
}
