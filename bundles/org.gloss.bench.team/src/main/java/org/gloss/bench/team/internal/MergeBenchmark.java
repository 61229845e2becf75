package org.gloss.bench.team.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;
import org.gloss.model.Document;
import org.osgi.service.component.annotations.Component;

/**
 * Merge time for 5 coders' copies of a project with 20,000 codings each (at scale 1): each copy
 * is the shared project plus one coder's codings; all five are merged into the lead's copy with
 * {@code gloss merge} run in this process (opening the six projects, merging, closing them), then
 * merged again (which must add nothing).
 */
@Component(service = Benchmark.class)
public class MergeBenchmark implements Benchmark {
    private static final int COPIES = 5;
    private static final int DOCUMENTS = 20;
    private static final int CODES = 40;

    @Override
    public String name() {
        return "team-merge";
    }

    @Override
    public String description() {
        return "gloss merge of 5 coders' copies with 20,000 codings each";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) throws Exception {
        int codingsPerCopy = Math.max(100, (int) Math.round(20_000 * scale));
        Path base = work.resolve("base.gloss");
        try (ProjectSession project = context.createProject(base.toString())) {
            Random random = new Random(8);
            for (int d = 0; d < DOCUMENTS; d++) {
                project.documents().add(new NewDocument("doc" + d, text(random, 20_000)));
            }
            Code parent = null;
            for (int c = 0; c < CODES; c++) {
                Code code = project.codebook().add("code" + c, c % 4 == 0 || parent == null ? null : parent.id(),
                        String.format("#%06x", random.nextInt(0x1000000)), null);
                if (c % 4 == 0) {
                    parent = code;
                }
            }
        }
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            Path copy = work.resolve("coder" + i + ".gloss");
            Files.copy(base, copy, StandardCopyOption.REPLACE_EXISTING);
            try (ProjectSession project = context.openProject(copy.toString())) {
                addCodings(project, "coder" + i, codingsPerCopy, new Random(i));
            }
            copies.add(copy);
        }
        Path lead = work.resolve("lead.gloss");
        Files.copy(base, lead, StandardCopyOption.REPLACE_EXISTING);
        out.printf("%d copies x %d codings, %d documents, %d codes%n", COPIES, codingsPerCopy, DOCUMENTS, CODES);
        for (String round : List.of("first merge", "merge again (adds nothing)")) {
            List<String> arguments = new ArrayList<>(List.of(lead.toString()));
            copies.forEach(copy -> arguments.add(copy.toString()));
            long before = codings(context, lead);
            long start = System.nanoTime();
            InProcessCommands.run(context, "merge", arguments.toArray(String[]::new));
            double seconds = (System.nanoTime() - start) / 1e9;
            long added = codings(context, lead) - before;
            out.printf("%-28s %7.2f s  %,d codings added (%,.0f codings/s)%n", round, seconds, added,
                    COPIES * codingsPerCopy / seconds);
        }
    }

    private static long codings(CommandContext context, Path project) {
        try (ProjectSession session = context.openProject(project.toString())) {
            return session.codings().count();
        }
    }

    private static void addCodings(ProjectSession project, String coder, int count, Random random) {
        long coderId = project.coders().getOrCreate(coder).id();
        List<Document> documents = project.documents().list();
        List<Code> codes = project.codebook().list();
        List<NewCoding> codings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Document doc = documents.get(random.nextInt(documents.size()));
            int start = random.nextInt(doc.length() - 200);
            codings.add(new NewCoding(doc.id(), codes.get(random.nextInt(codes.size())).id(), coderId, start,
                    start + 1 + random.nextInt(199), null));
        }
        project.codings().addAll(codings);
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append("word").append(random.nextInt(1000)).append(random.nextInt(10) == 0 ? ".\n" : " ");
        }
        return text.substring(0, length);
    }
}
