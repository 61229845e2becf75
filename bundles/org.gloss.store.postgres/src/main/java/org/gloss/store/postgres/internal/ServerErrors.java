package org.gloss.store.postgres.internal;

import org.gloss.api.error.GlossException;

/** The messages about reaching a project on a PostgreSQL server. */
public final class ServerErrors {
    private ServerErrors() {
    }

    public static GlossException serverUnreachable(String location, String detail) {
        return new GlossException("cannot reach the server for " + location + ": " + detail);
    }

    public static GlossException connectionLost(String location) {
        return new GlossException("lost the connection to the server for " + location
                + "; the unfinished change was not saved, reconnect and retry");
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
}
