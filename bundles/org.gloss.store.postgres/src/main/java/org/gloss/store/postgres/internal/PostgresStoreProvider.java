package org.gloss.store.postgres.internal;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectChangeListener;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.store.ProjectStoreProvider;
import org.gloss.core.project.ProjectErrors;
import org.gloss.store.jdbc.spi.JdbcConnection;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Shared projects on a PostgreSQL server: {@code postgresql://host[:port]/database[?user=NAME]},
 * one database per project. Credentials come from the environment or a password file (see
 * {@link Credentials}).
 */
@Component(service = ProjectStoreProvider.class)
public class PostgresStoreProvider implements ProjectStoreProvider {
    private static final String MAINTENANCE_DATABASE = "postgres";

    private final Map<String, String> environment;
    /**
     * In-process listeners of document changes (the search index), told by each session as it
     * closes. Held as service objects, so that a listener is activated only when a session did
     * change documents: {@code gloss coding add} loads no search engine.
     */
    @Reference(service = ProjectChangeListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ComponentServiceObjects<ProjectChangeListener>> listeners = List.of();

    private List<ProjectChangeListener> changeListeners() {
        List<ComponentServiceObjects<ProjectChangeListener>> current = listeners;
        if (current.isEmpty()) {
            // outside a framework (the importers' tests) the component API is not on the class path
            return List.of();
        }
        return current.stream().map(ComponentServiceObjects::getService).filter(java.util.Objects::nonNull).toList();
    }

    public PostgresStoreProvider() {
        this(System.getenv());
    }

    /** With a given environment (PGUSER, PGPASSWORD, PGPASSFILE, HOME) instead of the process's. */
    public PostgresStoreProvider(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String id() {
        return "postgresql";
    }

    @Override
    public boolean handles(String location) {
        return ServerLocation.looksLikeServer(location);
    }

    Connections connections(String location) {
        return new Connections(ServerLocation.parse(location), new Credentials(environment));
    }

    /** Creates the database if it does not exist, then the schema and the project's group roles. */
    @Override
    public ProjectSession create(String location) {
        Connections connections = connections(location);
        createDatabaseIfMissing(connections);
        JdbcConnection jdbc = new JdbcConnection(connections.open(), location, connections.user(), PgDialect.INSTANCE);
        try {
            PgSession session = new PgSession(connections, jdbc, this::changeListeners);
            session.inTransaction(() -> {
                if (PgSchema.exists(jdbc)) {
                    throw ProjectErrors.projectExists(location);
                }
                PgSchema.install(jdbc);
                ProjectRoles.create(jdbc, connections.location().database());
            });
            return session;
        } catch (RuntimeException e) {
            jdbc.closeQuietly();
            throw e;
        }
    }

    @Override
    public ProjectSession open(String location) {
        Connections connections = connections(location);
        JdbcConnection jdbc = new JdbcConnection(connections.open(), location, connections.user(), PgDialect.INSTANCE);
        try {
            PgSession session = new PgSession(connections, jdbc, this::changeListeners);
            if (!PgSchema.exists(jdbc)) {
                throw ProjectErrors.notAProject(location);
            }
            if (PgSchema.version(jdbc) != PgSchema.CURRENT_VERSION) {
                session.inTransaction(() -> PgSchema.migrate(jdbc));
            }
            return session;
        } catch (RuntimeException e) {
            jdbc.closeQuietly();
            throw e;
        }
    }

    /**
     * Deletes a project: its database (whoever is connected to it is disconnected) and its two
     * group roles. A project that is not there is not an error.
     */
    public void drop(String location) {
        Connections connections = connections(location);
        String database = connections.location().database();
        if (database.equals(MAINTENANCE_DATABASE)) {
            throw ServerErrors.badServerLocation(location, "a project database, not " + MAINTENANCE_DATABASE);
        }
        Connection maintenance = connections.openDatabase(MAINTENANCE_DATABASE);
        JdbcConnection jdbc = new JdbcConnection(maintenance, connections.location().text(), connections.user(), PgDialect.INSTANCE);
        try {
            jdbc.execute("DROP DATABASE IF EXISTS " + ProjectRoles.quote(database) + " WITH (FORCE)");
            jdbc.execute("DROP ROLE IF EXISTS " + ProjectRoles.quote(ProjectRoles.editors(database)));
            jdbc.execute("DROP ROLE IF EXISTS " + ProjectRoles.quote(ProjectRoles.coders(database)));
        } catch (GlossException e) {
            throw new GlossException("cannot delete database " + database + " of " + connections.location().text()
                    + ": " + e.getMessage(), e);
        } finally {
            jdbc.closeQuietly();
        }
    }

    private static void createDatabaseIfMissing(Connections connections) {
        String database = connections.location().database();
        Connection maintenance = connections.openDatabase(MAINTENANCE_DATABASE);
        JdbcConnection jdbc = new JdbcConnection(maintenance, connections.location().text(), connections.user(), PgDialect.INSTANCE);
        try {
            boolean exists = jdbc.queryOne("SELECT 1 FROM pg_database WHERE datname = ?", rs -> true, database).isPresent();
            if (!exists) {
                jdbc.execute("CREATE DATABASE " + ProjectRoles.quote(database));
            }
        } catch (GlossException e) {
            throw new GlossException("cannot create database " + database + " for " + connections.location().text()
                    + ": " + e.getMessage(), e);
        } finally {
            jdbc.closeQuietly();
        }
    }
}
