package org.gloss.importer.transcript.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.gloss.api.error.GlossException;
import org.gloss.api.importer.ImportedText;
import org.gloss.model.CodePointText;
import org.gloss.model.TextSpan;
import org.gloss.model.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptImporterTest {
    @TempDir
    Path dir;

    private final TranscriptImporter importer = new TranscriptImporter();

    private static Duration t(int h, int m, int s) {
        return Duration.ofHours(h).plusMinutes(m).plusSeconds(s);
    }

    /** Every turn's span covers exactly the words after "Speaker: ". */
    private static void assertSpans(ImportedText imported, List<String> words) {
        CodePointText text = new CodePointText(imported.text());
        assertThat(imported.turns()).hasSize(words.size());
        for (int i = 0; i < words.size(); i++) {
            TextSpan span = imported.turns().get(i).span();
            assertThat(text.substring(span.start(), span.end())).isEqualTo(words.get(i));
        }
    }

    @Test
    void plainSpeakerTurnsWithBothTimestampStyles() throws Exception {
        Path file = dir.resolve("interview.transcript");
        Files.writeString(file, "Interview 7, Almaty, 2019\r\n"
                + "\r\n"
                + "[00:00:05] Interviewer: Қарызыңыз бар ма? 😀\r\n"
                + "Айгүл (00:12:03): Иә, бар. Debt is a two-way road.\r\n"
                + "It always was \uD840\uDC00.\r\n"
                + "\r\n"
                + "Ben: No timestamp here: just words.\r\n"
                + "Note that we stopped recording.\r\n");
        ImportedText imported = importer.read(file);
        String expected = "Interview 7, Almaty, 2019\n\n"
                + "Interviewer: Қарызыңыз бар ма? 😀\n\n"
                + "Айгүл: Иә, бар. Debt is a two-way road.\nIt always was \uD840\uDC00.\n\n"
                + "Ben: No timestamp here: just words.\nNote that we stopped recording.";
        assertThat(imported.text()).isEqualTo(expected);
        assertThat(imported.turns()).containsExactly(
                new Turn("Interviewer", t(0, 0, 5), null, new TextSpan(40, 59)),
                new Turn("Айгүл", t(0, 12, 3), null, new TextSpan(68, 117)),
                new Turn("Ben", null, null, new TextSpan(124, 186)));
        assertSpans(imported, List.of("Қарызыңыз бар ма? 😀", "Иә, бар. Debt is a two-way road.\nIt always was \uD840\uDC00.",
                "No timestamp here: just words.\nNote that we stopped recording."));
        assertThat(CodePointText.codePointLength(imported.text())).isEqualTo(186);
    }

    @Test
    void webVttCuesWithVoicesBecomeTurns() throws Exception {
        Path file = dir.resolve("interview.vtt");
        Files.writeString(file, """
                WEBVTT - interview 7

                NOTE recorded in Almaty

                1
                00:00:01.000 --> 00:00:04.500
                <v Interviewer>Қарызыңыз бар ма?</v>

                2
                00:00:05.000 --> 00:00:07.250 align:start
                <v.loud Айгүл>Иә, <i>бар</i>.
                Debt &amp; duty.</v>

                00:00:07.250 --> 00:01:02.000
                <v Айгүл>It is a two-way road 😀.</v>

                01:02:03.040 --> 01:02:04.000
                Music plays
                """);
        ImportedText imported = importer.read(file);
        assertThat(imported.text()).isEqualTo("Interviewer: Қарызыңыз бар ма?\n\n"
                + "Айгүл: Иә, бар. Debt & duty. It is a two-way road 😀.\n\nMusic plays");
        assertThat(imported.turns()).extracting(Turn::speaker, Turn::start, Turn::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Interviewer", Duration.ofMillis(1000), Duration.ofMillis(4500)),
                org.assertj.core.groups.Tuple.tuple("Айгүл", Duration.ofMillis(5000), Duration.ofMillis(62_000)),
                org.assertj.core.groups.Tuple.tuple("", t(1, 2, 3).plusMillis(40), t(1, 2, 4)));
        assertSpans(imported, List.of("Қарызыңыз бар ма?", "Иә, бар. Debt & duty. It is a two-way road 😀.", "Music plays"));
    }

    @Test
    void subRipCuesWithNamePrefixes() throws Exception {
        Path file = dir.resolve("interview.srt");
        Files.writeString(file, "1\r\n00:00:01,000 --> 00:00:03,000\r\nInterviewer: Как дела?\r\n\r\n"
                + "2\r\n00:00:03,500 --> 00:00:06,000\r\n<i>Айгүл:</i> Жақсы,\r\nрақмет.\r\n\r\n"
                + "3\r\n00:00:06,000 --> 00:00:08,000\r\nАйгүл: Қарыз бар.\r\n");
        ImportedText imported = importer.read(file);
        assertThat(imported.text()).isEqualTo("Interviewer: Как дела?\n\nАйгүл: Жақсы, рақмет. Қарыз бар.");
        assertThat(imported.turns()).containsExactly(
                new Turn("Interviewer", Duration.ofSeconds(1), Duration.ofSeconds(3), new TextSpan(13, 22)),
                new Turn("Айгүл", Duration.ofMillis(3500), Duration.ofSeconds(8), new TextSpan(31, 56)));
    }

    @Test
    void badTranscriptsGiveOneLineNamingTheFile() throws Exception {
        Path noHeader = dir.resolve("no-header.vtt");
        Files.writeString(noHeader, "00:00:01.000 --> 00:00:02.000\nhello\n");
        assertThatThrownBy(() -> importer.read(noHeader)).isInstanceOf(GlossException.class)
                .hasMessage("no-header.vtt is not a valid WebVTT file or is damaged (the first line must be WEBVTT)");

        Path badCue = dir.resolve("bad.srt");
        Files.writeString(badCue, "1\n00:00:01,000 --> 00:00:02,000\nhello\n\n2\n00:00:03 -> 00:00:04\nworld\n");
        assertThatThrownBy(() -> importer.read(badCue)).isInstanceOf(GlossException.class)
                .hasMessage("bad.srt line 5: expected a cue timing like 00:01:02,000 --> 00:01:05,000");

        Path backwards = dir.resolve("backwards.vtt");
        Files.writeString(backwards, "WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nhello\n");
        assertThatThrownBy(() -> importer.read(backwards)).isInstanceOf(GlossException.class)
                .hasMessageStartingWith("backwards.vtt line 3: the cue ends before it starts");

        Path latin1 = dir.resolve("latin1.transcript");
        Files.write(latin1, "Ann: café".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> importer.read(latin1)).isInstanceOf(GlossException.class)
                .hasMessage(latin1 + " is not valid UTF-8 (bad byte at offset 8)");

        Path empty = Files.createFile(dir.resolve("empty.srt"));
        assertThatThrownBy(() -> importer.read(empty)).isInstanceOf(GlossException.class).hasMessage("empty.srt is empty");

        Path prose = dir.resolve("prose.transcript");
        Files.writeString(prose, "just an essay, with no speakers at all.\nin two lines: really.\n");
        assertThatThrownBy(() -> importer.read(prose)).isInstanceOf(GlossException.class)
                .hasMessage("prose.transcript has no speaker turns (lines like 'Name: what was said')");
    }
}
