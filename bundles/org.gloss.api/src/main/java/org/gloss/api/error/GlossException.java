package org.gloss.api.error;

/**
 * A problem the user can act on (bad input, unknown name, locked project). The command line
 * prints its message as one line {@code gloss: error: <message>} and exits with status 1; it is
 * never shown as a stack trace. Create instances through {@link Errors}.
 */
public class GlossException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GlossException(String message) {
        super(message);
    }

    public GlossException(String message, Throwable cause) {
        super(message, cause);
    }
}
