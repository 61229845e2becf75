package org.gloss.cli.internal.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.testing.HostileBytes;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing the CSV importers (codings and document attributes) with damaged CSV files: each either
 * imports or fails with one of Gloss's own errors, and a failure writes nothing. Bounded tries,
 * so CI stays quick; a failing case is shrunk and printed by jqwik with its seed.
 */
class CsvImportFuzzTest {
    private static final String CODINGS = "document,coder,code,start,end,memo\n"
            + "interview,ann,debt,0,5,first\n"
            + "interview,bob,\"two-way, road\",3,11,\"a \"\"quoted\"\" memo\nover two lines\"\n"
            + "notes,ann,debt,1,4,\n";
    private static final String ATTRIBUTES = "document,age:number,region,date\n"
            + "interview,42,Алматы,2024-05-01\n"
            + "notes,,\"north, east\",2023-01-31\n";

    private static Path dir;
    private static ProjectSession project;

    @BeforeContainer
    static void createProject() throws Exception {
        dir = Files.createTempDirectory("gloss-csv-fuzz");
        project = new SqliteStoreProvider().create(dir.resolve("p.gloss").toString());
        project.documents().add(new NewDocument("interview", "Q: Как дела? 😀 A: debt, a two-way road"));
        project.documents().add(new NewDocument("notes", "field notes"));
    }

    @AfterContainer
    static void closeProject() throws Exception {
        project.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<byte[]> codingFiles() {
        return HostileBytes.mutationsOf(List.of(CODINGS.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<byte[]> attributeFiles() {
        return HostileBytes.mutationsOf(List.of(ATTRIBUTES.getBytes(StandardCharsets.UTF_8)));
    }

    /** What a failed import must leave as it was. */
    private static String state() {
        return project.codings().list(CodingFilter.ALL).size() + " codings, " + project.codebook().list() + ", "
                + project.coders().list() + ", " + project.documents().list().stream().map(d -> d.attributes().toString()).toList();
    }

    /** Found by this fuzz test: a memo shifted into the end column put its line break into the error. */
    @Example
    void aNonNumberWithALineBreakIsNamedOnOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("shifted.csv"), "document,coder,code,start,end,memo\n"
                + "interview,bob,debt,3,\"a memo\nover two lines\",\n");
        String before = state();
        try {
            new CodingCsvImport(project, file).run();
            throw new AssertionError("a memo in the end column was imported");
        } catch (GlossException e) {
            assertThat(e.getMessage()).isEqualTo("shifted.csv line 2: end 'a memo␊over two lines' is not a whole number");
        }
        assertThat(state()).isEqualTo(before);
    }

    @Property(tries = 250)
    void codingCsvImportsOrFailsWithGlossErrorWritingNothing(@ForAll("codingFiles") byte[] csv) throws Exception {
        Path file = Files.write(dir.resolve("codings.csv"), csv);
        String before = state();
        try {
            int imported = new CodingCsvImport(project, file).run();
            assertThat(imported).isNotNegative();
            Statistics.label("outcome").collect("imported");
        } catch (GlossException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
            assertThat(state()).isEqualTo(before);
            Statistics.label("outcome").collect("refused");
        }
        // the fuzzing reaches both outcomes, or it tests nothing
        Statistics.label("outcome").coverage(c -> {
            c.check("refused").count(n -> n > 0);
            c.check("imported").count(n -> n > 0);
        });
    }

    @Property(tries = 250)
    void attributeCsvImportsOrFailsWithGlossErrorWritingNothing(@ForAll("attributeFiles") byte[] csv) throws Exception {
        Path file = Files.write(dir.resolve("attributes.csv"), csv);
        String before = state();
        try {
            new AttributeCsvImport(project, file).run();
            Statistics.label("outcome").collect("imported");
        } catch (GlossException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
            assertThat(state()).isEqualTo(before);
            Statistics.label("outcome").collect("refused");
        }
        Statistics.label("outcome").coverage(c -> {
            c.check("refused").count(n -> n > 0);
            c.check("imported").count(n -> n > 0);
        });
    }
}
