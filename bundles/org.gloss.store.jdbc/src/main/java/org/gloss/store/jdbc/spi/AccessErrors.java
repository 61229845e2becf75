package org.gloss.store.jdbc.spi;

import org.gloss.api.error.GlossException;

/** The messages of a store that several people write at once: someone else changed it first, or the user may not. */
public final class AccessErrors {
    private AccessErrors() {
    }

    public static GlossException changedBySomeoneElse(String what) {
        return new GlossException(what + " was changed by someone else; reload and try again");
    }

    public static GlossException notAllowed(String user, String action) {
        return new GlossException("permission denied: " + user + " may not " + action);
    }
}
