package org.gloss.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.cli.CommandContribution;
import org.osgi.framework.FrameworkUtil;

/** Contributed commands that could not be added (name clashes, failures), for 'gloss plugins'. */
public final class CommandConflicts {
    private static final List<String> PROBLEMS = new ArrayList<>();

    private CommandConflicts() {
    }

    public static synchronized void record(String command, CommandContribution contribution) {
        var bundle = FrameworkUtil.getBundle(contribution.getClass());
        String owner = bundle == null ? contribution.getClass().getName() : bundle.getSymbolicName();
        String problem = owner + ": command 'gloss " + command + "' is already provided; ignored";
        if (!PROBLEMS.contains(problem)) {
            PROBLEMS.add(problem);
        }
    }

    public static synchronized List<String> problems() {
        return new ArrayList<>(PROBLEMS);
    }
}
