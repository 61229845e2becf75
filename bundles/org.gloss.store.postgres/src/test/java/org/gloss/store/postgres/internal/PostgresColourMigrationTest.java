package org.gloss.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.CodePalette;
import org.gloss.model.Code;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Schema version 7 on a server: colourless codes of a version-6 project get the colours new codes would get. */
class PostgresColourMigrationTest {
    private final PostgresTestServer server = PostgresTestServer.get();
    private final PostgresStoreProvider provider = server.adminProvider();
    private final String location = server.newProjectLocation();

    @AfterEach
    void dropDatabase() {
        server.dropProject(location);
    }

    @Test
    void colourlessCodesGetPaletteColoursInCodeOrder() {
        String[] chosen = {null, null, "#E69F00", null, "#abcdef", "#009e73", null, null, null, null, null, null, null, null};
        try (ProjectSession project = provider.create(location)) {
            for (int i = 0; i < chosen.length; i++) {
                project.codebook().add("code " + i, null, chosen[i] == null ? "#000000" : chosen[i], null);
            }
        }
        // back to a version-6 project whose codes were made without colours
        String database = PostgresTestServer.database(location);
        server.undoVersion8(database);
        server.sql(database, "UPDATE gloss.codes SET color = NULL WHERE color = '#000000'");
        server.sql(database, "UPDATE gloss.schema_version SET version = 6");

        List<String> inUse = new ArrayList<>();
        for (String colour : chosen) {
            if (colour != null) {
                inUse.add(colour);
            }
        }
        List<String> expected = new ArrayList<>();
        for (String colour : chosen) {
            String now = colour != null ? colour : CodePalette.next(inUse);
            if (colour == null) {
                inUse.add(now);
            }
            expected.add(now);
        }
        try (ProjectSession project = provider.open(location)) {
            assertThat(project.codebook().list()).extracting(Code::color).containsExactlyElementsOf(expected);
            // by hand: orange and bluish green are taken, so sky blue, yellow, blue...; the last code
            // finds every colour used once and takes the first again
            assertThat(expected.subList(0, 4)).containsExactly("#56B4E9", "#F0E442", "#E69F00", "#0072B2");
            assertThat(expected.subList(12, 14)).containsExactly("#DDCC77", "#E69F00");
        }
    }
}
