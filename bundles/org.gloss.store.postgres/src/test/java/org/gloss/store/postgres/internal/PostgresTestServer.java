package org.gloss.store.postgres.internal;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the tests run against: the throw-away cluster that
 * {@code .ci/services} starts (127.0.0.1:55432, admin password in a pgpass file), or the one named
 * by GLOSS_TEST_PG / GLOSS_TEST_PGPASSFILE. In CI (CI set) a missing server fails the tests;
 * on a developer's machine without a server they are skipped, saying how to start one.
 */
final class PostgresTestServer {
    static final String DEFAULT_LOCATION = "postgresql://127.0.0.1:55432/postgres?user=gloss_admin";
    static final String DEFAULT_PASSFILE = "/tmp/gloss-pg-55432.pgpass";

    private static PostgresTestServer instance;

    private final ServerLocation admin;
    private final Map<String, String> adminEnvironment;

    private PostgresTestServer(ServerLocation admin, Map<String, String> adminEnvironment) {
        this.admin = admin;
        this.adminEnvironment = adminEnvironment;
    }

    /** The server, or a skipped (developer) or failed (CI) test if there is none. */
    static synchronized PostgresTestServer get() {
        if (instance == null) {
            String location = System.getenv().getOrDefault("GLOSS_TEST_PG", DEFAULT_LOCATION);
            Map<String, String> environment = new HashMap<>();
            String passfile = System.getenv().getOrDefault("GLOSS_TEST_PGPASSFILE", DEFAULT_PASSFILE);
            if (Files.isReadable(Path.of(passfile))) {
                environment.put("PGPASSFILE", passfile);
            }
            if (System.getenv("PGPASSWORD") != null) {
                environment.put("PGPASSWORD", System.getenv("PGPASSWORD"));
            }
            PostgresTestServer server = new PostgresTestServer(ServerLocation.parse(location), environment);
            try (Connection c = server.adminConnection("postgres")) {
                c.isValid(5);
            } catch (RuntimeException | SQLException e) {
                String message = "no PostgreSQL server for the tests at " + location + " (" + e.getMessage()
                        + "); start one with `. .ci/services` (installs and starts a throw-away cluster on port 55432)";
                if (System.getenv("CI") != null) {
                    fail(message);
                }
                Assumptions.abort(message);
            }
            instance = server;
        }
        return instance;
    }

    /** A provider that logs in as the admin. */
    PostgresStoreProvider adminProvider() {
        return new PostgresStoreProvider(adminEnvironment);
    }

    /** A provider that logs in with this password (from PGPASSWORD, as on a coder's machine). */
    PostgresStoreProvider providerWithPassword(String password) {
        return new PostgresStoreProvider(Map.of("PGPASSWORD", password, "HOME", "/nonexistent"));
    }

    /** A location for a new project database (not yet created), as the admin. */
    String newProjectLocation() {
        String database = "gloss_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return location(database, admin.user());
    }

    String location(String database, String user) {
        return "postgresql://" + admin.host() + ":" + admin.port() + "/" + database + "?user=" + user;
    }

    static String database(String location) {
        return ServerLocation.parse(location).database();
    }

    /** Creates a login role with a password (what a database administrator does for a new coder). */
    void createLoginRole(String name, String password) {
        sql("postgres", "CREATE ROLE " + ProjectRoles.quote(name) + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
    }

    /** Drops a project database and the roles the tests made for it. */
    void dropProject(String location, String... loginRoles) {
        String database = database(location);
        sql("postgres", "DROP DATABASE IF EXISTS " + ProjectRoles.quote(database) + " WITH (FORCE)");
        for (String role : loginRoles) {
            sql("postgres", "DROP ROLE IF EXISTS " + ProjectRoles.quote(role));
        }
        sql("postgres", "DROP ROLE IF EXISTS " + ProjectRoles.quote(ProjectRoles.editors(database)));
        sql("postgres", "DROP ROLE IF EXISTS " + ProjectRoles.quote(ProjectRoles.coders(database)));
    }

    /** Takes a project's schema back to version 7: without the cases and sets of version 8. */
    void undoVersion8(String database) {
        sql(database, "DROP TABLE gloss.set_codes, gloss.set_documents, gloss.document_sets, "
                + "gloss.case_members, gloss.case_attributes, gloss.cases");
        sql(database, "DROP FUNCTION gloss.notify_part_change()");
        sql(database, "UPDATE gloss.schema_version SET version = 7");
    }

    void sql(String database, String statement) {
        try (Connection c = adminConnection(database); Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    Connection adminConnection(String database) {
        return new Connections(admin.withDatabase(database), new Credentials(adminEnvironment)).openDatabase(database);
    }
}
