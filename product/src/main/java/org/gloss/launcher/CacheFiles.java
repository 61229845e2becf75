package org.gloss.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Small derived files kept in the framework cache folder (the JavaFX package list, the help
 * text): each starts with the key it was computed for and is used only while the key matches,
 * so a changed installation never sees a stale one. Written to a temporary file and moved into
 * place, so a concurrent reader sees the old file or the new one.
 */
final class CacheFiles {
    private CacheFiles() {
    }

    static Optional<String> read(Path file, String key) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int newline = content.indexOf('\n');
            if (newline < 0 || !content.substring(0, newline).equals(key)) {
                return Optional.empty();
            }
            return Optional.of(content.substring(newline + 1));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(Path file, String key, String value) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, key + "\n" + value, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written is computed again next time
        }
    }

    /** Names, sizes and modification times of the jars in these folders: changes when any jar does. */
    static String jarsKey(Path... folders) {
        StringBuilder key = new StringBuilder();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (var files = Files.list(folder)) {
                for (Path jar : files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    key.append(jar.getFileName()).append(':').append(Files.size(jar)).append(':')
                            .append(Files.getLastModifiedTime(jar).toMillis()).append(';');
                }
            } catch (IOException e) {
                key.append(folder).append(":unreadable;");
            }
        }
        return key.toString();
    }
}
