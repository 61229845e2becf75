package org.gloss.ui.workbench.model;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.gloss.api.store.ProjectSession;
import org.gloss.store.postgres.internal.PostgresStoreProvider;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away project database on the real PostgreSQL server the tests use: the cluster that
 * {@code .ci/services} starts (127.0.0.1:55432, admin password in a pgpass file), or the one named
 * by GLOSS_TEST_PG / GLOSS_TEST_PGPASSFILE. As in the store's own tests, a missing server fails
 * the test in CI (CI set) and skips it elsewhere, saying how to start one.
 */
public final class SharedTestProject implements AutoCloseable {
    private static final String HOST = "127.0.0.1";
    private static final String DEFAULT_PORT = "55432";
    private static final String ADMIN = "gloss_admin";

    private final PostgresStoreProvider provider;
    private final String port;
    private final String password;
    private final String database;

    private SharedTestProject(PostgresStoreProvider provider, String port, String password, String database) {
        this.provider = provider;
        this.port = port;
        this.password = password;
        this.database = database;
    }

    /** Creates a new empty project database, or skips (fails in CI) without a server. */
    public static SharedTestProject create() {
        String admin = System.getenv().getOrDefault("GLOSS_TEST_PG", "postgresql://" + HOST + ":" + DEFAULT_PORT + "/postgres?user=" + ADMIN);
        String port = admin.replaceFirst("^postgresql://[^:/]+:(\\d+)/.*$", "$1");
        Path passfile = Path.of(System.getenv().getOrDefault("GLOSS_TEST_PGPASSFILE", "/tmp/gloss-pg-" + port + ".pgpass"));
        Map<String, String> environment = new HashMap<>();
        String password = null;
        try {
            if (Files.isReadable(passfile)) {
                environment.put("PGPASSFILE", passfile.toString());
                String line = Files.readAllLines(passfile).get(0);
                password = line.substring(line.lastIndexOf(':') + 1);
            }
        } catch (IOException | IndexOutOfBoundsException e) {
            password = null;
        }
        String database = "gloss_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        SharedTestProject project = new SharedTestProject(new PostgresStoreProvider(environment), port, password, database);
        try {
            project.provider.create(project.location()).close();
        } catch (RuntimeException e) {
            String message = "no PostgreSQL server for the tests at " + admin + " (" + e.getMessage()
                    + "); start one with `. .ci/services` (installs and starts a throw-away cluster on port 55432)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return project;
    }

    public String location() {
        return "postgresql://" + HOST + ":" + port + "/" + database + "?user=" + ADMIN;
    }

    public ProjectSession open() {
        return provider.open(location());
    }

    /** Cuts the connections of the project's change feeds, as a network failure would. */
    public void killChangeFeeds() {
        sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                + "' AND application_name = 'gloss-changes'");
    }

    /** Cuts every connection to the project (the sessions' and the feeds'), as a server restart would. */
    public void killAllConnections() {
        sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                + "' AND pid <> pg_backend_pid()");
    }

    @Override
    public void close() {
        sql("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
        sql("DROP ROLE IF EXISTS \"" + database + "_editors\"");
        sql("DROP ROLE IF EXISTS \"" + database + "_coders\"");
    }

    private void sql(String statement) {
        Properties properties = new Properties();
        properties.setProperty("user", ADMIN);
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection c = new org.postgresql.Driver().connect("jdbc:postgresql://" + HOST + ":" + port + "/postgres", properties);
             Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}
