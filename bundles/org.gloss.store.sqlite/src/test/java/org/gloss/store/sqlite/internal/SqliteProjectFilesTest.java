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
import org.junit.jupiter.api.Assumptions;
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
                    .hasMessage("project " + file + " is busy: another session of this Gloss process has been writing to it "
                            + "for more than 0.2 s; try again when it has finished");
            st.execute("ROLLBACK");
            project.documents().add(new NewDocument("d", "text"));
            assertThat(project.documents().list()).hasSize(1);
        } finally {
            System.clearProperty("gloss.sqlite.busyTimeoutMs");
        }
    }

    /**
     * Issue 13: opening a second session used to read the file's header with a Java stream, and
     * closing that stream dropped every POSIX lock the process's first session held, so another
     * process took the project for unused and deleted its WAL.
     */
    @Test
    void openingASecondSessionKeepsTheLocksOfTheFirst() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/locks")), "needs Linux's /proc/locks");
        Path file = dir.resolve("p.gloss");
        provider.create(file.toString()).close();
        try (ProjectSession first = provider.open(file.toString())) {
            first.documents().list();
            assertThat(readLocksOn(file)).as("an idle WAL connection holds a shared lock on the file").isPositive();
            try (ProjectSession second = provider.open(file.toString())) {
                second.documents().list();
                assertThat(readLocksOn(file)).as("locks after opening a second session").isPositive();
            }
            assertThat(readLocksOn(file)).as("locks after closing the second session").isPositive();
        }
    }

    private static long readLocksOn(Path file) throws Exception {
        long inode = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
        String self = Long.toString(ProcessHandle.current().pid());
        return Files.readAllLines(Path.of("/proc/locks")).stream()
                .map(line -> line.trim().split("\\s+"))
                .filter(f -> f.length >= 8 && f[1].equals("POSIX") && f[4].equals(self) && f[5].endsWith(":" + inode))
                .count();
    }

    /** Issue 14: identifying a foreign SQLite file set WAL mode on it (header bytes 18-19 became 02 02). */
    @Test
    void aForeignSqliteFileIsLeftByteIdentical() throws Exception {
        Path file = dir.resolve("other.sqlite");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
            st.execute("INSERT INTO t VALUES (1)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThat(before[18]).as("rollback journal file").isEqualTo((byte) 1);
        assertThatThrownBy(() -> provider.open(file.toString())).hasMessage("not a Gloss project: " + file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("other.sqlite-wal")).doesNotExist();
    }

    @Test
    void anEmptyFileIsNotAProjectAndStaysEmpty() throws Exception {
        Path file = dir.resolve("empty.gloss");
        Files.createFile(file);
        assertThatThrownBy(() -> provider.open(file.toString())).hasMessage("not a Gloss project: " + file);
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void creatingNeverReplacesAFileThatAppearedMeanwhile() throws Exception {
        Path file = dir.resolve("p.gloss");
        provider.create(file.toString()).close();
        assertThatThrownBy(() -> provider.create(file.toString())).hasMessage("project already exists: " + file);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("p.gloss");
        }
    }
}
