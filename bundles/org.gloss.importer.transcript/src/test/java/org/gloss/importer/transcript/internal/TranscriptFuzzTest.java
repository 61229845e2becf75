package org.gloss.importer.transcript.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gloss.api.error.GlossException;
import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.testing.HostileBytes;
import org.gloss.core.importing.DocumentImports;
import org.gloss.model.CodePointText;
import org.gloss.model.Document;
import org.gloss.model.Turn;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing the transcript parsers (speaker turns, WebVTT, SubRip) with damaged transcripts,
 * imported as a user does (the shared import path, one transaction per file): each either
 * imports, with every turn inside the stored text, or fails with one of Gloss's own errors and
 * adds no document.
 */
class TranscriptFuzzTest {
    private static final String TURNS = "[00:00:01] Interviewer: Как дела? Tell me about the loan.\n"
            + "(00:01:02) Aida Bekova: 😀 It was a two-way road.\n\nInterviewer: And then?\nAida Bekova: Қарыз.\n";
    private static final String VTT = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.500\n<v Interviewer>How did it start?\n\n"
            + "00:00:05.000 --> 00:00:09.000\n<v Aida>With a loan, 💸 of course.\n";
    private static final String SRT = "1\n00:00:01,000 --> 00:00:04,500\nInterviewer: How did it start?\n\n"
            + "2\n00:00:05,000 --> 00:00:09,000\nAida: With a loan.\n";

    private static Path dir;
    private static ProjectSession project;
    private static int run;
    private static final List<DocumentImporter> IMPORTERS = List.of(new TranscriptImporter());

    @BeforeContainer
    static void createProject() throws Exception {
        dir = Files.createTempDirectory("gloss-transcript-fuzz");
        project = new SqliteStoreProvider().create(dir.resolve("p.gloss").toString());
    }

    @AfterContainer
    static void closeProject() throws Exception {
        project.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<byte[]> turns() {
        return HostileBytes.mutationsOf(List.of(TURNS.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<byte[]> vtt() {
        return HostileBytes.mutationsOf(List.of(VTT.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<byte[]> srt() {
        return HostileBytes.mutationsOf(List.of(SRT.getBytes(StandardCharsets.UTF_8)));
    }

    private static void importOrRefuse(byte[] bytes, String extension) throws Exception {
        Path file = Files.write(dir.resolve("t" + (run++) + "." + extension), bytes);
        int before = project.documents().list().size();
        try {
            Document document = project.inTransaction(
                    () -> DocumentImports.importFile(project, IMPORTERS, file, true));
            int length = new CodePointText(project.documents().text(document.id())).length();
            for (Turn turn : project.documents().turns(document.id())) {
                assertThat(turn.span().start()).isNotNegative();
                assertThat(turn.span().end()).isGreaterThan(turn.span().start()).isLessThanOrEqualTo(length);
            }
            Statistics.label("outcome").collect("imported");
        } catch (GlossException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            assertThat(project.documents().list()).hasSize(before);
            Statistics.label("outcome").collect("refused");
        }
        Statistics.label("outcome").coverage(c -> {
            c.check("refused").count(n -> n > 0);
            c.check("imported").count(n -> n > 0);
        });
    }

    @Property(tries = 200)
    void speakerTurnTranscriptsImportOrFailWithGlossErrorWritingNothing(@ForAll("turns") byte[] text) throws Exception {
        importOrRefuse(text, "transcript");
    }

    @Property(tries = 200)
    void webVttImportsOrFailsWithGlossErrorWritingNothing(@ForAll("vtt") byte[] text) throws Exception {
        importOrRefuse(text, "vtt");
    }

    @Property(tries = 200)
    void subRipImportsOrFailsWithGlossErrorWritingNothing(@ForAll("srt") byte[] text) throws Exception {
        importOrRefuse(text, "srt");
    }
}
