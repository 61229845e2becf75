package org.gloss.ui.workbench.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the workbench remembers between runs (the last project and coder), in
 * {@code $XDG_CONFIG_HOME/gloss/workbench.properties}, or where {@code gloss.workbench.settings} says.
 */
public final class WorkbenchSettings {
    private final Path file;
    private final Properties values = new Properties();

    public WorkbenchSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException unreadable) {
                // start with defaults: settings are a convenience
            }
        }
    }

    public static WorkbenchSettings forUser() {
        String explicit = System.getProperty("gloss.workbench.settings");
        if (explicit != null) {
            return new WorkbenchSettings(Path.of(explicit));
        }
        String base = System.getenv("XDG_CONFIG_HOME");
        Path config = base != null && !base.isBlank() ? Path.of(base) : Path.of(System.getProperty("user.home"), ".config");
        return new WorkbenchSettings(config.resolve("gloss").resolve("workbench.properties"));
    }

    /**
     * The project opened last: a project file that still exists, or a server project's location
     * (which never holds a password: the PostgreSQL store refuses locations with one).
     */
    public Optional<String> lastProject() {
        return Optional.ofNullable(values.getProperty("lastProject"))
                .filter(p -> isServerLocation(p) || Files.isRegularFile(Path.of(p)));
    }

    /** A shared project on a server ({@code postgresql://...}), not a file. */
    public static boolean isServerLocation(String location) {
        return location.contains("://");
    }

    public String coder() {
        return values.getProperty("coder", System.getProperty("user.name", "me"));
    }

    public void remember(String project, String coder) {
        values.setProperty("lastProject", project);
        values.setProperty("coder", coder);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "Gloss workbench");
            }
        } catch (IOException unwritable) {
            // not remembering the last project is no reason to fail
        }
    }
}
