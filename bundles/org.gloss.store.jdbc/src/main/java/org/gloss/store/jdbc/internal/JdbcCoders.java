package org.gloss.store.jdbc.internal;

import java.util.List;
import java.util.Optional;

import org.gloss.api.store.Coders;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.Coder;
import org.gloss.store.jdbc.spi.JdbcConnection;

/** Coders in table coders, found or created by name. */
public final class JdbcCoders implements Coders {
    private final ProjectSession session;
    private final JdbcConnection jdbc;

    public JdbcCoders(ProjectSession session, JdbcConnection jdbc) {
        this.session = session;
        this.jdbc = jdbc;
    }

    @Override
    public List<Coder> list() {
        return jdbc.query("SELECT id, name FROM coders ORDER BY " + jdbc.dialect().inBinaryOrder("name"), rs -> new Coder(rs.getLong(1), rs.getString(2)));
    }

    @Override
    public Coder get(String name) {
        return find(name).orElseThrow(() -> ProjectErrors.unknownCoder(name));
    }

    @Override
    public Optional<Coder> find(String name) {
        return jdbc.queryOne("SELECT id, name FROM coders WHERE name = ?", rs -> new Coder(rs.getLong(1), rs.getString(2)), name);
    }

    @Override
    public Coder getOrCreate(String name) {
        if (name == null || name.isBlank()) {
            throw ProjectErrors.invalidName("coder", String.valueOf(name));
        }
        // ON CONFLICT: two sessions on a server may add the same coder at the same moment
        return session.inTransaction(() -> find(name).orElseGet(() -> {
            jdbc.update("INSERT INTO coders(name) VALUES (?) ON CONFLICT (name) DO NOTHING", name);
            return find(name).orElseThrow();
        }));
    }
}
