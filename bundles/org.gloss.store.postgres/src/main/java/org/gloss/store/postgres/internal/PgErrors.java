package org.gloss.store.postgres.internal;

import java.sql.SQLException;

import org.gloss.api.error.GlossException;
import org.gloss.core.project.ProjectErrors;
import org.gloss.store.jdbc.spi.AccessErrors;

/** Turns PostgreSQL failures (by SQLSTATE) into errors a user can act on. */
final class PgErrors {
    private PgErrors() {
    }

    static GlossException onConnect(SQLException e, String location, Credentials.Login login) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("28P01") || state.equals("28000")) {
            return login.password() == null ? ServerErrors.noPassword(location)
                    : new GlossException("the server refused user " + login.user() + " for " + location
                    + ": check the password in ~/.pgpass, PGPASSFILE or PGPASSWORD");
        }
        if (state.equals("3D000")) {
            return ProjectErrors.projectMissing(location);
        }
        // the driver refuses before asking the server (08004) when the server wants a password and none was given
        if (login.password() == null && (state.equals("08004")
                || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("no password was provided"))) {
            return ServerErrors.noPassword(location);
        }
        if (state.startsWith("08")) {
            return ServerErrors.serverUnreachable(location, rootMessage(e));
        }
        return translate(e, location, login.user());
    }

    static GlossException translate(SQLException e, String location, String user) {
        String state = String.valueOf(e.getSQLState());
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return ServerErrors.connectionLost(location);
        }
        if (state.equals("42501")) {
            return AccessErrors.notAllowed(user, "do this (" + firstLine(e.getMessage()) + ")");
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return AccessErrors.changedBySomeoneElse("the project");
        }
        if (state.equals("3F000") || state.equals("42P01")) {
            return ProjectErrors.notAProject(location);
        }
        return ProjectErrors.storage(location, firstLine(e.getMessage()));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return firstLine(cause.getMessage() == null ? cause.toString() : cause.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replaceFirst("^ERROR: ", "");
    }
}
