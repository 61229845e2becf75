package org.gloss.ui.workbench.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.gloss.api.store.ProjectSession;

/**
 * Undo and redo of {@link UndoableCommand}s on one project. A command that fails leaves both
 * stacks as they were (the store rolled its transaction back).
 */
public final class CommandStack implements CommandContext {
    private final ProjectSession session;
    private final Deque<UndoableCommand> undo = new ArrayDeque<>();
    private final Deque<UndoableCommand> redo = new ArrayDeque<>();
    private final Handles codes = new Handles();
    private final Handles codings = new Handles();

    public CommandStack(ProjectSession session) {
        this.session = session;
    }

    public void execute(UndoableCommand command) {
        session.inTransaction(() -> command.execute(this));
        undo.push(command);
        redo.clear();
    }

    /** Undoes the last command; empty when there was nothing to undo. */
    public Optional<UndoableCommand> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        UndoableCommand command = undo.peek();
        session.inTransaction(() -> command.undo(this));
        redo.push(undo.pop());
        return Optional.of(command);
    }

    public Optional<UndoableCommand> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        UndoableCommand command = redo.peek();
        session.inTransaction(() -> command.execute(this));
        undo.push(redo.pop());
        return Optional.of(command);
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(UndoableCommand::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(UndoableCommand::label);
    }

    @Override
    public ProjectSession session() {
        return session;
    }

    @Override
    public long codeHandle(long currentId) {
        return codes.handle(currentId);
    }

    @Override
    public long newCodeHandle(long currentId) {
        return codes.fresh(currentId);
    }

    @Override
    public long code(long handle) {
        return codes.current(handle);
    }

    @Override
    public void codeNowAt(long handle, long currentId) {
        codes.nowAt(handle, currentId);
    }

    @Override
    public void codeGone(long handle) {
        codes.gone(handle);
    }

    @Override
    public long codingHandle(long currentId) {
        return codings.handle(currentId);
    }

    @Override
    public long newCodingHandle(long currentId) {
        return codings.fresh(currentId);
    }

    @Override
    public long coding(long handle) {
        return codings.current(handle);
    }

    @Override
    public void codingNowAt(long handle, long currentId) {
        codings.nowAt(handle, currentId);
    }

    @Override
    public void codingGone(long handle) {
        codings.gone(handle);
    }
}
