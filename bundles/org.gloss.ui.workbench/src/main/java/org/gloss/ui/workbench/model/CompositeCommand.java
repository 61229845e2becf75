package org.gloss.ui.workbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Several commands as one undo step, e.g. "create a code and apply it". Later steps may be made
 * from earlier ones (the coding needs the id of the code just created), so steps are built by
 * functions of the steps before them, the first time the composite runs.
 */
public final class CompositeCommand implements UndoableCommand {
    private final String label;
    private final List<Function<List<UndoableCommand>, UndoableCommand>> steps;
    private final List<UndoableCommand> built = new ArrayList<>();
    private final Change change;

    public CompositeCommand(String label, Change change, List<Function<List<UndoableCommand>, UndoableCommand>> steps) {
        this.label = label;
        this.change = change;
        this.steps = steps;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void execute(CommandContext context) {
        for (int i = 0; i < steps.size(); i++) {
            if (built.size() == i) {
                built.add(steps.get(i).apply(List.copyOf(built)));
            }
            built.get(i).execute(context);
        }
    }

    @Override
    public void undo(CommandContext context) {
        for (int i = built.size() - 1; i >= 0; i--) {
            built.get(i).undo(context);
        }
    }

    @Override
    public Change change() {
        return change;
    }
}
