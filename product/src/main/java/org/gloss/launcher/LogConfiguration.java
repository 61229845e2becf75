package org.gloss.launcher;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Gloss's logging set-up, named by {@code java.util.logging.config.class}: the JDK creates it
 * when something logs for the first time (a command that logs nothing pays nothing). Gloss's
 * code logs through {@link System.Logger}, which the JDK routes to {@code java.util.logging}, as
 * do pgjdbc and Lucene, PDFBox (commons-logging) and POI (log4j-api, bridged) in their bundles,
 * and the OSGi log of Felix SCR and FileInstall. Everything goes to one file; warnings and
 * errors by default, debug messages with {@code gloss --debug}. Nothing is logged to the console:
 * the command line prints its own one-line errors.
 */
public final class LogConfiguration {
    static final String LEVEL_PROPERTY = "gloss.log.level";
    static final String FILE_PROPERTY = "gloss.log.file";

    public LogConfiguration() {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        Level level = Boolean.parseBoolean(System.getProperty(LEVEL_PROPERTY + ".debug")) ? Level.FINE : Level.WARNING;
        String configured = System.getProperty(LEVEL_PROPERTY);
        if (configured != null) {
            try {
                level = Level.parse(configured.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // keep the default
            }
        }
        root.setLevel(level);
        String file = System.getProperty(FILE_PROPERTY);
        RotatingLogHandler handler = new RotatingLogHandler(file != null ? java.nio.file.Path.of(file) : LogFile.location());
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    /** Called by the launcher before anything can log: the JDK then uses this class. */
    static void install(boolean debug) {
        if (System.getProperty(FILE_PROPERTY) == null) {
            System.setProperty(FILE_PROPERTY, LogFile.location().toString());
        }
        if (debug) {
            System.setProperty(LEVEL_PROPERTY, "FINE");
        }
        if (System.getProperty("java.util.logging.config.class") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.config.class", LogConfiguration.class.getName());
        }
    }

    static boolean debug() {
        return "FINE".equals(System.getProperty(LEVEL_PROPERTY));
    }
}
