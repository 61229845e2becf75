package org.gloss.store.jdbc.internal;

import java.util.HashMap;
import java.util.Map;

import org.gloss.api.store.ExternalIds;
import org.gloss.store.jdbc.spi.JdbcConnection;

/**
 * External identifiers in a column of each object's own table, so that removing an object (or
 * the codes, codings and memos removed with it) forgets its identifier too.
 */
public final class JdbcExternalIds implements ExternalIds {
    private final JdbcConnection jdbc;

    public JdbcExternalIds(JdbcConnection jdbc) {
        this.jdbc = jdbc;
    }

    private static String table(Kind kind) {
        return switch (kind) {
            case CODER -> "coders";
            case CODE -> "codes";
            case DOCUMENT -> "documents";
            case SELECTION, CODING -> "codings";
            case MEMO -> "memos";
            case CASE -> "cases";
            case SET -> "document_sets";
        };
    }

    private static String column(Kind kind) {
        return kind == Kind.SELECTION ? "selection_external_id" : "external_id";
    }

    @Override
    public void put(Kind kind, long id, String externalId) {
        if (jdbc.update("UPDATE " + table(kind) + " SET " + column(kind) + " = ? WHERE id = ?", externalId, id) == 0) {
            throw new IllegalArgumentException("no " + kind.name().toLowerCase(java.util.Locale.ROOT) + " #" + id);
        }
    }

    @Override
    public Map<Long, String> all(Kind kind) {
        Map<Long, String> ids = new HashMap<>();
        jdbc.query("SELECT id, " + column(kind) + " FROM " + table(kind) + " WHERE " + column(kind) + " IS NOT NULL",
                rs -> ids.put(rs.getLong(1), rs.getString(2)));
        return ids;
    }
}
