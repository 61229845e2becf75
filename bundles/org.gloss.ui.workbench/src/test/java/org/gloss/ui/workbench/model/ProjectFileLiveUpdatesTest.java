package org.gloss.ui.workbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.MemoTarget;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace on a project file follows what other sessions commit to the file (a `gloss
 * autocode` or `coding import` in a terminal) the way a server project's workspace follows other
 * coders, within about a second (no UI: a single thread plays the FX thread).
 */
class ProjectFileLiveUpdatesTest {
    @TempDir
    Path dir;

    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
    private final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();
    private final SqliteStoreProvider store = new SqliteStoreProvider();
    private ProjectSession other;
    private Workspace workspace;
    private LiveUpdates live;
    private long document;
    private long code;

    @BeforeEach
    void openTheFileTwice() throws Exception {
        String file = dir.resolve("p.gloss").toString();
        store.create(file).close();
        other = store.open(file);
        document = other.documents().add(new NewDocument("interview", "We talked about debt and the harvest.")).id();
        code = other.codebook().add("debt", null, "#D1495B", null).id();
        onUi(() -> {
            workspace = new Workspace(store.open(file), "aida");
            workspace.addListener(changes::add);
            live = LiveUpdates.start(workspace, ui).orElseThrow();
            return null;
        });
    }

    @AfterEach
    void closeEverything() throws Exception {
        onUi(() -> {
            live.close();
            workspace.close();
            return null;
        });
        ui.shutdownNow();
        other.close();
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void codingsOfAnotherSessionReachTheViewsOfTheirDocument() throws Exception {
        long ben = other.coders().getOrCreate("ben").id();
        other.codings().add(new NewCoding(document, code, ben, 0, 9, null));
        Change change = awaitChange(Change.Kind.CODINGS);
        assertThat(change.documentId()).isEqualTo(document);
        assertThat(onUi(() -> workspace.visibleCodings(document))).hasSize(1);
    }

    @Test
    void codebookDocumentAndMemoChangesOfAnotherSessionArrive() throws Exception {
        other.codebook().add("harvest", null, null, null);
        awaitChange(Change.Kind.CODEBOOK);
        assertThat(onUi(() -> workspace.code("harvest"))).isPresent();
        other.documents().add(new NewDocument("notes", "Field notes."));
        awaitChange(Change.Kind.DOCUMENTS);
        other.memos().put(MemoTarget.DOCUMENT, document, "ben", "interesting");
        awaitChange(Change.Kind.MEMOS);
    }

    @Test
    void theWorkspacesOwnCodingsAreNotRefreshedAgain() throws Exception {
        onUi(() -> {
            workspace.applyCode(document, code, 0, 2);
            return null;
        });
        Thread.sleep(1000);
        List<Change> heard = new ArrayList<>();
        changes.drainTo(heard);
        assertThat(heard).filteredOn(c -> c.kind() == Change.Kind.CODINGS).hasSize(1); // the command's own
    }

    private Change awaitChange(Change.Kind kind) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
        while (System.nanoTime() < deadline) {
            Change change = changes.poll(50, TimeUnit.MILLISECONDS);
            if (change != null && change.kind() == kind) {
                return change;
            }
        }
        throw new AssertionError("no " + kind + " change within 1.5 s");
    }
}
