package org.gloss.store.jdbc.spi;

import org.gloss.api.error.GlossException;

/**
 * The project's storage is damaged: the database reported corruption, or data it returned breaks
 * an invariant Gloss always keeps (a coding past the end of its text, a reference to a row that
 * does not exist). Its message tells the user to run {@code gloss check}. A
 * {@link JdbcConnection} that has met one refuses every further write, so that damage is not
 * built upon.
 */
public class DamagedProjectException extends GlossException {
    private static final long serialVersionUID = 1L;

    public DamagedProjectException(String location, String detail) {
        super("project file is damaged: " + detail + " (run `gloss check " + location + "`)");
    }

    public DamagedProjectException(String location, String detail, Throwable cause) {
        super("project file is damaged: " + detail + " (run `gloss check " + location + "`)", cause);
    }
}
