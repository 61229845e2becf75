package org.gloss.exchange.refiqda.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.gloss.api.error.GlossException;

/**
 * Reads an untrusted zip archive into memory, refusing hostile ones before anything is used:
 * entry names that could escape a folder (zip slip), duplicate names, too many entries, and zip
 * bombs (an entry or the whole archive expanding beyond a limit, or an absurd compression
 * ratio). Sizes are counted while inflating, because the sizes in the headers can lie.
 */
final class SafeArchive {
    /** Limits for a QDPX: generous for real projects (text sources), far below what hurts. */
    record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio, long ratioCheckAfter) {
        static final Limits DEFAULT = new Limits(100_000, 512L << 20, 1L << 30, 200, 1L << 20);
    }

    private final Path file;
    private final Map<String, byte[]> entries = new HashMap<>();
    /** Lower-case name to actual name: "Sources/" and "sources/" are the same folder to us. */
    private final Map<String, String> namesIgnoringCase = new HashMap<>();

    private SafeArchive(Path file) {
        this.file = file;
    }

    static SafeArchive read(Path file, Limits limits) {
        SafeArchive archive = new SafeArchive(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            archive.readAll(zip, limits);
        } catch (ZipException e) {
            throw RefiQdaErrors.notAnArchive(file, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw RefiQdaErrors.notAnArchive(file, String.valueOf(e.getMessage()));
        }
        return archive;
    }

    private void readAll(ZipFile zip, Limits limits) throws IOException {
        long total = 0;
        int count = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (++count > limits.maxEntries()) {
                throw RefiQdaErrors.tooManyEntries(file, limits.maxEntries());
            }
            String name = entry.getName();
            checkName(name);
            if (entry.isDirectory()) {
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (namesIgnoringCase.containsKey(key)) {
                throw RefiQdaErrors.duplicateEntry(file, name);
            }
            byte[] content = inflate(zip, entry, limits, total);
            total += content.length;
            entries.put(name, content);
            namesIgnoringCase.put(key, name);
        }
    }

    private byte[] inflate(ZipFile zip, ZipEntry entry, Limits limits, long totalSoFar) throws IOException {
        long compressed = Math.max(1, entry.getCompressedSize());
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(entry.getSize(), 32), 1 << 20));
        byte[] buffer = new byte[1 << 16];
        long read = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                read += n;
                if (read > limits.maxEntryBytes()) {
                    throw RefiQdaErrors.entryTooLarge(file, entry.getName(), limits.maxEntryBytes());
                }
                if (totalSoFar + read > limits.maxTotalBytes()) {
                    throw RefiQdaErrors.archiveTooLarge(file, limits.maxTotalBytes());
                }
                if (read > limits.ratioCheckAfter() && read / compressed > limits.maxRatio()) {
                    throw RefiQdaErrors.compressionRatio(file, entry.getName(), read / compressed);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    /** Entry names are relative, '/'-separated, without '.', '..' or drive letters. */
    private void checkName(String name) {
        String normalized = name.replace('\\', '/');
        boolean unsafe = normalized.isEmpty() || normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")
                || normalized.indexOf('\0') >= 0;
        for (String part : normalized.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                unsafe = true;
            }
        }
        if (unsafe) {
            throw RefiQdaErrors.unsafeEntryName(file, name);
        }
    }

    /** An entry by name, ignoring case (NVivo wrote "Sources/", the spec says "sources/"). */
    Optional<byte[]> entry(String name) {
        String actual = namesIgnoringCase.get(name.toLowerCase(Locale.ROOT));
        return actual == null ? Optional.empty() : Optional.of(entries.get(actual));
    }

    byte[] required(String name) throws GlossException {
        return entry(name).orElseThrow(() -> RefiQdaErrors.missingEntry(file, name));
    }

    Path file() {
        return file;
    }
}
