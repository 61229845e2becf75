package org.gloss.launcher;

/** The framework could not be started or the command line was not found in it. */
public final class LaunchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
