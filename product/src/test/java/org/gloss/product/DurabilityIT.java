package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write killed with SIGKILL leaves the project exactly as before or with all of the write. */
class DurabilityIT {
    private static final int CODINGS = 300_000;

    @TempDir
    Path dir;

    @Test
    void killingACodingImportLeavesAllOrNothing() throws Exception {
        GlossProcess gloss = new GlossProcess(dir);
        assertThat(gloss.run("new", "p.gloss").status()).isZero();
        Files.writeString(dir.resolve("d.txt"), "x".repeat(10_000));
        assertThat(gloss.run("doc", "import", "p.gloss", "d.txt").status()).isZero();
        Path csv = dir.resolve("codings.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("document,coder,code,start,end\n");
            for (int i = 0; i < CODINGS; i++) {
                int start = i % 9_000;
                out.write("d,coder" + (i % 3) + ",code " + (i % 7) + "," + start + "," + (start + 50) + "\n");
            }
        }
        long expectedTotal = 0;
        // kill at several moments: during start-up, while parsing, while inserting or committing
        for (long delayMillis : new long[] {700, 1200, 1800, 2600}) {
            Process process = gloss.start(List.of(GlossProcess.executable().toString(), "coding", "import", "p.gloss",
                    csv.toString()), dir.resolve("out.txt"), dir.resolve("err.txt"));
            Thread.sleep(delayMillis);
            boolean killed = process.isAlive();
            process.destroyForcibly().waitFor();
            GlossProcess.Result list = gloss.run("doc", "list", "p.gloss", "--json");
            assertThat(list.status()).as("project opens after kill at " + delayMillis + " ms: " + list).isZero();
            long count = codings(list.out());
            assertThat(count).as("codings after kill at %d ms (process was %s)", delayMillis, killed ? "killed" : "done")
                    .isIn(expectedTotal, expectedTotal + CODINGS);
            System.out.printf("kill at %d ms: process %s, %d codings%n", delayMillis, killed ? "killed" : "had finished", count);
            expectedTotal = count;
        }
    }

    private static long codings(String docListJson) {
        var matcher = java.util.regex.Pattern.compile("\"codings\" : (\\d+)").matcher(docListJson);
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
