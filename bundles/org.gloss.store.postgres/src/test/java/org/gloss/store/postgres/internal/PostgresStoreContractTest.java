package org.gloss.store.postgres.internal;

import org.gloss.api.store.ProjectSession;
import org.gloss.api.store.ProjectStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The same store contract as for SQLite, against a real PostgreSQL server (one database per test). */
class PostgresStoreContractTest extends ProjectStoreContract {
    private final PostgresTestServer server = PostgresTestServer.get();
    private final PostgresStoreProvider provider = server.adminProvider();
    private String location;

    @Override
    protected ProjectSession createProject() {
        location = server.newProjectLocation();
        return provider.create(location);
    }

    @Override
    protected ProjectSession reopen() {
        return provider.open(location);
    }

    @AfterEach
    void dropDatabase() {
        if (project != null) {
            project.close();
        }
        server.dropProject(location);
    }
}
