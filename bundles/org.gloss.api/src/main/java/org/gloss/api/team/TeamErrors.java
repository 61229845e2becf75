package org.gloss.api.team;

import org.gloss.api.error.GlossException;

/** Every user-facing error of merging and of shared (server) projects, in one place. */
public final class TeamErrors {
    private TeamErrors() {
    }

    // --- merge -----------------------------------------------------------------------------
    public static GlossException mergeRefused(int conflicts) {
        return new GlossException("merge refused: " + conflicts + " conflict(s), nothing was written "
                + "(resolve them with --prefer target or --prefer source)");
    }

    public static GlossException mergeIntoItself(String location) {
        return new GlossException("cannot merge " + location + " into itself");
    }

    public static GlossException documentNameTaken(String name) {
        return new GlossException("cannot rename a document to '" + name + "': another document has that name");
    }

    // --- shared projects on a server -------------------------------------------------------
    public static GlossException changedBySomeoneElse(String what) {
        return new GlossException(what + " was changed by someone else; reload and try again");
    }

    public static GlossException notAllowed(String user, String action) {
        return new GlossException("permission denied: " + user + " may not " + action);
    }

    public static GlossException serverUnreachable(String location, String detail) {
        return new GlossException("cannot reach the server for " + location + ": " + detail);
    }

    public static GlossException connectionLost(String location) {
        return new GlossException("lost the connection to the server for " + location
                + "; the unfinished change was not saved, reconnect and retry");
    }

    /** A change tried while the workbench waits for the server to come back. */
    public static GlossException reconnecting(String location) {
        return new GlossException("the connection to the server for " + location
                + " is lost and Gloss is reconnecting; your change was not saved, try again when it is back");
    }

    public static GlossException badServerLocation(String location, String expected) {
        return new GlossException("invalid server location '" + location + "': expected " + expected);
    }

    public static GlossException noPassword(String location) {
        return new GlossException("no password for " + location + ": put it in ~/.pgpass (or PGPASSFILE) "
                + "or the PGPASSWORD environment variable, never on the command line");
    }

    public static GlossException passwordOnCommandLine() {
        return new GlossException("a password must not be given in the location; use ~/.pgpass, PGPASSFILE or PGPASSWORD");
    }

    public static GlossException projectNotEmpty(String location) {
        return new GlossException("project at " + location + " is not empty; push needs a new, empty project");
    }
}
