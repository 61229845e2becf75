package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team work through bin/gloss: merging coders' copies, and moving a project to a PostgreSQL server and back. */
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
        assertThat(withoutIds(ok("coding", "list", "lead.gloss").out())).isEqualTo("document,code,coder,start,end,text,memo\r\n"
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
        assertThat(withoutIds(ok("coding", "list", "lead.gloss").out())).isEqualTo("document,code,coder,start,end,text,memo\r\n");

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
                // codes added without a colour have the palette's (decision 67)
                .isEqualTo("Economy (0) #112233\n  Debt (2) #E69F00\n  Prices (0) #ff0000\nEducation (1) #56B4E9\n");

        GlossProcess.Result usage = gloss.run("merge", "lead.gloss", "aida.gloss", "--prefer", "mine");
        assertThat(usage.status()).isEqualTo(2);
    }
    @Test
    void anUnreachableServerOrAPasswordInTheLocationIsAOneLineError() {
        GlossProcess.Result unreachable = gloss.run("doc", "list", "postgresql://127.0.0.1:1/project?user=aida&connectTimeout=2");
        assertThat(unreachable.status()).as(unreachable.toString()).isEqualTo(1);
        assertThat(unreachable.err()).startsWith("gloss: error: cannot reach the server for postgresql://127.0.0.1:1/project")
                .contains("refused").hasLineCount(1);
        GlossProcess.Result password = gloss.run("doc", "list", "postgresql://aida:secret@127.0.0.1/project");
        assertThat(password.status()).isEqualTo(1);
        assertThat(password.err()).isEqualTo("gloss: error: a password must not be given in the location; "
                + "use ~/.pgpass, PGPASSFILE or PGPASSWORD\n");
    }

    @Test
    void aProjectMovesToTheServerAndBack() throws Exception {
        TestServer server = TestServer.find();
        GlossProcess withServer = new GlossProcess(dir, server.environment());
        leadAndCopies();
        ok("merge", "lead.gloss", "aida.gloss", "ben.gloss");
        String url = server.newProjectUrl();
        String coders = "document,code,coder,start,end,text,memo\r\n"
                + "interview,Debt,aida,16,20,debt,\r\n"
                + "interview,Debt,ben,16,36,debt and the harvest,\r\n"
                + "interview,Education,aida,51,62,school fees,\r\n";

        assertThat(ok(withServer, "server", "init", url).out()).startsWith("created project " + url + " with roles ");
        assertThat(ok(withServer, "push", "lead.gloss", url).out())
                .isEqualTo("pushed lead.gloss to " + url + ": +1 document, +3 codes, +2 coders, +3 codings\n");
        assertThat(withoutIds(ok(withServer, "coding", "list", url).out())).isEqualTo(coders);
        assertThat(ok(withServer, "push", "lead.gloss", url).out()).isEqualTo("pushed lead.gloss to " + url + ": nothing new\n");
        ok(withServer, "coding", "add", url, "--doc", "interview", "--code", "Education", "--coder", "carl", "--start", "0", "--end", "2");

        ok(withServer, "pull", url, "back.gloss");
        assertThat(withoutIds(ok("coding", "list", "back.gloss").out())).isEqualTo(coders.replace("memo\r\n",
                "memo\r\ninterview,Education,carl,0,2,We,\r\n"));
        assertThat(ok("code", "list", "back.gloss").out())
                .isEqualTo(ok("code", "list", "lead.gloss").out().replace("Education (1)", "Education (2)"));
    }

    @Test
    void theAdjudicationLogTravelsWithPushAndPullOnce() throws Exception {
        TestServer server = TestServer.find();
        GlossProcess withServer = new GlossProcess(dir, server.environment());
        leadAndCopies();
        ok("merge", "lead.gloss", "aida.gloss", "ben.gloss");
        ok("adjudicate-span", "lead.gloss", "--coders", "aida,ben", "--doc", "interview", "--code", "Debt",
                "--start", "16", "--end", "36", "--choose", "ben", "--by", "lead");
        String log = ok("adjudication-log", "lead.gloss").out();
        assertThat(log).contains(",lead,interview,Debt,", "manual:ben");
        String url = server.newProjectUrl();
        ok(withServer, "server", "init", url);

        assertThat(ok(withServer, "push", "lead.gloss", url).out()).contains(" adjudication decision");
        assertThat(ok(withServer, "push", "lead.gloss", url).out()).isEqualTo("pushed lead.gloss to " + url + ": nothing new\n");
        assertThat(ok(withServer, "adjudication-log", url).out()).isEqualTo(log);
        ok(withServer, "pull", url, "back.gloss");
        assertThat(ok("adjudication-log", "back.gloss").out()).isEqualTo(log);
        assertThat(ok("merge", "back.gloss", "lead.gloss").out()).isEqualTo("merged lead.gloss: nothing new\n");
    }

    @Test
    void casesAndSetsTravelWithMergePushAndPull() throws Exception {
        TestServer server = TestServer.find();
        GlossProcess withServer = new GlossProcess(dir, server.environment());
        leadAndCopies();
        ok("case", "add", "aida.gloss", "Aida", "--range", "interview:0-36", "--description", "farmer");
        ok("case", "attr", "set", "aida.gloss", "Aida", "age", "34");
        ok("doc", "attr", "set", "aida.gloss", "interview", "wave", "1");
        ok("set", "add", "aida.gloss", "wave 1", "--where", "wave=1");
        ok("set", "add", "ben.gloss", "debt talk", "--doc", "interview", "--code", "Debt");
        // Ben made a case of the same name with other members: a conflict like any other
        ok("case", "add", "ben.gloss", "Aida", "--doc", "interview");

        GlossProcess.Result refused = gloss.run("merge", "lead.gloss", "aida.gloss", "ben.gloss");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("  case: case 'Aida' differs: 1 member(s) only in ben.gloss, 1 only in the target\n")
                .contains("gloss: error: merge refused: 1 conflict(s), nothing was written");
        assertThat(ok("case", "list", "lead.gloss").out()).doesNotContain("Aida");
        assertThat(ok("merge", "lead.gloss", "aida.gloss", "ben.gloss", "--prefer", "target").out()).startsWith(
                "merged aida.gloss: +1 attribute, +1 case, +1 set, +1 coder, +2 codings\n"
                        + "merged ben.gloss: +1 set, +1 coder, +1 coding\n");
        String cases = ok("case", "list", "lead.gloss", "--json").out();
        String sets = ok("set", "list", "lead.gloss", "--json").out();
        assertThat(cases).contains("\"Aida\"", "\"farmer\"", "\"age\"", "\"interview\"");
        assertThat(sets).contains("\"wave 1\"", "wave=1", "\"debt talk\"", "\"Debt\"");

        String url = server.newProjectUrl();
        ok(withServer, "server", "init", url);
        assertThat(ok(withServer, "push", "lead.gloss", url).out()).isEqualTo("pushed lead.gloss to " + url
                + ": +1 document, +3 codes, +1 case, +2 sets, +2 coders, +3 codings\n");
        // JSON compared as trees: the order of an attribute's "type" and "value" keys differs between processes
        assertThat(json(ok(withServer, "case", "list", url, "--json").out())).isEqualTo(json(cases));
        assertThat(json(ok(withServer, "set", "list", url, "--json").out())).isEqualTo(json(sets));
        assertThat(ok(withServer, "push", "lead.gloss", url).out()).isEqualTo("pushed lead.gloss to " + url + ": nothing new\n");
        ok(withServer, "pull", url, "back.gloss");
        assertThat(json(ok("case", "list", "back.gloss", "--json").out())).isEqualTo(json(cases));
        assertThat(json(ok("set", "list", "back.gloss", "--json").out())).isEqualTo(json(sets));
        assertThat(ok("merge", "back.gloss", "lead.gloss").out()).isEqualTo("merged lead.gloss: nothing new\n");
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    }

    private GlossProcess.Result ok(GlossProcess process, String... args) {
        GlossProcess.Result result = process.run(args);
        assertThat(result.status()).as(result.toString()).isZero();
        return result;
    }

    /**
     * The PostgreSQL server that .ci/services starts (or GLOSS_TEST_PG / GLOSS_TEST_PGPASSFILE).
     * Missing: a failure in CI, a skipped test elsewhere.
     */
    record TestServer(String host, int port, String user, String passfile) {
        static TestServer find() {
            String location = System.getenv().getOrDefault("GLOSS_TEST_PG", "postgresql://127.0.0.1:55432/postgres?user=gloss_admin");
            java.net.URI uri = java.net.URI.create(location);
            String user = uri.getQuery() == null ? "gloss_admin" : uri.getQuery().replaceFirst(".*user=([^&]*).*", "$1");
            TestServer server = new TestServer(uri.getHost(), uri.getPort(), user,
                    System.getenv().getOrDefault("GLOSS_TEST_PGPASSFILE", "/tmp/gloss-pg-55432.pgpass"));
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(server.host(), server.port()), 2000);
            } catch (java.io.IOException e) {
                String message = "no PostgreSQL server at " + location + "; start one with `. .ci/services`";
                if (System.getenv("CI") != null) {
                    org.assertj.core.api.Assertions.fail(message);
                }
                org.junit.jupiter.api.Assumptions.abort(message);
            }
            return server;
        }

        java.util.Map<String, String> environment() {
            return java.nio.file.Files.isReadable(Path.of(passfile)) ? java.util.Map.of("PGPASSFILE", passfile) : java.util.Map.of();
        }

        String newProjectUrl() {
            return "postgresql://" + host + ":" + port + "/gloss_it_" + java.util.UUID.randomUUID().toString().substring(0, 8)
                    + "?user=" + user;
        }
    }

    /** A coding list without its id column: ids differ between the copies of a project. */
    private static String withoutIds(String codingListCsv) {
        return codingListCsv.replaceAll(",id\r\n", "\r\n").replaceAll(",\\d+\r\n", "\r\n");
    }
}
