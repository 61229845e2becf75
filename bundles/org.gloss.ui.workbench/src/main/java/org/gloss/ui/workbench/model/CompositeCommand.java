package org.gloss.ui.workbench.model;

import java.util.List;

/** Several commands as one undo step, e.g. "create a code and apply it"; undone in reverse order. */
public final class CompositeCommand implements UndoableCommand {
    private final String label;
    private final List<UndoableCommand> steps;
    private final Change change;

    public CompositeCommand(String label, Change change, List<UndoableCommand> steps) {
        this.label = label;
        this.change = change;
        this.steps = List.copyOf(steps);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void execute(CommandContext context) {
        steps.forEach(step -> step.execute(context));
    }

    @Override
    public void undo(CommandContext context) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            steps.get(i).undo(context);
        }
    }

    @Override
    public Change change() {
        return change;
    }
}
