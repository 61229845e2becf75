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
}
