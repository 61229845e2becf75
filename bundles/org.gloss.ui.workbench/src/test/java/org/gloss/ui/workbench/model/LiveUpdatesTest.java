package org.gloss.ui.workbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A workspace on a shared PostgreSQL project follows other coders' changes and the state of the
 * connection, against the real server (no UI: a single thread plays the FX thread).
 */
class LiveUpdatesTest {
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
    private final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();
    private final BlockingQueue<LiveUpdates.State> states = new LinkedBlockingQueue<>();
    private SharedTestProject project;
    private ProjectSession ben;
    private Workspace workspace;
    private LiveUpdates live;
    private long document;
    private long code;
    private long benId;

    @BeforeEach
    void openTheSharedProjectTwice() throws Exception {
        project = SharedTestProject.create();
        ben = project.open();
        document = ben.documents().add(new NewDocument("interview", "We talked about debt and the harvest.")).id();
        code = ben.codebook().add("debt", null, "#D1495B", null).id();
        benId = ben.coders().getOrCreate("ben").id();
        ben.coders().getOrCreate("aida");
        onUi(() -> {
            workspace = new Workspace(project.open(), "aida");
            workspace.addListener(changes::add);
            live = LiveUpdates.start(workspace, ui).orElseThrow();
            live.addStateListener(states::add);
            return null;
        });
        // notifications of the set-up that may still be on their way
        Thread.sleep(LiveUpdates.COALESCE_MILLIS * 3);
        changes.clear();
    }

    @AfterEach
    void closeEverything() throws Exception {
        if (workspace != null) {
            onUi(() -> {
                live.close();
                workspace.close();
                return null;
            });
        }
        ui.shutdownNow();
        if (ben != null) {
            ben.close();
        }
        if (project != null) {
            project.close();
        }
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void anotherCodersCodingReachesTheWorkspaceWithinASecond() throws Exception {
        long started = System.nanoTime();
        Coding bens = ben.codings().add(new NewCoding(document, code, benId, 16, 20, null));
        Change change = changes.poll(1, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(change).as("no refresh within a second").isNotNull();
        assertThat(change.kind()).isEqualTo(Change.Kind.CODINGS);
        assertThat(change.documentId()).isEqualTo(document);
        assertThat(onUi(() -> workspace.visibleCodings(document))).extracting(Coding::id).containsExactly(bens.id());
        System.out.println("another coder's coding reached the workspace after " + millis + " ms");

        // a burst of codings (one import-like transaction) and a new code: one refresh per kind,
        // not one per coding
        List<NewCoding> burstOfCodings = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            burstOfCodings.add(new NewCoding(document, code, benId, i, i + 1, null));
        }
        ben.codings().addAll(burstOfCodings);
        ben.codebook().add("harvest", null, "#2E86AB", null);
        Thread.sleep(LiveUpdates.COALESCE_MILLIS * 4);
        List<Change> burst = drain();
        assertThat(burst).extracting(Change::kind).containsOnly(Change.Kind.CODINGS, Change.Kind.CODEBOOK)
                .filteredOn(k -> k == Change.Kind.CODINGS).hasSizeLessThanOrEqualTo(2);
        assertThat(onUi(() -> workspace.code("harvest"))).isPresent();
        assertThat(onUi(() -> workspace.visibleCodings(document))).hasSize(21);
    }

    @Test
    void theWorkspacesOwnCodingsAreNotRefreshedAgainWhenTheirNotificationArrives() throws Exception {
        onUi(() -> {
            workspace.applyCode(document, code, 0, 2);
            return null;
        });
        Change own = changes.poll(1, TimeUnit.SECONDS);
        assertThat(own.hasDelta()).isTrue();
        Thread.sleep(LiveUpdates.COALESCE_MILLIS * 4);
        assertThat(drain()).isEmpty();
        assertThat(ben.codings().list(org.gloss.api.store.CodingFilter.document(document))).hasSize(1);
    }

    @Test
    void aLostConnectionRefusesChangesUntilItIsBackAndThenEverythingIsReloaded() throws Exception {
        project.killChangeFeeds();
        assertThat(states.poll(5, TimeUnit.SECONDS)).isEqualTo(LiveUpdates.State.RECONNECTING);
        assertThat(live.state()).isEqualTo(LiveUpdates.State.RECONNECTING);
        assertThatThrownBy(() -> onUi(() -> {
            workspace.applyCode(document, code, 0, 2);
            return null;
        })).hasCauseInstanceOf(GlossException.class).cause()
                .hasMessage("the connection to the server for " + project.location()
                        + " is lost and Gloss is reconnecting; your change was not saved, try again when it is back");
        assertThatThrownBy(() -> onUi(() -> {
            workspace.editMemo(org.gloss.model.MemoTarget.DOCUMENT, document, "written while offline", "interview");
            return null;
        })).as("a memo is a change like any other").hasCauseInstanceOf(GlossException.class);
        assertThat(ben.memos().find(org.gloss.model.MemoTarget.DOCUMENT, document)).isEmpty();
        // made while the feed is down: not announced, but there after the reload
        Coding meanwhile = ben.codings().add(new NewCoding(document, code, benId, 3, 9, null));
        changes.clear();

        assertThat(states.poll(5, TimeUnit.SECONDS)).isEqualTo(LiveUpdates.State.CONNECTED);
        Change reload = changes.poll(1, TimeUnit.SECONDS);
        assertThat(reload.kind()).isEqualTo(Change.Kind.PROJECT);
        assertThat(onUi(() -> workspace.visibleCodings(document))).extracting(Coding::id).containsExactly(meanwhile.id());
        onUi(() -> {
            workspace.applyCode(document, code, 0, 2);
            return null;
        });
        assertThat(ben.codings().list(org.gloss.api.store.CodingFilter.document(document))).hasSize(2);
    }

    @Test
    void whenTheWorkspacesOwnConnectionDiedTooTheProjectMustBeOpenedAgain() throws Exception {
        project.killAllConnections();
        assertThat(states.poll(5, TimeUnit.SECONDS)).isEqualTo(LiveUpdates.State.RECONNECTING);
        assertThat(states.poll(5, TimeUnit.SECONDS)).isEqualTo(LiveUpdates.State.REOPEN_NEEDED);
        ben.close();
        ben = project.open();
    }

    private List<Change> drain() {
        List<Change> all = new java.util.ArrayList<>();
        changes.drainTo(all);
        return all;
    }
}
