package org.gloss.store.sqlite.internal;

import java.nio.file.Path;

import org.gloss.api.store.ProjectSession;
import org.gloss.api.store.ProjectStoreContract;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against a real SQLite file. */
class SqliteStoreContractTest extends ProjectStoreContract {
    @TempDir
    Path dir;

    private final SqliteStoreProvider provider = new SqliteStoreProvider();

    @Override
    protected ProjectSession createProject() {
        return provider.create(dir.resolve("p.gloss").toString());
    }

    @Override
    protected ProjectSession reopen() {
        return provider.open(dir.resolve("p.gloss").toString());
    }
}
