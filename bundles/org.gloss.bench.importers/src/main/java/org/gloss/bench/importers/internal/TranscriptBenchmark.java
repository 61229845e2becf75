package org.gloss.bench.importers.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.importer.ImportOptions;
import org.osgi.service.component.annotations.Component;

/** {@code gloss bench transcript}: 200 speaker-turn transcripts and 200 WebVTT files of about 20 KB. */
@Component(service = Benchmark.class)
public class TranscriptBenchmark implements Benchmark {
    private static final String[] SPEAKERS = {"Interviewer", "Айгүл", "Ben"};

    @Override
    public String name() {
        return "transcript";
    }

    @Override
    public String description() {
        return "import 200 speaker-turn transcripts and 200 WebVTT files of about 20 KB";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) throws Exception {
        int count = Math.max(2, (int) Math.round(200 * scale));
        Random random = new Random(10);
        List<Path> turns = new ArrayList<>();
        List<Path> vtt = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder plain = new StringBuilder();
            StringBuilder cues = new StringBuilder("WEBVTT\n\n");
            int second = 0;
            for (int t = 0; plain.length() < 11_000; t++) {
                String words = words(random, 30);
                String speaker = SPEAKERS[t % SPEAKERS.length];
                plain.append(String.format("[%02d:%02d:%02d] %s: %s%n", second / 3600, second / 60 % 60, second % 60,
                        speaker, words));
                cues.append(String.format("%02d:%02d:%02d.000 --> %02d:%02d:%02d.500%n<v %s>%s%n%n", second / 3600,
                        second / 60 % 60, second % 60, second / 3600, second / 60 % 60, second % 60 + 0, speaker, words));
                second += 7;
            }
            Path text = work.resolve("talk" + i + ".transcript");
            Files.writeString(text, plain);
            turns.add(text);
            Path subtitles = work.resolve("talk" + i + ".vtt");
            Files.writeString(subtitles, cues);
            vtt.add(subtitles);
        }
        ImportMeasurement.measure(context, work, count + " speaker-turn transcripts", turns, ImportOptions.NONE, out);
        ImportMeasurement.measure(context, work, count + " WebVTT files", vtt, ImportOptions.NONE, out);
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            text.append(GeneratedText.word(random)).append(' ');
        }
        return text.toString().strip();
    }
}
