package org.gloss.team.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.store.postgres.internal.PostgresStoreProvider;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Push and pull are merges between a project file and a server project ({@link ProjectTransfer}):
 * cases and sets go to a real PostgreSQL server (the one `. .ci/services` starts) and come back.
 */
class PostgresCaseAndSetTransferTest {
    @TempDir
    Path dir;

    private PostgresStoreProvider server;
    private String location;

    @BeforeEach
    void findServer() {
        String admin = System.getenv().getOrDefault("GLOSS_TEST_PG", "postgresql://127.0.0.1:55432/postgres?user=gloss_admin");
        Map<String, String> environment = new HashMap<>();
        String passfile = System.getenv().getOrDefault("GLOSS_TEST_PGPASSFILE", "/tmp/gloss-pg-55432.pgpass");
        if (Files.isReadable(Path.of(passfile))) {
            environment.put("PGPASSFILE", passfile);
        }
        java.net.URI uri = java.net.URI.create(admin);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 2000);
        } catch (java.io.IOException e) {
            String message = "no PostgreSQL server at " + admin + "; start one with `. .ci/services`";
            if (System.getenv("CI") != null) {
                org.assertj.core.api.Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        server = new PostgresStoreProvider(environment);
        location = admin.replaceFirst("/postgres\\?", "/gloss_merge_" + UUID.randomUUID().toString().substring(0, 8) + "?");
    }

    @AfterEach
    void dropServerProject() {
        if (server != null) {
            server.drop(location);
        }
    }

    @Test
    void casesAndSetsGoToTheServerAndComeBackOnce() {
        SqliteStoreProvider files = new SqliteStoreProvider();
        try (ProjectSession lead = files.create(dir.resolve("lead.gloss").toString())) {
            lead.documents().add(new NewDocument("focus group", CaseAndSetMergeTest.FOCUS_GROUP));
            lead.codebook().add("Debt", null, null, null);
            CaseAndSetMergeTest.addCasesAndSets(lead);
            List<String> cases = CasesAndSetsPicture.cases(lead);
            List<String> sets = CasesAndSetsPicture.sets(lead);

            try (ProjectSession shared = server.create(location)) {
                MergeReport pushed = new ProjectMerger(shared, null).merge(List.of(new ProjectMerger.Source("lead.gloss", lead)), false);
                assertThat(pushed.sources().get(0).summary()).isEqualTo("+2 documents, +1 code, +2 cases, +2 sets");
                assertThat(CasesAndSetsPicture.cases(shared)).isEqualTo(cases);
                assertThat(CasesAndSetsPicture.sets(shared)).isEqualTo(sets);
                // an editor on the server changes a case; pushing the file again conflicts, pulling brings the change
                long aida = shared.cases().get("Aida").id();
                shared.cases().setAttribute(aida, "age", new AttributeValue(AttributeType.NUMBER, "35"));
                MergeReport again = new ProjectMerger(shared, null).merge(List.of(new ProjectMerger.Source("lead.gloss", lead)), false);
                assertThat(again.refused()).isTrue();
                assertThat(again.conflicts()).extracting(Object::toString).containsExactly(
                        "case: case 'Aida' differs: age 35 (number) in the target but 34 (number) in lead.gloss");
            }
            try (ProjectSession shared = server.open(location);
                 ProjectSession back = files.create(dir.resolve("back.gloss").toString())) {
                new ProjectMerger(back, null).merge(List.of(new ProjectMerger.Source(location, shared)), false);
                assertThat(CasesAndSetsPicture.cases(back)).isEqualTo(CasesAndSetsPicture.cases(shared))
                        .isNotEqualTo(cases).anyMatch(line -> line.contains("value=35"));
                assertThat(CasesAndSetsPicture.sets(back)).isEqualTo(sets);
                MergeReport pulledAgain = new ProjectMerger(back, null).merge(List.of(new ProjectMerger.Source(location, shared)), false);
                assertThat(pulledAgain.sources().get(0).addedNothing()).isTrue();
            }
        }
    }
}
