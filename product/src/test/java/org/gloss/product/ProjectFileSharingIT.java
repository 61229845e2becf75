package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several real Gloss processes on one project file: a long-lived one holding sessions open (as
 * the workbench does) and command-line processes reading and writing the same file.
 */
class ProjectFileSharingIT {
    @TempDir
    Path dir;

    private Holder holder;

    @AfterEach
    void killTheHolder() throws InterruptedException {
        if (holder != null) {
            holder.kill();
        }
    }

    /**
     * Issue 13's reproduction: another process's read and write used to find the long-lived
     * process without locks (a Java stream on the file had dropped them), take the project for
     * unused, and delete its WAL; the long-lived process then wrote into the deleted WAL and lost
     * the coding it had acknowledged when it was killed.
     */
    @Test
    void aCodingAcknowledgedByAProcessHoldingSessionsSurvivesOtherProcessesAndSigkill() throws Exception {
        GlossProcess gloss = new GlossProcess(dir);
        project(gloss);
        holder = Holder.start(dir);
        ok(gloss, "code", "list", "p.gloss");
        ok(gloss, "coding", "add", "p.gloss", "--doc", "d", "--code", "debt", "--coder", "cli", "--start", "0", "--end", "4");
        assertThat(dir.resolve("p.gloss-wal")).as("the WAL of a project still open elsewhere").exists();
        assertThat(dir.resolve("p.gloss-shm")).exists();

        long acknowledged = holder.code("code d debt aida 5 9");
        holder.kill();

        String codings = ok(gloss, "coding", "list", "p.gloss", "--format", "json").out();
        assertThat(codings).contains("\"coder\" : \"aida\"").contains("\"id\" : " + acknowledged);
        assertThat(codings).contains("\"coder\" : \"cli\"");
        assertThat(integrityCheck()).isEqualTo("ok");
    }

    /**
     * A long-lived session codes continuously while four processes import codings and two list
     * them: every acknowledged coding is there afterwards, no process fails with "database is
     * locked", and the file is intact.
     */
    @Test
    void aLongLivedSessionAndFourImportingProcessesLoseNothing() throws Exception {
        GlossProcess gloss = new GlossProcess(dir);
        project(gloss);
        int importers = 4;
        int perImport = 500;
        for (int i = 0; i < importers; i++) {
            StringBuilder csv = new StringBuilder("document,coder,code,start,end\n");
            for (int k = 0; k < perImport; k++) {
                csv.append("d,importer").append(i).append(",debt,").append(k % 60).append(',').append(k % 60 + 7).append('\n');
            }
            Files.writeString(dir.resolve("c" + i + ".csv"), csv);
        }
        holder = Holder.start(dir);
        int looped = 300;
        holder.send("loop " + looped + " d debt aida");
        ExecutorService pool = Executors.newFixedThreadPool(importers + 2);
        List<Future<GlossProcess.Result>> runs = new ArrayList<>();
        for (int i = 0; i < importers; i++) {
            String csv = "c" + i + ".csv";
            runs.add(pool.submit(() -> gloss.run("coding", "import", "p.gloss", csv)));
        }
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> gloss.run("coding", "list", "p.gloss")));
        }
        for (Future<GlossProcess.Result> run : runs) {
            GlossProcess.Result result = run.get(5, TimeUnit.MINUTES);
            assertThat(result.status()).as(result.toString()).isZero();
            assertThat(result.err()).doesNotContainIgnoringCase("locked");
        }
        pool.shutdown();
        holder.await("done", 120);
        List<Long> acknowledged = holder.acknowledged();
        assertThat(holder.output()).doesNotContain("failed");
        assertThat(acknowledged).hasSize(looped);
        holder.kill();

        assertThat(integrityCheck()).isEqualTo("ok");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("p.gloss"));
             Statement st = c.createStatement()) {
            for (long id : acknowledged) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM codings WHERE id = " + id)) {
                    assertThat(rs.getInt(1)).as("acknowledged coding " + id).isEqualTo(1);
                }
            }
            for (int i = 0; i < importers; i++) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM codings c JOIN coders k ON k.id = c.coder_id "
                        + "WHERE k.name = 'importer" + i + "'")) {
                    assertThat(rs.getInt(1)).as("codings of import " + i).isEqualTo(perImport);
                }
            }
        }
    }

    private static void project(GlossProcess gloss) throws IOException {
        ok(gloss, "new", "p.gloss");
        Files.writeString(gloss.directory().resolve("d.txt"), "We talked about debt, the harvest and the new road to China. ".repeat(2));
        ok(gloss, "doc", "import", "p.gloss", "d.txt");
        ok(gloss, "code", "add", "p.gloss", "debt");
    }

    private String integrityCheck() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("p.gloss"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.getString(1);
        }
    }

    private static GlossProcess.Result ok(GlossProcess gloss, String... args) {
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isZero();
        return result;
    }

    /** A long-lived Gloss process with three sessions open (the test plugin {@code hold-sessions}). */
    private static final class Holder {
        private final Process process;
        private final Path out;
        private final OutputStream in;
        private int seen;

        private Holder(Process process, Path out) {
            this.process = process;
            this.out = out;
            this.in = process.getOutputStream();
        }

        static Holder start(Path dir) throws Exception {
            Path home = TestPlugins.copyOfDistribution(dir.resolve("gloss-with-holder"));
            TestPlugins.sessionHolder(home.resolve("plugins"));
            Path out = dir.resolve("holder.out");
            Process process = new GlossProcess(dir, home).start(List.of(home.resolve("bin/gloss").toString(),
                    "hold-sessions", "p.gloss"), out, dir.resolve("holder.err"));
            Holder holder = new Holder(process, out);
            holder.await("ready", 120);
            return holder;
        }

        /**
         * SIGKILL, then wait until the process has gone: under load a killed JVM took more than
         * 10 s to be reaped, and the temporary folder was deleted while it still had files open.
         */
        void kill() throws InterruptedException {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            if (!process.destroyForcibly().waitFor(2, TimeUnit.MINUTES)) {
                throw new AssertionError("the holder did not end within 2 minutes of SIGKILL");
            }
        }

        void send(String line) throws IOException {
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        /** Sends one coding and returns its id once the process has acknowledged it. */
        long code(String line) throws Exception {
            send(line);
            String ack = await("coded ", 60);
            return Long.parseLong(ack.substring("coded ".length()).trim());
        }

        String output() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8);
        }

        List<Long> acknowledged() throws IOException {
            return output().lines().filter(l -> l.startsWith("coded ")).map(l -> Long.parseLong(l.substring(6).trim())).toList();
        }

        /** Waits for the next line starting with {@code prefix} after those already seen, and returns it. */
        String await(String prefix, int seconds) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                List<String> lines = output().lines().toList();
                for (int i = seen; i < lines.size(); i++) {
                    if (lines.get(i).startsWith(prefix) && (i < lines.size() - 1 || output().endsWith("\n"))) {
                        seen = i + 1;
                        return lines.get(i);
                    }
                }
                if (!process.isAlive()) {
                    throw new AssertionError("the holder ended: " + output() + Files.readString(out.resolveSibling("holder.err")));
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no '" + prefix + "' from the holder in " + seconds + " s: " + output());
        }
    }
}
