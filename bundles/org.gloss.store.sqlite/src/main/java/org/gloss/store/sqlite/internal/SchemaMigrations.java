package org.gloss.store.sqlite.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.store.jdbc.spi.MigrationScripts;

/**
 * The versioned schema: migration {@code n} takes a project from version n-1 to n. Scripts are
 * resources named {@code migrations/V<n>__<what>.sql}, listed here in order.
 */
final class SchemaMigrations {
    /** The scripts, in version order; index + 1 is the version each one produces. */
    private static final List<String> SCRIPTS = List.of(
            "V1__initial.sql",
            "V2__provenance_and_attributes.sql",
            "V3__transcript_turns.sql",
            "V4__adjudication_log.sql",
            "V5__external_ids.sql",
            "V6__one_memo_model_and_change_log.sql",
            "V7__every_code_has_a_colour.sql",
            "V8__cases_and_sets.sql");

    static final int CURRENT_VERSION = SCRIPTS.size();

    private SchemaMigrations() {
    }

    /** The statements that take a schema from {@code version - 1} to {@code version}. */
    static List<String> statements(int version) {
        String script = MigrationScripts.read(SchemaMigrations.class, SCRIPTS.get(version - 1));
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString());
                current.setLength(0);
            }
        }
        return statements;
    }
}
