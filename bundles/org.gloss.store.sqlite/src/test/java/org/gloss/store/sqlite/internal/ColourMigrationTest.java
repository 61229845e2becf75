package org.gloss.store.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.CodePalette;
import org.gloss.model.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 7 gives the colourless codes of an older project file the colours new codes would get. */
class ColourMigrationTest {
    @TempDir
    Path dir;

    @Test
    void colourlessCodesGetPaletteColoursInCodeOrderAsIfAddedOneByOne() throws Exception {
        Path file = dir.resolve("v6.gloss");
        // ids 1..20: every third has a colour chosen by hand (two of them palette colours, one foreign)
        String[] chosen = new String[21];
        chosen[3] = "#e69f00";
        chosen[6] = "#123456";
        chosen[9] = "#009E73";
        chosen[12] = "#009e73";
        try (Connection c = SqliteProjectFiles.connect(file); Statement st = c.createStatement()) {
            for (int version = 1; version <= 6; version++) {
                for (String sql : SchemaMigrations.statements(version)) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA application_id = " + SqliteProjectFiles.APPLICATION_ID);
            st.execute("PRAGMA user_version = 6");
            for (int id = 1; id <= 20; id++) {
                st.execute("INSERT INTO codes(id, name, color) VALUES (" + id + ", 'code " + id + "', "
                        + (chosen[id] == null ? "NULL" : "'" + chosen[id] + "'") + ")");
            }
        }
        // the naive computation: the colours in use, then each colourless code in id order takes CodePalette.next
        List<String> inUse = new ArrayList<>();
        for (String colour : chosen) {
            if (colour != null) {
                inUse.add(colour);
            }
        }
        List<String> expected = new ArrayList<>();
        for (int id = 1; id <= 20; id++) {
            String colour = chosen[id];
            if (colour == null) {
                colour = CodePalette.next(inUse);
                inUse.add(colour);
            }
            expected.add(colour);
        }
        try (ProjectSession project = new SqliteStoreProvider().open(file.toString())) {
            assertThat(project.codebook().list()).extracting(Code::color).containsExactlyElementsOf(expected);
            // by hand: sky blue, yellow, blue... skip orange and bluish green, which were chosen
            assertThat(expected.subList(0, 5)).containsExactly("#56B4E9", "#F0E442", "#e69f00", "#0072B2", "#D55E00");
            assertThat(project.codebook().add("new", null, null, null).color()).isEqualTo(CodePalette.next(inUse));
        }
    }

    /**
     * A version 5 file goes through version 6 (which rebuilds documents with the text last) and
     * version 7 in one open: the document, its coding and the code survive, and the code has its colour.
     */
    @Test
    void aVersion5ProjectUpgradesThroughTheDocumentsRebuildToColouredCodes() throws Exception {
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
                    + "VALUES (1, 'interview', 'It took six hours.', 18, 'h', '2024-01-01T00:00:00Z')");
            st.execute("INSERT INTO codes(id, name, color) VALUES (1, 'travel', NULL), (2, 'time', '#56B4E9')");
            st.execute("INSERT INTO coders(id, name) VALUES (1, 'aida')");
            st.execute("INSERT INTO codings(id, document_id, code_id, coder_id, start_cp, end_cp, created_at) "
                    + "VALUES (1, 1, 1, 1, 3, 7, '2024-01-01T00:00:00Z')");
        }
        try (ProjectSession project = new SqliteStoreProvider().open(file.toString())) {
            assertThat(project.codebook().list()).extracting(Code::color).containsExactly("#E69F00", "#56B4E9");
            assertThat(project.documents().text(1)).isEqualTo("It took six hours.");
            assertThat(project.codings().list(org.gloss.api.store.CodingFilter.document(1))).singleElement()
                    .satisfies(coding -> assertThat(coding.codeId()).isEqualTo(1));
        }
        try (Connection c = SqliteProjectFiles.connect(file); Statement st = c.createStatement();
                java.sql.ResultSet version = st.executeQuery("PRAGMA user_version")) {
            assertThat(version.getInt(1)).isEqualTo(SchemaMigrations.CURRENT_VERSION).isEqualTo(8);
        }
    }

    /** A new project is made at the current version and its first code takes the palette's first colour. */
    @Test
    void aFreshProjectIsAtTheCurrentVersion() throws Exception {
        Path file = dir.resolve("fresh.gloss");
        try (ProjectSession project = new SqliteStoreProvider().create(file.toString())) {
            assertThat(project.codebook().add("first", null, null, null).color()).isEqualTo("#E69F00");
        }
        try (Connection c = SqliteProjectFiles.connect(file); Statement st = c.createStatement();
                java.sql.ResultSet version = st.executeQuery("PRAGMA user_version")) {
            assertThat(version.getInt(1)).isEqualTo(SchemaMigrations.CURRENT_VERSION);
        }
    }
}
