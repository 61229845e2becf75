package org.gloss.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Concurrency and failure against a real server: nothing acknowledged is lost, nothing half-done remains. */
class PostgresReliabilityTest {
    private static final int CODERS = 10;
    private static final int CODINGS_EACH = 1_000;

    private final PostgresTestServer server = PostgresTestServer.get();
    private String location;
    private Document doc;
    private Code code;

    @BeforeEach
    void createProject() {
        location = server.newProjectLocation();
        try (ProjectSession admin = server.adminProvider().create(location)) {
            doc = admin.documents().add(new NewDocument("long", "x".repeat(10_000)));
            code = admin.codebook().add("c", null, null, null);
        }
    }

    @AfterEach
    void dropProject() {
        server.dropProject(location);
    }

    @Test
    void tenCodersAddingAThousandCodingsEachAtOnceLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CODERS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < CODERS; c++) {
                String coder = "coder" + c;
                done.add(pool.submit(() -> {
                    try (ProjectSession session = server.adminProvider().open(location)) {
                        long coderId = session.coders().getOrCreate(coder).id();
                        for (int i = 0; i < CODINGS_EACH; i++) {
                            session.codings().add(new NewCoding(doc.id(), code.id(), coderId, i, i + 1 + i % 7, null));
                        }
                    }
                    return CODINGS_EACH;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(CODINGS_EACH);
            }
        } finally {
            pool.shutdownNow();
        }
        try (ProjectSession check = server.adminProvider().open(location)) {
            assertThat(check.codings().count()).isEqualTo((long) CODERS * CODINGS_EACH);
            for (int c = 0; c < CODERS; c++) {
                List<Coding> mine = check.codings().list(new CodingFilter(null, null, check.coders().get("coder" + c).id()));
                assertThat(mine).hasSize(CODINGS_EACH);
                assertThat(mine).extracting(Coding::start).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void aConnectionKilledInTheMiddleOfABatchLeavesNoneOfIt() throws Exception {
        String database = PostgresTestServer.database(location);
        // the 500th coding of the batch makes the server wait, so the test kills the connection mid-batch for sure
        server.sql(database, "CREATE FUNCTION gloss.stall() RETURNS trigger LANGUAGE plpgsql AS $$ "
                + "BEGIN PERFORM pg_sleep(30); RETURN NEW; END $$");
        server.sql(database, "CREATE TRIGGER stall BEFORE INSERT ON gloss.codings FOR EACH ROW "
                + "WHEN (NEW.start_cp = 500) EXECUTE FUNCTION gloss.stall()");
        String application = "gloss-kill-test";
        String victimLocation = location + "&ApplicationName=" + application;
        try (ProjectSession victim = server.adminProvider().open(victimLocation)) {
            long coderId = victim.coders().getOrCreate("victim").id();
            victim.codings().add(new NewCoding(doc.id(), code.id(), coderId, 0, 1, "acknowledged before"));
            List<NewCoding> batch = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                batch.add(new NewCoding(doc.id(), code.id(), coderId, i, i + 2, null));
            }
            CompletableFuture<Integer> adding = CompletableFuture.supplyAsync(() -> victim.codings().addAll(batch));
            int terminated = terminateWhenStalled(database, application);
            assertThat(terminated).isEqualTo(1);
            assertThatThrownBy(() -> {
                try {
                    adding.get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause();
                }
            }).isInstanceOf(GlossException.class).hasMessage("lost the connection to the server for " + victimLocation
                    + "; the unfinished change was not saved, reconnect and retry");
        }
        try (ProjectSession check = server.adminProvider().open(location)) {
            assertThat(check.codings().list(CodingFilter.ALL)).extracting(Coding::memo).containsExactly("acknowledged before");
        }
    }

    private int terminateWhenStalled(String database, String application) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection admin = server.adminConnection("postgres"); Statement st = admin.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = st.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        + "WHERE datname = '" + database + "' AND application_name = '" + application + "' "
                        + "AND wait_event = 'PgSleep'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return rs.getInt(1);
                    }
                }
                Thread.sleep(20);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return 0;
    }

    @Test
    void anUnreachableServerIsAClearError() {
        PostgresStoreProvider provider = new PostgresStoreProvider(Map.of("PGPASSWORD", "x"));
        assertThatThrownBy(() -> provider.open("postgresql://127.0.0.1:1/nowhere?user=nobody&connectTimeout=2"))
                .isInstanceOf(GlossException.class)
                .hasMessageStartingWith("cannot reach the server for postgresql://127.0.0.1:1/nowhere?user=nobody&connectTimeout=2: ")
                .hasMessageContaining("refused");
    }
}
