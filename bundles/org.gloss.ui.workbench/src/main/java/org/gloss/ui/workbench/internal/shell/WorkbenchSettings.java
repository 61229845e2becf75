package org.gloss.ui.workbench.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.gloss.ui.workbench.api.WorkbenchPreferences;

/**
 * What the workbench remembers between runs, in {@code $XDG_CONFIG_HOME/gloss/workbench.properties}
 * (or where {@code gloss.workbench.settings} says): the last project, the coder the user is in
 * each project, the preferences and where the dividers of the window were. Every change is
 * written at once: settings are a convenience, so an unwritable file is ignored.
 */
public final class WorkbenchSettings implements WorkbenchPreferences {
    private static final String CODER_IN = "coder.in.";
    private static final String DIVIDERS = "dividers.";

    private final Path file;
    private final Properties values = new Properties();
    private final StringProperty textFont;
    private final DoubleProperty textSize;
    private final BooleanProperty darkTheme;
    private final BooleanProperty snapToWords;
    private final ObjectProperty<Stripes> stripes;
    private final StringProperty defaultCoder;

    public WorkbenchSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException unreadable) {
                // start with defaults: settings are a convenience
            }
        }
        textFont = new SimpleStringProperty(values.getProperty("textFont", DEFAULT_TEXT_FONT));
        textSize = new SimpleDoubleProperty(number("textSize", DEFAULT_TEXT_SIZE, MIN_TEXT_SIZE, MAX_TEXT_SIZE));
        darkTheme = new SimpleBooleanProperty(Boolean.parseBoolean(values.getProperty("darkTheme", "false")));
        snapToWords = new SimpleBooleanProperty(Boolean.parseBoolean(values.getProperty("snapToWords", "true")));
        stripes = new SimpleObjectProperty<>(stripesSetting());
        defaultCoder = new SimpleStringProperty(values.getProperty("defaultCoder", ""));
        textFont.addListener((o, was, now) -> store("textFont", now));
        textSize.addListener((o, was, now) -> store("textSize", String.valueOf(now.doubleValue())));
        darkTheme.addListener((o, was, now) -> store("darkTheme", String.valueOf(now)));
        snapToWords.addListener((o, was, now) -> store("snapToWords", String.valueOf(now)));
        stripes.addListener((o, was, now) -> store("stripes", now.name()));
        defaultCoder.addListener((o, was, now) -> store("defaultCoder", now.strip()));
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

    /** The coder to start a project with when nothing is known about it: the preference, else the last coder, else the login name. */
    public String coder() {
        String preferred = defaultCoder.get().strip();
        if (!preferred.isEmpty()) {
            return preferred;
        }
        return values.getProperty("coder", System.getProperty("user.name", "me"));
    }

    /** The coder the user said they are in this project, if they were asked before. */
    public Optional<String> coderIn(String project) {
        return Optional.ofNullable(values.getProperty(CODER_IN + project)).filter(c -> !c.isBlank());
    }

    /** Remembers the project as the last one opened and who the user is in it. */
    public void remember(String project, String coder) {
        values.setProperty("lastProject", project);
        values.setProperty("coder", coder);
        values.setProperty(CODER_IN + project, coder);
        save();
    }

    /** Where a split pane's dividers were (fractions), if known. */
    public Optional<double[]> dividers(String splitPane) {
        String stored = values.getProperty(DIVIDERS + splitPane);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            String[] parts = stored.split(",");
            double[] positions = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                positions[i] = Math.max(0, Math.min(1, Double.parseDouble(parts[i])));
            }
            return Optional.of(positions);
        } catch (NumberFormatException garbled) {
            return Optional.empty();
        }
    }

    public void rememberDividers(String splitPane, double[] positions) {
        StringBuilder text = new StringBuilder();
        for (double position : positions) {
            text.append(text.length() == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.4f", position));
        }
        store(DIVIDERS + splitPane, text.toString());
    }

    @Override
    public StringProperty textFont() {
        return textFont;
    }

    @Override
    public DoubleProperty textSize() {
        return textSize;
    }

    @Override
    public BooleanProperty darkTheme() {
        return darkTheme;
    }

    @Override
    public BooleanProperty snapToWords() {
        return snapToWords;
    }

    @Override
    public ObjectProperty<Stripes> stripes() {
        return stripes;
    }

    @Override
    public StringProperty defaultCoder() {
        return defaultCoder;
    }

    private double number(String key, double fallback, double min, double max) {
        try {
            double value = Double.parseDouble(values.getProperty(key, String.valueOf(fallback)));
            return value >= min && value <= max ? value : fallback;
        } catch (NumberFormatException garbled) {
            return fallback;
        }
    }

    private Stripes stripesSetting() {
        try {
            return Stripes.valueOf(values.getProperty("stripes", Stripes.PER_CODE.name()));
        } catch (IllegalArgumentException unknown) {
            return Stripes.PER_CODE;
        }
    }

    private void store(String key, String value) {
        if (!value.equals(values.getProperty(key))) {
            values.setProperty(key, value);
            save();
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "Gloss workbench");
            }
        } catch (IOException unwritable) {
            // not remembering is no reason to fail
        }
    }
}
