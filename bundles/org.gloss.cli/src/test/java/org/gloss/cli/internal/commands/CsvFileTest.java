package org.gloss.cli.internal.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 8: CSV problems are one line naming the file and the line, never a Java class. */
class CsvFileTest {
    @TempDir
    Path dir;
    private ProjectSession project;

    @BeforeEach
    void open() {
        project = new SqliteStoreProvider().create(dir.resolve("p.gloss").toString());
        project.documents().add(new NewDocument("d", "0123456789"));
    }

    @AfterEach
    void close() {
        project.close();
    }

    private String codingImportError(String csv) throws Exception {
        Path file = Files.writeString(dir.resolve("codings.csv"), csv);
        return codingImportError(file);
    }

    private String codingImportError(Path file) {
        try {
            new CodingCsvImport(project, file).run();
        } catch (GlossException e) {
            assertThat(project.codings().count()).isZero();
            assertThat(project.codebook().list()).isEmpty();
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }

    @Test
    void offsetsBeyondAnIntAreOutOfRangeNotNonNumbers() throws Exception {
        assertThat(codingImportError("document,coder,code,start,end\nd,ann,c,0,2147483648\n"))
                .isEqualTo("codings.csv line 2: end 2147483648 is out of range (offsets are 0 to 2147483647)");
        assertThat(codingImportError("document,coder,code,start,end\nd,ann,c,9223372036854775807,3\n"))
                .isEqualTo("codings.csv line 2: start 9223372036854775807 is out of range (offsets are 0 to 2147483647)");
        assertThat(codingImportError("document,coder,code,start,end\nd,ann,c,1.5,3\n"))
                .isEqualTo("codings.csv line 2: start '1.5' is not a whole number");
    }

    @Test
    void aNonUtf8CsvNamesTheLineAndTheByte() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "document,coder,code,start,end\nd,Jos\u00e9,c,0,2\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(codingImportError(file)).isEqualTo("latin1.csv line 2 is not valid UTF-8 (bad byte at offset 35);"
                + " save the file as UTF-8");
    }

    @Test
    void anUnbalancedQuoteIsNamedNotAJavaException() throws Exception {
        assertThat(codingImportError("document,coder,code,start,end\nd,ann,\"open,0,2\nd,bob,c,0,3\n"))
                .isEqualTo("codings.csv line 2: a quoted field is never closed (a \" is missing)");
        assertThat(codingImportError("document,coder,code,start,end\nd,ann,\"c\"x,0,2\n"))
                .startsWith("codings.csv line 2: text follows a closing quote");
    }

    @Test
    void aFolderGivenAsTheCsvIsSaidSo() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        assertThat(codingImportError(folder)).isEqualTo(folder + " is a folder, not a file");
    }

    @Test
    void aDuplicatedAttributeColumnIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("attrs.csv"), "document,age,region,age:number\nd,30,north,31\n");
        assertThatThrownBy(() -> new AttributeCsvImport(project, file).run()).isInstanceOf(GlossException.class)
                .hasMessage("attrs.csv line 1: attribute 'age' has two columns; give each attribute one");
        assertThat(project.documents().get("d").attributes()).isEmpty();
    }

    @Test
    void aByteOrderMarkAndAQuotedMultiLineMemoStillImport() throws Exception {
        Files.writeString(dir.resolve("ok.csv"), "\uFEFFdocument,coder,code,start,end,memo\nd,ann,c,0,2,\"two\nlines\"\nd,bob,c,1,3,\n");
        assertThat(new CodingCsvImport(project, dir.resolve("ok.csv")).run()).isEqualTo(2);
    }
}
