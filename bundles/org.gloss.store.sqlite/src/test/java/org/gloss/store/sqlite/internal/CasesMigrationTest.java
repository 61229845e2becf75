package org.gloss.store.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.gloss.api.store.ProjectSession;
import org.gloss.api.team.ChangeFeed;
import org.gloss.api.team.ProjectChange;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.DocumentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 8 adds cases and sets to a version-7 file, after a backup, and logs their changes. */
class CasesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersion7ProjectIsBackedUpAndGainsCasesAndSetsKeepingItsData() throws Exception {
        Path file = dir.resolve("v7.gloss");
        try (Connection c = SqliteProjectFiles.connect(file); Statement st = c.createStatement()) {
            for (int version = 1; version <= 7; version++) {
                for (String sql : SchemaMigrations.statements(version)) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA application_id = " + SqliteProjectFiles.APPLICATION_ID);
            st.execute("PRAGMA user_version = 7");
            st.execute("INSERT INTO documents(id, name, text, length, content_hash, imported_at) "
                    + "VALUES (1, 'interview', 'It took six hours.', 18, 'h', '2024-01-01T00:00:00Z')");
            st.execute("INSERT INTO codes(id, name, color) VALUES (1, 'travel', '#E69F00')");
            st.execute("INSERT INTO coders(id, name) VALUES (1, 'aida')");
            st.execute("INSERT INTO codings(id, document_id, code_id, coder_id, start_cp, end_cp, created_at) "
                    + "VALUES (1, 1, 1, 1, 3, 7, '2024-01-01T00:00:00Z')");
        }
        try (ProjectSession project = new SqliteStoreProvider().open(file.toString())) {
            assertThat(project.codings().count()).isEqualTo(1);
            Case c = project.cases().add("Aida", "");
            assertThat(project.cases().addMember(c.id(), CaseMember.range(1, 3, 7))).isTrue();
            DocumentSet s = project.sets().add("wave 1", "", null);
            assertThat(project.sets().addDocument(s.id(), 1)).isTrue();
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path backup = files.filter(p -> p.getFileName().toString().startsWith("v7.gloss.v7-")).findFirst().orElseThrow();
            try (Connection c = SqliteProjectFiles.connect(backup); Statement st = c.createStatement();
                 var rs = st.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
        }
        try (Connection c = SqliteProjectFiles.connect(file); Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(SchemaMigrations.CURRENT_VERSION).isEqualTo(8);
        }
    }

    @Test
    void anotherProcessHearsOfCasesAndSetsThroughTheChangeLog() throws Exception {
        Path file = dir.resolve("p.gloss");
        SqliteStoreProvider provider = new SqliteStoreProvider();
        provider.create(file.toString()).close();
        List<ProjectChange> heard = new CopyOnWriteArrayList<>();
        try (ProjectSession watcher = provider.open(file.toString());
             ChangeFeed.Subscription subscription = ChangeFeed.of(watcher).orElseThrow().subscribe(heard::add);
             ProjectSession writer = provider.open(file.toString())) {
            Case c = writer.cases().add("Aida", "");
            DocumentSet s = writer.sets().add("wave 1", "", null);
            writer.cases().remove(c.id());
            List<ProjectChange> expected = List.of(
                    new ProjectChange(ProjectChange.Element.CASE, ProjectChange.Operation.ADDED, c.id()),
                    new ProjectChange(ProjectChange.Element.SET, ProjectChange.Operation.ADDED, s.id()),
                    new ProjectChange(ProjectChange.Element.CASE, ProjectChange.Operation.REMOVED, c.id()));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (heard.size() < expected.size() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(heard).containsExactlyElementsOf(expected);
        }
    }
}
