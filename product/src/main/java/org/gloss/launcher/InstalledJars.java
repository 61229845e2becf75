package org.gloss.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * What each cached bundle was installed from: the jar's size and modification time when it was
 * installed or last updated. A jar whose size or time differs in any direction (a newer build, an
 * older release unpacked over the installation) is updated in the cache; comparing only "newer
 * than" would keep a stale bundle after a downgrade.
 */
final class InstalledJars {
    private final Path file;
    private final Properties stamps = new Properties();
    private boolean changed;

    private InstalledJars(Path file) {
        this.file = file;
    }

    static InstalledJars in(Path cacheDirectory) {
        InstalledJars jars = new InstalledJars(cacheDirectory.resolve("installed-jars.properties"));
        if (Files.isRegularFile(jars.file)) {
            try (InputStream in = Files.newInputStream(jars.file)) {
                jars.stamps.load(in);
            } catch (IOException | IllegalArgumentException e) {
                jars.stamps.clear(); // unreadable: every bundle is checked again by updating it
            }
        }
        return jars;
    }

    /** True when the cached bundle at this location was installed from exactly this jar. */
    boolean isCurrent(String location, Path jar) throws IOException {
        return stamp(jar).equals(stamps.getProperty(location));
    }

    void installed(String location, Path jar) throws IOException {
        stamps.setProperty(location, stamp(jar));
        changed = true;
    }

    void forget(String location) {
        changed |= stamps.remove(location) != null;
    }

    /** Writes the record if it changed; a failure only costs an update of the bundles next time. */
    void save() {
        if (!changed) {
            return;
        }
        try {
            Path temporary = Files.createTempFile(file.getParent(), "installed-jars", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                stamps.store(out, "size:modified-millis of each installed jar");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed = false;
        } catch (IOException e) {
            // the next start updates the bundles again
        }
    }

    private static String stamp(Path jar) throws IOException {
        return Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
    }
}
