package org.gloss.bench.team.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.osgi.service.component.annotations.Component;

/**
 * Throughput of concurrent coding on a PostgreSQL server with 1, 4 and 10 clients, each its own
 * session adding codings one at a time (each one a committed transaction, as a coder's clicks
 * are). The server is GLOSS_BENCH_PG, e.g. {@code postgresql://127.0.0.1:55432/postgres?user=gloss_admin}
 * (a role that may create databases); a throw-away project database is created there and dropped.
 */
@Component(service = Benchmark.class)
public class ServerBenchmark implements Benchmark {
    private static final int[] CLIENTS = {1, 4, 10};

    @Override
    public String name() {
        return "team-server";
    }

    @Override
    public String description() {
        return "codings/s on PostgreSQL with 1, 4 and 10 concurrent clients (server from GLOSS_BENCH_PG)";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) throws Exception {
        String server = System.getenv("GLOSS_BENCH_PG");
        if (server == null) {
            out.println("skipped: set GLOSS_BENCH_PG=postgresql://host:port/postgres?user=NAME (a role that may create databases)");
            return;
        }
        run(context, server, Math.max(50, (int) Math.round(2_000 * scale)), out);
    }

    private static void run(CommandContext context, String server, int codingsPerClient, PrintWriter out) throws Exception {
        String database = "gloss_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String location = withDatabase(server, database);
        long documentId;
        long codeId;
        try (ProjectSession project = context.createProject(location)) {
            documentId = project.documents().add(new NewDocument("bench", "x".repeat(100_000))).id();
            codeId = project.codebook().add("c", null, null, null).id();
        }
        try {
            out.println("one coding per transaction (as a coder clicks):");
            for (int clients : CLIENTS) {
                measure(context, location, clients, codingsPerClient, documentId, codeId, out);
            }
            measureBatches(context, location, 10 * codingsPerClient, documentId, codeId, out);
        } finally {
            try {
                InProcessCommands.run(context, "server", "drop", location, "--yes");
            } catch (RuntimeException e) {
                out.println("could not drop " + database + ": " + e.getMessage());
            }
        }
    }

    /** The server's location with another database: postgresql://host:port/DATABASE?parameters. */
    static String withDatabase(String server, String database) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(postgresql://[^/?#]+)(/[^?#]*)?(.*)$").matcher(server);
        if (!m.matches()) {
            throw new GlossException("GLOSS_BENCH_PG is not a postgresql://host[:port]/database[?user=NAME] location: " + server);
        }
        return m.group(1) + "/" + database + m.group(3);
    }

    /** An import's pace: codings.addAll in transactions of 1,000 from one client. */
    private static void measureBatches(CommandContext context, String location, int total, long documentId,
                                       long codeId, PrintWriter out) {
        try (ProjectSession session = context.openProject(location)) {
            long coderId = session.coders().getOrCreate("bench-batch").id();
            Random random = new Random(42);
            long start = System.nanoTime();
            for (int done = 0; done < total; done += 1_000) {
                List<NewCoding> batch = new ArrayList<>(1_000);
                for (int n = 0; n < 1_000; n++) {
                    int s = random.nextInt(99_000);
                    batch.add(new NewCoding(documentId, codeId, coderId, s, s + 1 + random.nextInt(999), null));
                }
                session.codings().addAll(batch);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("batches of 1,000 (import), 1 client: %,d codings in %6.2f s = %,8.0f codings/s%n", total, seconds,
                    total / seconds);
        }
    }

    private static void measure(CommandContext context, String location, int clients, int perClient,
                                long documentId, long codeId, PrintWriter out) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<ProjectSession> sessions = new ArrayList<>();
            List<Long> coders = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                ProjectSession session = context.openProject(location);
                sessions.add(session);
                coders.add(session.coders().getOrCreate("bench" + clients + "_" + i).id());
            }
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                ProjectSession session = sessions.get(i);
                long coderId = coders.get(i);
                Random random = new Random(i);
                done.add(pool.submit(() -> {
                    for (int n = 0; n < perClient; n++) {
                        int s = random.nextInt(99_000);
                        session.codings().add(new NewCoding(documentId, codeId, coderId, s, s + 1 + random.nextInt(999), null));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sessions.forEach(ProjectSession::close);
            out.printf("%2d client(s): %,7d codings in %6.2f s = %,8.0f codings/s%n", clients, clients * perClient,
                    seconds, clients * perClient / seconds);
            out.flush();
        } finally {
            pool.shutdownNow();
        }
    }
}
