package org.gloss.store.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coding;
import org.gloss.model.MemoTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 6 merges the two places coding memos lived in (codings.memo and table memos) without losing either. */
class MemoMigrationTest {
    @TempDir
    Path dir;

    @Test
    void bothMemoPlacesAreMergedWithoutLosingEitherText() throws Exception {
        Path file = dir.resolve("v5.gloss");
        try (Connection c = SqliteProjectFiles.connect(file); Statement st = c.createStatement()) {
            for (int version = 1; version <= 5; version++) {
                for (String sql : SchemaMigrations.statements(version)) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA application_id = " + SqliteProjectFiles.APPLICATION_ID);
            st.execute("PRAGMA user_version = 5");
            st.execute("INSERT INTO documents(id, name, text, length, content_hash, imported_at) "
                    + "VALUES (1, 'd', 'abcdefghij', 10, 'h', '2026-01-01T00:00:00Z')");
            st.execute("INSERT INTO codes(id, name) VALUES (1, 'c')");
            st.execute("INSERT INTO coders(id, name) VALUES (1, 'aida')");
            String coding = "INSERT INTO codings(id, document_id, code_id, coder_id, start_cp, end_cp, memo, created_at) "
                    + "VALUES (%d, 1, 1, 1, %d, %d, %s, '2026-01-01T00:00:00Z')";
            st.execute(String.format(coding, 1, 0, 2, "'only in the column'"));
            st.execute(String.format(coding, 2, 2, 4, "NULL"));
            st.execute(String.format(coding, 3, 4, 6, "'column text'"));
            st.execute(String.format(coding, 4, 6, 8, "'same text'"));
            String memo = "INSERT INTO memos(target_type, target_id, author, text, updated_at) "
                    + "VALUES ('%s', %d, 'ben', '%s', '2026-02-01T00:00:00Z')";
            st.execute(String.format(memo, "CODING", 2, "only in the panel"));
            st.execute(String.format(memo, "CODING", 3, "panel text"));
            st.execute(String.format(memo, "CODING", 4, "same text"));
            st.execute(String.format(memo, "DOCUMENT", 1, "about d"));
            st.execute(String.format(memo, "CODING", 99, "about a coding removed long ago"));
        }
        try (ProjectSession project = new SqliteStoreProvider().open(file.toString())) {
            assertThat(project.codings().list(CodingFilter.ALL)).extracting(Coding::id, Coding::memo).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1L, "only in the column"),
                    org.assertj.core.groups.Tuple.tuple(2L, "only in the panel"),
                    org.assertj.core.groups.Tuple.tuple(3L, "panel text\n\ncolumn text"),
                    org.assertj.core.groups.Tuple.tuple(4L, "same text"));
            assertThat(project.memos().find(MemoTarget.CODING, 1).orElseThrow().author()).isEqualTo("aida");
            assertThat(project.memos().find(MemoTarget.CODING, 2).orElseThrow().author()).isEqualTo("ben");
            assertThat(project.memos().find(MemoTarget.DOCUMENT, 1).orElseThrow().text()).isEqualTo("about d");
            assertThat(project.memos().list()).hasSize(5);
            assertThat(project.documents().text(1)).isEqualTo("abcdefghij");
        }
        try (Connection c = SqliteProjectFiles.connect(file); Statement st = c.createStatement();
             var columns = st.executeQuery("SELECT name FROM pragma_table_info('documents') ORDER BY cid DESC LIMIT 1")) {
            assertThat(columns.getString(1)).as("the text is the last column").isEqualTo("text");
        }
    }
}
