package org.gloss.ui.workbench.internal.shell;

import java.util.List;

/** What the banner says when the check on open finds the project file damaged. */
final class DamageBanner {
    private DamageBanner() {
    }

    static String message(String location, List<String> problems) {
        return "This project file is damaged (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ", first: " + problems.get(0) + "). Changes may be refused; run `gloss check " + location
                + "` and `gloss recover " + location + " --out NEW` to salvage it.";
    }
}
