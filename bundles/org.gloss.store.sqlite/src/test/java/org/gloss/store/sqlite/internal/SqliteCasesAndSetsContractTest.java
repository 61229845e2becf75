package org.gloss.store.sqlite.internal;

import java.nio.file.Path;

import org.gloss.api.store.CasesAndSetsContract;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.io.TempDir;

/** Cases and sets against a real SQLite file. */
class SqliteCasesAndSetsContractTest extends CasesAndSetsContract {
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
