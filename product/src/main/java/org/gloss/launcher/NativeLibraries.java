package org.gloss.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Points sqlite-jdbc at the native library shipped in {@code lib/native}. Otherwise every
 * process extracts its own copy to the temp folder and cleans up other processes' copies, which
 * costs start time and races when several Gloss commands run at once.
 */
final class NativeLibraries {
    private NativeLibraries() {
    }

    static void useBundled(Path home) {
        if (System.getProperty("org.sqlite.lib.path") != null
                || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return;
        }
        String arch = switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        boolean musl = Files.exists(Path.of("/lib/ld-musl-x86_64.so.1")) || Files.exists(Path.of("/lib/ld-musl-aarch64.so.1"));
        if (arch == null || musl) {
            return;
        }
        Path dir = home.resolve("lib/native/Linux").resolve(arch);
        if (Files.isRegularFile(dir.resolve("libsqlitejdbc.so"))) {
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", "libsqlitejdbc.so");
        }
    }
}
