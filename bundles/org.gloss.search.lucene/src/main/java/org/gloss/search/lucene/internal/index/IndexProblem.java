package org.gloss.search.lucene.internal.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/**
 * Says in a few words what is wrong with an index folder, for the line that announces a rebuild
 * ("building the search index (damaged: file _0.cfs is corrupt)"): users read it, so it names
 * the file and the kind of damage, not Lucene's exception classes and checksums.
 */
final class IndexProblem {
    private static final Pattern RESOURCE_PATH = Pattern.compile("path=\"([^\"]+)\"");

    private IndexProblem() {
    }

    static String describe(Throwable e) {
        if (e instanceof CorruptIndexException corrupt) {
            return "file " + fileOf(corrupt.getResourceDescription()) + " is corrupt";
        }
        if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
            return "written by another version of the index library";
        }
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return "file " + fileName(e.getMessage()) + " is missing";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied for file " + fileName(e.getMessage());
        }
        if (e instanceof EOFException) {
            return "a file is cut short";
        }
        if (e.getCause() != null && e.getCause() != e) {
            return describe(e.getCause());
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "unreadable" : "unreadable: " + firstLine(message);
    }

    /** The file a Lucene resource description names, e.g. MMapIndexInput(path="/x/_0.cfs") gives _0.cfs. */
    private static String fileOf(String resource) {
        if (resource == null) {
            return "of the index";
        }
        Matcher m = RESOURCE_PATH.matcher(resource);
        return m.find() ? fileName(m.group(1)) : "of the index";
    }

    private static String fileName(String path) {
        if (path == null || path.isBlank()) {
            return "of the index";
        }
        try {
            Path name = Path.of(path.strip()).getFileName();
            return name == null ? path : name.toString();
        } catch (RuntimeException notAPath) {
            return path;
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
