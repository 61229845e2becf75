package org.gloss.store.postgres.internal;

import java.util.List;
import java.util.Optional;

import org.gloss.api.error.Errors;
import org.gloss.api.store.Coders;
import org.gloss.model.Coder;

final class PgCoders implements Coders {
    private final PgSession session;
    private final PgJdbc jdbc;

    PgCoders(PgSession session, PgJdbc jdbc) {
        this.session = session;
        this.jdbc = jdbc;
    }

    @Override
    public List<Coder> list() {
        return jdbc.query("SELECT id, name FROM coders ORDER BY name COLLATE \"C\"", rs -> new Coder(rs.getLong(1), rs.getString(2)));
    }

    @Override
    public Optional<Coder> find(String name) {
        return jdbc.queryOne("SELECT id, name FROM coders WHERE name = ?", rs -> new Coder(rs.getLong(1), rs.getString(2)), name);
    }

    @Override
    public Coder getOrCreate(String name) {
        if (name == null || name.isBlank()) {
            throw Errors.invalidName("coder", String.valueOf(name));
        }
        // ON CONFLICT: two sessions may add the same coder at the same moment
        return session.inTransaction(() -> find(name).orElseGet(() -> {
            jdbc.update("INSERT INTO coders(name) VALUES (?) ON CONFLICT (name) DO NOTHING", name);
            return find(name).orElseThrow();
        }));
    }
}
