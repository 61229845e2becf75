package org.gloss.store.postgres.internal;

import java.util.List;

import org.gloss.core.project.ProjectErrors;
import org.gloss.store.jdbc.spi.JdbcConnection;
import org.gloss.store.jdbc.spi.MigrationScripts;

/**
 * The versioned schema "gloss" of a project database: migration {@code n} (resource
 * {@code migrations/V<n>__<what>.sql}) takes it from version n-1 to n. PostgreSQL runs DDL in
 * transactions, so a migration either completes or leaves the previous version untouched; an
 * advisory lock keeps two sessions from migrating at once.
 */
final class PgSchema {
    private static final List<String> SCRIPTS = List.of(
            "V1__initial.sql",
            "V2__transcript_turns.sql",
            "V3__adjudication_log.sql",
            "V4__coding_changes_name_their_coder.sql",
            "V5__external_ids.sql",
            "V6__one_memo_model.sql",
            "V7__every_code_has_a_colour.sql",
            "V8__cases_and_sets.sql");

    static final int CURRENT_VERSION = SCRIPTS.size();

    private PgSchema() {
    }

    static boolean exists(JdbcConnection jdbc) {
        return jdbc.queryOne("SELECT 1 FROM pg_namespace WHERE nspname = ?", rs -> true, Connections.SCHEMA).isPresent();
    }

    /** Creates the schema at the current version (inside the caller's transaction). */
    static void install(JdbcConnection jdbc) {
        jdbc.execute("CREATE SCHEMA " + Connections.SCHEMA);
        jdbc.execute("CREATE TABLE gloss.schema_version (version integer NOT NULL)");
        jdbc.execute("INSERT INTO gloss.schema_version VALUES (0)");
        migrate(jdbc);
    }

    /** Brings the schema to the current version (inside the caller's transaction). */
    static void migrate(JdbcConnection jdbc) {
        jdbc.queryOne("SELECT pg_advisory_xact_lock(hashtext('gloss-schema'))", rs -> true);
        int version = (int) jdbc.queryLong("SELECT version FROM gloss.schema_version");
        if (version > CURRENT_VERSION) {
            throw ProjectErrors.newerSchema(jdbc.location(), version, CURRENT_VERSION);
        }
        for (int next = version + 1; next <= CURRENT_VERSION; next++) {
            jdbc.execute("SET LOCAL search_path = " + Connections.SCHEMA);
            jdbc.execute(MigrationScripts.read(PgSchema.class, SCRIPTS.get(next - 1)));
            jdbc.update("UPDATE gloss.schema_version SET version = ?", next);
        }
        if (version < CURRENT_VERSION && version > 0) {
            ProjectRoles.grant(jdbc); // new tables need the roles' grants too
        }
    }

    static int version(JdbcConnection jdbc) {
        return (int) jdbc.queryLong("SELECT version FROM gloss.schema_version");
    }
}
