package org.gloss.store.sqlite.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.gloss.store.jdbc.spi.DamagedProjectException;

/**
 * Whether a file SQLite refuses was a Gloss project (and is damaged) or never was one. Answered
 * without reading the file other than through SQLite (decision 1: a descriptor of our own on a
 * project file would drop this process's locks on it), by what a stat shows and what SQLite can
 * still read.
 */
final class DamagedFiles {
    /** SQLite's smallest page: every file SQLite writes is a whole number of pages. */
    private static final int SMALLEST_PAGE = 512;

    private DamagedFiles() {
    }

    static DamagedProjectException damaged(Path file, String detail) {
        return new DamagedProjectException(file.toString(), detail);
    }

    /**
     * A file SQLite cannot read whose name and size are a project's: named {@code *.gloss} and a
     * whole number of pages long. A text or other file someone named {@code .gloss} almost never
     * is (one in 512), and is then "not a Gloss project".
     */
    static boolean looksLikeGloss(Path file) {
        try {
            long size = Files.size(file); // a stat: no descriptor is opened
            return file.getFileName().toString().endsWith(".gloss") && size > 0 && size % SMALLEST_PAGE == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a file that failed to open with {@code failure} was a Gloss project. A corrupt
     * database (its SQLite header is intact: say a file cut short) named {@code *.gloss} is one;
     * a file whose header SQLite cannot read must also have a project's size.
     */
    static boolean wasGlossProject(Path file, SQLException failure) {
        boolean corrupt = failure instanceof org.sqlite.SQLiteException sqlite && sqlite.getResultCode() != null
                && (sqlite.getResultCode().code & 0xFF) == org.sqlite.SQLiteErrorCode.SQLITE_CORRUPT.code;
        return corrupt ? file.getFileName().toString().endsWith(".gloss") : looksLikeGloss(file);
    }

    /** A readable database whose schema has Gloss's tables, whatever its application id says. */
    static boolean hasGlossTables(Connection connection) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master"
                + " WHERE type = 'table' AND name IN ('documents', 'codes', 'coders', 'codings')")) {
            return rs.next() && rs.getInt(1) == 4;
        } catch (SQLException e) {
            return false;
        }
    }
}
