package org.gloss.exchange.refiqda.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.gloss.api.error.GlossException;
import org.gloss.core.importing.StoredText;

/**
 * Finds a text source's plain text (spec section 8.3): {@code internal://} files in the
 * archive's sources folder (any letter case), {@code relative://} paths against the project's
 * basePath or the archive's folder (looked up in the archive first, as some tools put them there),
 * {@code absolute://} paths, or inline PlainTextContent.
 * <p>
 * A file outside the archive is read only when the user allowed it: an archive someone sent must
 * not pull the recipient's own files (say {@code absolute:///home/me/.ssh/id_rsa.txt}) into a
 * project they may send back. Every such read is reported.
 */
final class SourceTexts {
    private final SafeArchive archive;
    private final Path base;
    private final boolean allowExternal;
    private final Consumer<String> externalReads;

    SourceTexts(SafeArchive archive, String basePath, boolean allowExternal, Consumer<String> externalReads) {
        this.archive = archive;
        this.base = baseDirectory(archive.file(), basePath);
        this.allowExternal = allowExternal;
        this.externalReads = externalReads;
    }

    private static Path baseDirectory(Path archiveFile, String basePath) {
        Path folder = archiveFile.toAbsolutePath().getParent();
        if (basePath == null || basePath.isBlank()) {
            return folder;
        }
        try {
            String stripped = basePath.replaceFirst("^(file|absolute):/*", "/");
            return Path.of(stripped.matches("^/[A-Za-z]:.*") ? stripped.substring(1) : stripped);
        } catch (InvalidPathException e) {
            return folder;
        }
    }

    /** The raw bytes of the file a path attribute names, or empty when it cannot be found. */
    Optional<byte[]> bytes(String sourceName, String path) {
        if (path.startsWith(QdpxLayout.INTERNAL_SCHEME)) {
            String fileName = path.substring(QdpxLayout.INTERNAL_SCHEME.length());
            if (fileName.contains("/") || fileName.contains("\\") || fileName.contains("..")) {
                throw RefiQdaErrors.unsafeEntryName(archive.file(), path);
            }
            return archive.entry(QdpxLayout.SOURCES_FOLDER + fileName);
        }
        if (path.startsWith(QdpxLayout.RELATIVE_SCHEME)) {
            String relative = path.substring(QdpxLayout.RELATIVE_SCHEME.length()).replaceFirst("^/+", "");
            if (relative.contains("..")) {
                throw RefiQdaErrors.unsafeEntryName(archive.file(), path);
            }
            Optional<byte[]> inArchive = archive.entry(relative).or(() -> archive.entry(QdpxLayout.SOURCES_FOLDER + relative));
            return inArchive.isPresent() ? inArchive : external(sourceName, path, base.resolve(relative));
        }
        if (path.startsWith(QdpxLayout.ABSOLUTE_SCHEME)) {
            String absolute = path.substring(QdpxLayout.ABSOLUTE_SCHEME.length());
            if (absolute.matches("^/[A-Za-z]:.*")) {
                absolute = absolute.substring(1);
            }
            Path file;
            try {
                file = Path.of(absolute);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
            return external(sourceName, path, file);
        }
        // no scheme: a path inside the archive, as a few tools write it
        if (path.contains("..")) {
            throw RefiQdaErrors.unsafeEntryName(archive.file(), path);
        }
        return archive.entry(path).or(() -> archive.entry(QdpxLayout.SOURCES_FOLDER + path));
    }

    /** A file outside the archive: refused unless allowed, and then read with a warning. */
    private Optional<byte[]> external(String sourceName, String path, Path file) {
        if (!allowExternal) {
            throw RefiErrors.externalSource(sourceName, path);
        }
        Optional<byte[]> bytes = readFile(file);
        if (bytes.isPresent()) {
            externalReads.accept("source '" + sourceName + "': text read from the local file " + file.toAbsolutePath()
                    + " (--allow-external-sources)");
        }
        return bytes;
    }

    private static Optional<byte[]> readFile(Path file) {
        if (!Files.isRegularFile(file) || !file.getFileName().toString().toLowerCase().endsWith(".txt")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Strict UTF-8, BOM dropped; line breaks are left for {@link PositionMap}. */
    static String decode(byte[] bytes, String sourceName, String path) {
        try {
            String text = StoredText.decodeUtf8(bytes, Path.of("source"));
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (GlossException notUtf8) {
            throw RefiQdaErrors.sourceNotUtf8(sourceName, path);
        }
    }
}
