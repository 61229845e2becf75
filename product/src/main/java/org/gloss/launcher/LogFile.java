package org.gloss.launcher;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Gloss writes its log: {@code $XDG_STATE_HOME/gloss/gloss.log}, else
 * {@code ~/.local/state/gloss/gloss.log} on Linux; {@code ~/Library/Logs/Gloss/gloss.log} on
 * macOS; {@code %LOCALAPPDATA%\Gloss\gloss.log} on Windows. {@code GLOSS_LOG} names another file.
 */
final class LogFile {
    private LogFile() {
    }

    static Path location() {
        String explicit = System.getenv("GLOSS_LOG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Logs", "Gloss", "gloss.log");
        }
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null && !local.isBlank() ? local : home, "Gloss", "gloss.log");
        }
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() && Path.of(state).isAbsolute() ? Path.of(state) : Path.of(home, ".local", "state");
        return base.resolve("gloss").resolve("gloss.log");
    }
}
