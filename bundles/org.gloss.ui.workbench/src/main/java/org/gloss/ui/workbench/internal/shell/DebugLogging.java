package org.gloss.ui.workbench.internal.shell;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Help > "Debug messages in the log": the workbench's equivalent of {@code gloss --debug}. It
 * changes the level of the root logger for this session (the launcher sends every logger there).
 */
final class DebugLogging {
    private DebugLogging() {
    }

    static boolean enabled() {
        Level level = Logger.getLogger("").getLevel();
        return level != null && level.intValue() <= Level.FINE.intValue();
    }

    static void set(boolean debug) {
        Logger.getLogger("").setLevel(debug ? Level.FINE : Level.WARNING);
        System.getLogger("org.gloss.ui.workbench").log(System.Logger.Level.INFO, "debug messages " + (debug ? "on" : "off"));
    }
}
