package org.gloss.bench.charts.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.model.TextSpan;
import org.gloss.model.Turn;

/**
 * The chart data, generated: 5,000 documents of about 5,000 code points with an attribute,
 * 200 codes (20 top-level codes with 9 sub-codes each), 3 coders and 100,000 codings at random places;
 * and a transcript of 1 MB (speaker turns with times) with 5,000 codings.
 */
final class ChartData {
    static final int DOCUMENTS = 5_000;
    static final int CODINGS = 100_000;
    static final int DOCUMENT_LENGTH = 5_000;
    static final int TRANSCRIPT_LENGTH = 1_000_000;
    static final int TRANSCRIPT_CODINGS = 5_000;
    static final String TRANSCRIPT = "transcript";
    private static final String[] SYLLABLES = "ka ri to ne sa mo lu pe di an or el in ur os ta ve li co ba".split(" ");

    private ChartData() {
    }

    /** Writes the project in one transaction. */
    static void write(ProjectSession project, double scale, long seed) {
        Random random = new Random(seed);
        int documents = Math.max(2, (int) Math.round(DOCUMENTS * scale));
        int codings = Math.max(10, (int) Math.round(CODINGS * scale));
        project.inTransaction(() -> {
            List<Long> codeIds = new ArrayList<>();
            for (int t = 0; t < 20; t++) {
                long top = project.codebook().add("theme " + t, null, null, null).id();
                codeIds.add(top);
                for (int s = 0; s < 9; s++) {
                    codeIds.add(project.codebook().add("theme " + t + "." + s, top, null, null).id());
                }
            }
            long[] coders = {project.coders().getOrCreate("aida").id(), project.coders().getOrCreate("ben").id(),
                project.coders().getOrCreate("chen").id()};
            List<Long> documentIds = new ArrayList<>();
            for (int d = 0; d < documents; d++) {
                documentIds.add(project.documents().add(new NewDocument(String.format("doc%05d", d), text(random, DOCUMENT_LENGTH), null,
                        Map.of("group", AttributeValue.text("group " + d % 4)))).id());
            }
            List<NewCoding> all = new ArrayList<>(codings);
            for (int i = 0; i < codings; i++) {
                int length = 20 + random.nextInt(381);
                int start = random.nextInt(DOCUMENT_LENGTH - length);
                all.add(new NewCoding(documentIds.get(i % documents), codeIds.get(random.nextInt(codeIds.size())),
                        coders[random.nextInt(coders.length)], start, start + length, null));
            }
            project.codings().addAll(all);
            transcript(project, random, codeIds, coders, scale);
        });
    }

    /** A transcript of {@link #TRANSCRIPT_LENGTH} code points (at scale 1) in turns of two speakers, ten seconds each. */
    private static void transcript(ProjectSession project, Random random, List<Long> codes, long[] coders, double scale) {
        int length = Math.max(2_000, (int) Math.round(TRANSCRIPT_LENGTH * scale));
        StringBuilder text = new StringBuilder(length + 400);
        List<Turn> turns = new ArrayList<>();
        int turn = 0;
        while (text.length() < length) {
            int start = text.length();
            String speaker = turn % 2 == 0 ? "Interviewer" : "Respondent";
            text.append(speaker).append(": ").append(text(random, 200 + random.nextInt(600)).strip()).append('\n');
            turns.add(new Turn(speaker, Duration.ofSeconds(10L * turn), Duration.ofSeconds(10L * turn + 10), new TextSpan(start, text.length())));
            turn++;
        }
        long id = project.documents().add(new NewDocument(TRANSCRIPT, text.toString(), null, Map.of(), turns)).id();
        int total = text.length();
        List<NewCoding> codings = new ArrayList<>();
        int count = Math.max(10, (int) Math.round(TRANSCRIPT_CODINGS * scale));
        for (int i = 0; i < count; i++) {
            int codingLength = 20 + random.nextInt(600);
            int start = random.nextInt(total - codingLength);
            codings.add(new NewCoding(id, codes.get(random.nextInt(codes.size())), coders[random.nextInt(coders.length)], start,
                    start + codingLength, null));
        }
        project.codings().addAll(codings);
    }

    /** About {@code length} code points of made-up words in sentences and paragraphs (ASCII: code points are chars). */
    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 200);
        while (text.length() < length) {
            int words = 6 + random.nextInt(15);
            for (int w = 0; w < words; w++) {
                StringBuilder word = new StringBuilder();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                if (w == 0) {
                    word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
                }
                text.append(word).append(w == words - 1 ? ". " : " ");
            }
            if (random.nextInt(5) == 0) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }
}
