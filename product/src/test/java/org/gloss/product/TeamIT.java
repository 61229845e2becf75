package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team work through bin/gloss: merging coders' copies. */
class TeamIT {
    @TempDir
    Path dir;

    private GlossProcess gloss;

    @BeforeEach
    void setUp() {
        gloss = new GlossProcess(dir);
    }

    private GlossProcess.Result ok(String... args) {
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isZero();
        return result;
    }

    /** A lead's project and one copy per coder, each coded by its coder. */
    private void leadAndCopies() throws Exception {
        ok("new", "lead.gloss");
        Files.writeString(dir.resolve("interview.txt"), "We talked about debt and the harvest. 😀 Then about school fees.");
        ok("doc", "import", "lead.gloss", "interview.txt");
        ok("code", "add", "lead.gloss", "Economy", "--color", "#112233");
        ok("code", "add", "lead.gloss", "Debt", "--parent", "Economy");
        ok("code", "add", "lead.gloss", "Education");
        Files.copy(dir.resolve("lead.gloss"), dir.resolve("aida.gloss"));
        Files.copy(dir.resolve("lead.gloss"), dir.resolve("ben.gloss"));
        ok("coding", "add", "aida.gloss", "--doc", "interview", "--code", "Debt", "--coder", "aida", "--start", "16", "--end", "20");
        ok("coding", "add", "aida.gloss", "--doc", "interview", "--code", "Education", "--coder", "aida", "--start", "51", "--end", "62");
        ok("coding", "add", "ben.gloss", "--doc", "interview", "--code", "Debt", "--coder", "ben", "--start", "16", "--end", "36");
    }

    @Test
    void theLeadMergesEachCodersCopyOnce() throws Exception {
        leadAndCopies();
        assertThat(ok("merge", "lead.gloss", "aida.gloss", "ben.gloss").out()).isEqualTo(
                "merged aida.gloss: +1 coder, +2 codings\n"
                        + "merged ben.gloss: +1 coder, +1 coding\n");
        assertThat(ok("merge", "lead.gloss", "aida.gloss").out()).isEqualTo("merged aida.gloss: nothing new\n");
        assertThat(ok("coding", "list", "lead.gloss").out()).isEqualTo("document,code,coder,start,end,text,memo\r\n"
                + "interview,Debt,aida,16,20,debt,\r\n"
                + "interview,Debt,ben,16,36,debt and the harvest,\r\n"
                + "interview,Education,aida,51,62,school fees,\r\n");
    }

    @Test
    void conflictsAreListedAndRefusedUnlessAPreferenceIsGiven() throws Exception {
        leadAndCopies();
        ok("code", "add", "aida.gloss", "Prices", "--parent", "Economy");
        ok("code", "add", "ben.gloss", "Prices", "--color", "#ff0000");

        GlossProcess.Result dryRun = ok("merge", "lead.gloss", "aida.gloss", "--dry-run");
        assertThat(dryRun.out()).isEqualTo("would merge aida.gloss: +1 code, +1 coder, +2 codings\ndry run: nothing was written\n");
        assertThat(ok("coding", "list", "lead.gloss").out()).isEqualTo("document,code,coder,start,end,text,memo\r\n");

        GlossProcess.Result refused = gloss.run("merge", "lead.gloss", "aida.gloss", "ben.gloss");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("1 conflict(s):\n"
                + "  code placement: code 'Prices' is at 'Economy > Prices' in the target but at 'Prices' in ben.gloss\n"
                + "gloss: error: merge refused: 1 conflict(s), nothing was written "
                + "(resolve them with --prefer target or --prefer source)\n");
        assertThat(ok("code", "list", "lead.gloss").out()).doesNotContain("Prices");

        GlossProcess.Result preferTarget = ok("merge", "lead.gloss", "aida.gloss", "ben.gloss", "--prefer", "target");
        assertThat(preferTarget.out()).contains("1 conflict(s), resolved in favour of the target:");
        assertThat(ok("code", "list", "lead.gloss").out())
                .isEqualTo("Economy (0) #112233\n  Debt (2)\n  Prices (0) #ff0000\nEducation (1)\n");

        GlossProcess.Result usage = gloss.run("merge", "lead.gloss", "aida.gloss", "--prefer", "mine");
        assertThat(usage.status()).isEqualTo(2);
    }
}
