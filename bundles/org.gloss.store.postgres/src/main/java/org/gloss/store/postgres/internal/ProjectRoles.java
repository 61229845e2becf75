package org.gloss.store.postgres.internal;

import java.util.Optional;

import org.gloss.store.jdbc.spi.JdbcConnection;

/**
 * The database roles of one project. Two group roles per project database,
 * {@code <database>_coders} and {@code <database>_editors}: coders read the project and write
 * their own codings and memos (row-level security decides which rows); editors also change the
 * codebook, the cases and sets, the documents and the settings. Each coder logs in as a role of their own that is a
 * member of one of them, and their coder name is that role's name.
 */
final class ProjectRoles {
    private ProjectRoles() {
    }

    static String coders(String database) {
        return database + "_coders";
    }

    static String editors(String database) {
        return database + "_editors";
    }

    /** Creates the group roles (if the server has none of that name yet) and records them. */
    static void create(JdbcConnection jdbc, String database) {
        for (String role : new String[] {coders(database), editors(database)}) {
            if (!roleExists(jdbc, role)) {
                jdbc.execute("CREATE ROLE " + quote(role) + " NOLOGIN");
            }
        }
        jdbc.update("INSERT INTO gloss.project_roles(kind, role_name) VALUES ('coder', ?), ('editor', ?) "
                + "ON CONFLICT (kind) DO UPDATE SET role_name = excluded.role_name", coders(database), editors(database));
        jdbc.execute("GRANT " + quote(coders(database)) + " TO " + quote(editors(database)));
        jdbc.execute("GRANT CONNECT ON DATABASE " + quote(database) + " TO " + quote(coders(database)));
        grant(jdbc);
    }

    /** (Re)grants the group roles' privileges on every table of the schema. */
    static void grant(JdbcConnection jdbc) {
        String coders = quote(role(jdbc, "coder"));
        String editors = quote(role(jdbc, "editor"));
        jdbc.execute("GRANT USAGE ON SCHEMA gloss TO " + coders);
        jdbc.execute("GRANT SELECT ON ALL TABLES IN SCHEMA gloss TO " + coders);
        jdbc.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA gloss TO " + coders);
        jdbc.execute("GRANT INSERT, UPDATE, DELETE ON gloss.codings, gloss.memos TO " + coders);
        jdbc.execute("GRANT INSERT ON gloss.coders TO " + coders);
        jdbc.execute("GRANT INSERT, UPDATE, DELETE ON gloss.documents, gloss.document_attributes, gloss.document_turns, "
                + "gloss.codes, gloss.coders, gloss.settings, gloss.adjudication_log, "
                + "gloss.cases, gloss.case_attributes, gloss.case_members, "
                + "gloss.document_sets, gloss.set_documents, gloss.set_codes TO " + editors);
    }

    /** Creates a coder's login role if needed and makes it a member of the coders or editors. */
    static void addMember(JdbcConnection jdbc, String database, String name, boolean editor) {
        if (!roleExists(jdbc, name)) {
            jdbc.execute("CREATE ROLE " + quote(name) + " LOGIN");
        }
        jdbc.execute("GRANT " + quote(editor ? editors(database) : coders(database)) + " TO " + quote(name));
        jdbc.update("INSERT INTO gloss.coders(name) VALUES (?) ON CONFLICT (name) DO NOTHING", name);
    }

    private static String role(JdbcConnection jdbc, String kind) {
        Optional<String> role = jdbc.queryOne("SELECT role_name FROM gloss.project_roles WHERE kind = ?",
                rs -> rs.getString(1), kind);
        return role.orElseThrow(() -> new IllegalStateException("project has no " + kind + " role"));
    }

    private static boolean roleExists(JdbcConnection jdbc, String role) {
        return jdbc.queryOne("SELECT 1 FROM pg_roles WHERE rolname = ?", rs -> true, role).isPresent();
    }

    /** A quoted SQL identifier: role names come from users, so they are never spliced in raw. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
