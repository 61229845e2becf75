package org.gloss.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * Gloss's version and the commit it was built from, written into the launcher's manifest by the
 * build ({@code Gloss-Version}, {@code Gloss-Commit}); the bundles carry the same headers.
 */
record VersionInfo(String version, String commit) {
    static VersionInfo ofLauncher() {
        try {
            Path jar = Path.of(VersionInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.toString().endsWith(".jar")) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    Attributes main = file.getManifest().getMainAttributes();
                    return new VersionInfo(orUnknown(main.getValue("Gloss-Version")), orUnknown(main.getValue("Gloss-Commit")));
                }
            }
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            // fall through: a launcher run from classes (tests) has no manifest
        }
        return new VersionInfo("unknown", "unknown");
    }

    /** What {@code gloss --version} prints, e.g. {@code Gloss 0.1.0 (commit 0ff19c6d2a1b)}. */
    String line() {
        return "Gloss " + version + (commit.equals("unknown") || commit.isBlank() ? "" : " (commit " + commit + ")");
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }
}
