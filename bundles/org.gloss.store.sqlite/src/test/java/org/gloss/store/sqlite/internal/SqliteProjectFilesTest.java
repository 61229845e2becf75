package org.gloss.store.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.Stream;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteProjectFilesTest {
    @TempDir
    Path dir;

    private final SqliteStoreProvider provider = new SqliteStoreProvider();

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Path file = dir.resolve("p.gloss");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> provider.create(file.toString())).isInstanceOf(GlossException.class)
                .hasMessage("project already exists: " + file);
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aTextFileIsNotAProject() throws Exception {
        Path file = dir.resolve("notes.gloss");
        Files.writeString(file, "just some notes, longer than sixteen bytes");
        assertThatThrownBy(() -> provider.open(file.toString())).hasMessage("not a Gloss project: " + file);
    }

    @Test
    void anotherSqliteDatabaseIsNotAProject() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = SqliteProjectFiles.connect(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
        }
        assertThatThrownBy(() -> provider.open(file.toString())).hasMessage("not a Gloss project: " + file);
    }

    @Test
    void aMissingFileIsReported() {
        Path file = dir.resolve("missing.gloss");
        assertThatThrownBy(() -> provider.open(file.toString())).hasMessage("no such project: " + file);
        assertThat(file).doesNotExist();
    }

    @Test
    void aNewerSchemaIsRefused() throws Exception {
        Path file = dir.resolve("p.gloss");
        provider.create(file.toString()).close();
        try (Connection c = SqliteProjectFiles.connect(file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> provider.open(file.toString()))
                .hasMessageContaining("has schema version 99, newer than this Gloss supports ("
                        + SchemaMigrations.CURRENT_VERSION + ")");
    }

    @Test
    void anOlderSchemaIsMigratedAfterABackup() throws Exception {
        Path file = dir.resolve("old.gloss");
        // a version-1 project as Gloss 0.1 wrote it, with one document
        try (Connection c = SqliteProjectFiles.connect(file); Statement st = c.createStatement()) {
            for (String sql : SchemaMigrations.statements(1)) {
                st.execute(sql);
            }
            st.execute("PRAGMA application_id = " + SqliteProjectFiles.APPLICATION_ID);
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO documents(name, text, length, content_hash, imported_at) "
                    + "VALUES ('old', 'old text', 8, 'h', '2020-01-01T00:00:00Z')");
        }
        try (ProjectSession project = provider.open(file.toString())) {
            assertThat(project.documents().get("old").attributes()).isEmpty();
            assertThat(project.documents().text(project.documents().get("old").id())).isEqualTo("old text");
            assertThat(project.documents().turns(project.documents().get("old").id())).isEmpty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path backup = files.filter(p -> p.getFileName().toString().startsWith("old.gloss.v1-")).findFirst().orElseThrow();
            try (Connection c = SqliteProjectFiles.connect(backup); Statement st = c.createStatement();
                 var rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
        try (Connection c = SqliteProjectFiles.connect(file); Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(SchemaMigrations.CURRENT_VERSION);
        }
    }

    @Test
    void aProjectLockedByAnotherWriterGivesAClearError() throws Exception {
        Path file = dir.resolve("p.gloss");
        provider.create(file.toString()).close();
        System.setProperty("gloss.sqlite.busyTimeoutMs", "200");
        try (Connection holder = SqliteProjectFiles.connect(file); Statement st = holder.createStatement();
             ProjectSession project = provider.open(file.toString())) {
            st.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> project.documents().add(new NewDocument("d", "text")))
                    .isInstanceOf(GlossException.class)
                    .hasMessage("project is locked by another process: " + file);
            st.execute("ROLLBACK");
            project.documents().add(new NewDocument("d", "text"));
            assertThat(project.documents().list()).hasSize(1);
        }
    }
}
