package org.gloss.ui.workbench.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
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
    private final Map<Long, Long> codeIds = new HashMap<>();
    private final Map<Long, Long> codingIds = new HashMap<>();

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
    public long code(long originalId) {
        return resolve(codeIds, originalId);
    }

    @Override
    public long coding(long originalId) {
        return resolve(codingIds, originalId);
    }

    @Override
    public void codeRecreated(long oldId, long newId) {
        codeIds.put(oldId, newId);
    }

    @Override
    public void codingRecreated(long oldId, long newId) {
        codingIds.put(oldId, newId);
    }

    private static long resolve(Map<Long, Long> ids, long id) {
        Long current = id;
        for (Long next = ids.get(current); next != null; next = ids.get(current)) {
            current = next;
        }
        return current;
    }
}
