package org.gloss.importer.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gloss.api.error.GlossException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextImporterTest {
    @TempDir
    Path dir;

    private final PlainTextImporter importer = new PlainTextImporter();

    @Test
    void storesTextWithoutBomAndWithLfLineBreaks() throws Exception {
        Path file = dir.resolve("interview.txt");
        Files.write(file, "\uFEFFQ: Как дела?\r\nA: 😀 fine\rend\n".getBytes(StandardCharsets.UTF_8));
        assertThat(importer.read(file).text()).isEqualTo("Q: Как дела?\nA: 😀 fine\nend\n");
    }

    @Test
    void latin1BytesAreRefusedWithTheirOffset() throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "café".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(GlossException.class)
                .hasMessage(file + " is not valid UTF-8 (bad byte at offset 3)");
    }

    @Test
    void readsMarkdownAsWritten() throws Exception {
        Path file = dir.resolve("notes.md");
        Files.writeString(file, "# Title\n\n*debt* matters");
        assertThat(importer.read(file).text()).isEqualTo("# Title\n\n*debt* matters");
        assertThat(importer.extensions()).containsExactly("txt", "md");
    }
}
