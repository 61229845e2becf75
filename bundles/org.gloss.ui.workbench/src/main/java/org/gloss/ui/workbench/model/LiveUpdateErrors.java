package org.gloss.ui.workbench.model;

import org.gloss.api.error.GlossException;

/** What the workbench says while the connection to a shared project is lost. */
public final class LiveUpdateErrors {
    private LiveUpdateErrors() {
    }

    /** A change tried while the workbench waits for the server to come back. */
    public static GlossException reconnecting(String location) {
        return new GlossException("the connection to the server for " + location
                + " is lost and Gloss is reconnecting; your change was not saved, try again when it is back");
    }
}
