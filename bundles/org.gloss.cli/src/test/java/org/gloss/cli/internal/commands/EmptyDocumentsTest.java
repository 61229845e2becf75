package org.gloss.cli.internal.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gloss.api.error.GlossException;
import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportedText;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.importing.DocumentImports;
import org.gloss.importer.text.internal.PlainTextImporter;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14, item 4: documents without text are refused by every importer, naming the file. */
class EmptyDocumentsTest {
    @TempDir
    Path dir;

    private void assertRefused(List<DocumentImporter> importers, Path file, String message) {
        try (ProjectSession project = new SqliteStoreProvider().create(dir.resolve("p" + System.nanoTime() + ".gloss").toString())) {
            assertThatThrownBy(() -> project.inTransaction(() -> DocumentImports.importFile(project, importers, file, false)))
                    .isInstanceOf(GlossException.class).hasMessage(message);
            assertThat(project.documents().list()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty file||empty.txt is empty",
            "byte-order mark only|EFBBBF|empty.txt is empty",
            "NUL bytes|00000000|empty.txt has no text: only white space or control characters",
            "control characters and line breaks|0D0A07081B0A|empty.txt has no text: only white space or control characters",
            "spaces, no-break and zero-width spaces|2020C2A0E2808BEFBBBF|empty.txt has no text: only white space or control characters"})
    void aTextFileWithoutTextIsRefused(String what, String hex, String message) throws Exception {
        Path file = Files.write(dir.resolve("empty.txt"), java.util.HexFormat.of().parseHex(hex == null ? "" : hex));
        assertRefused(List.of(new PlainTextImporter()), file, message);
    }

    @Test
    void anImporterThatReturnsNoTextIsRefusedWhateverItIs() throws Exception {
        // a plugin importer that forgets the rule: the shared import path still holds it
        DocumentImporter plugin = new DocumentImporter() {
            @Override
            public String id() {
                return "plugin";
            }

            @Override
            public String displayName() {
                return "a plugin";
            }

            @Override
            public List<String> extensions() {
                return List.of("xyz");
            }

            @Override
            public ImportedText read(Path file) {
                return new ImportedText("\u0000\u0000\n");
            }
        };
        Path file = Files.writeString(dir.resolve("scan.xyz"), "binary");
        assertRefused(List.of(plugin), file, "scan.xyz has no text: only white space or control characters");
    }

    @Test
    void oneVisibleCharacterIsEnough() throws Exception {
        Path file = Files.writeString(dir.resolve("dot.txt"), "\u0000 .");
        try (ProjectSession project = new SqliteStoreProvider().create(dir.resolve("q.gloss").toString())) {
            assertThat(DocumentImports.importFile(project, List.of(new PlainTextImporter()), file, false).length()).isEqualTo(3);
        }
    }
}
