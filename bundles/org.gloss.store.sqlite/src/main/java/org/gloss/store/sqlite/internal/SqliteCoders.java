package org.gloss.store.sqlite.internal;

import java.util.List;
import java.util.Optional;

import org.gloss.api.error.Errors;
import org.gloss.api.store.Coders;
import org.gloss.model.Coder;

final class SqliteCoders implements Coders {
    private final SqliteSession session;
    private final Jdbc jdbc;

    SqliteCoders(SqliteSession session, Jdbc jdbc) {
        this.session = session;
        this.jdbc = jdbc;
    }

    @Override
    public List<Coder> list() {
        return jdbc.query("SELECT id, name FROM coders ORDER BY name", rs -> new Coder(rs.getLong(1), rs.getString(2)));
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
        return session.inTransaction(() -> find(name).orElseGet(() ->
                new Coder(jdbc.insert("INSERT INTO coders(name) VALUES (?)", name), name)));
    }
}
