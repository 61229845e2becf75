package org.gloss.store.postgres.internal;

import org.gloss.api.store.CasesAndSetsContract;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.AfterEach;

/** Cases and sets against a real PostgreSQL server (one database per test), as for SQLite. */
class PostgresCasesAndSetsContractTest extends CasesAndSetsContract {
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
