package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that attacks the reader, messages that must be clear, and coders (issue 14, items 7-9)
 * through {@code bin/gloss}, with a real PostgreSQL server for the team cases.
 */
class HostileOutputIT {
    /** An OSC 8 hyperlink, a window title and a screen clear: what a hostile name may carry. */
    private static final String ESCAPES = "\u001B]8;;http://evil\u0007x\u001B]8;;\u0007\u001B]0;pwned\u0007\u001B[2J";

    @TempDir
    Path dir;

    private HostileInputs gloss;

    @BeforeEach
    void setUp() {
        gloss = new HostileInputs(new GlossProcess(dir));
    }

    @AfterAll
    static void count() {
        System.out.println("hostile inputs run through bin/gloss so far: " + HostileInputs.count());
    }

    @Test
    void escapeSequencesInNamesAreShownNotObeyedAndDataStaysExact() throws Exception {
        gloss.ok("new", "p.gloss");
        // a file name cannot hold '/', so no hyperlink there: a retitled window and a cleared screen
        String name = "doc\u001B]0;pwned\u0007\u001B[2J";
        Path file = Files.writeString(dir.resolve(name + ".txt"), "We talked about debt.");
        String shown = "doc␛]0;pwned␇␛[2J";
        assertThat(gloss.survived("doc", "import", "p.gloss", file.getFileName().toString()).out())
                .isEqualTo("imported " + shown + " (21 code points)\n");
        assertThat(gloss.survived("doc", "list", "p.gloss").out()).contains(shown).doesNotContain("\u001B");
        gloss.ok("code", "add", "p.gloss", "code" + ESCAPES);
        assertThat(gloss.survived("code", "list", "p.gloss").out())
                .isEqualTo("code␛]8;;http://evil␇x␛]8;;␇␛]0;pwned␇␛[2J (0) #E69F00\n");
        gloss.ok("coding", "add", "p.gloss", "--doc", name, "--code", "code" + ESCAPES, "--coder", "c\u001B[31m", "--start", "0",
                "--end", "2");
        // CSV into a file or a pipe is exact data; JSON escapes control characters itself
        assertThat(gloss.survived("coding", "list", "p.gloss").out()).contains(name + ",code" + ESCAPES + ",c\u001B[31m,0,2,We,");
        assertThat(gloss.survived("code", "list", "p.gloss", "--json").out()).contains("\\u001B]8;;http://evil\\u0007x")
                .doesNotContain("\u001B");
        gloss.refused("unknown document: nope␛[2J", "doc", "text", "p.gloss", "nope\u001B[2J");
    }

    @Test
    void csvPrintedToATerminalShowsControlCharactersVisibly() throws Exception {
        gloss.ok("new", "p.gloss");
        Files.writeString(dir.resolve("d.txt"), "We talked about debt.");
        gloss.ok("doc", "import", "p.gloss", "d.txt");
        gloss.ok("code", "add", "p.gloss", "c");
        gloss.ok("coding", "add", "p.gloss", "--doc", "d", "--code", "c", "--coder", "evil" + ESCAPES, "--start", "0", "--end", "2");
        // script(1) gives gloss a terminal, as a user's shell does
        Path typescript = dir.resolve("typescript");
        Process script = new ProcessBuilder("script", "-qec", GlossProcess.executable() + " coding list p.gloss",
                typescript.toString()).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        script.getOutputStream().close();
        assertThat(script.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String seen = Files.readString(typescript, StandardCharsets.UTF_8);
        assertThat(seen).contains("evil␛]8;;http://evil␇x").doesNotContain("\u001B]8;;http://evil");
    }

    @Test
    void spreadsheetExportsNeutraliseFormulasAndPlainCsvKeepsThem() throws Exception {
        gloss.ok("new", "p.gloss");
        Files.writeString(dir.resolve("=HYPERLINK(1).txt"), "+cmd|' /C calc'!A0 and @SUM(1)");
        gloss.ok("doc", "import", "p.gloss", "=HYPERLINK(1).txt");
        gloss.ok("code", "add", "p.gloss", "@SUM(A1)");
        gloss.ok("coding", "add", "p.gloss", "--doc", "=HYPERLINK(1)", "--code", "@SUM(A1)", "--coder", "-2+3", "--start", "0",
                "--end", "17");
        gloss.survived("export", "p.gloss", "--format", "csv", "--out", "plain.csv");
        gloss.survived("export", "p.gloss", "--format", "csv", "--excel", "--out", "excel.csv");
        gloss.survived("export", "p.gloss", "--format", "matrix", "--excel", "--out", "matrix.csv");
        assertThat(Files.readString(dir.resolve("plain.csv"))).contains("=HYPERLINK(1),@SUM(A1),@SUM(A1),-2+3,0,17,+cmd|' /C calc'!A,");
        assertThat(Files.readString(dir.resolve("excel.csv")))
                .contains("'=HYPERLINK(1),'@SUM(A1),'@SUM(A1),'-2+3,0,17,'+cmd|' /C calc'!A,");
        assertThat(Files.readString(dir.resolve("matrix.csv"))).contains("'@SUM(A1)").contains("'=HYPERLINK(1),1");
    }

    @Test
    void badNumbersCsvFilesAndPathsGetClearMessages() throws Exception {
        gloss.ok("new", "p.gloss");
        Files.writeString(dir.resolve("d.txt"), "0123456789");
        gloss.ok("doc", "import", "p.gloss", "d.txt");
        gloss.ok("code", "add", "p.gloss", "c");
        gloss.usage("Invalid value for option '--end': '2147483648' is out of range", "coding", "add", "p.gloss", "--doc", "d",
                "--code", "c", "--coder", "x", "--start", "0", "--end", "2147483648");
        gloss.usage("Invalid value for option '--start': '9223372036854775807' is out of range", "coding", "add", "p.gloss",
                "--doc", "d", "--code", "c", "--coder", "x", "--start", "9223372036854775807", "--end", "3");
        Files.writeString(dir.resolve("big.csv"), "document,coder,code,start,end\nd,x,c,0,9223372036854775807\n");
        gloss.refused("big.csv line 2: end 9223372036854775807 is out of range", "coding", "import", "p.gloss", "big.csv");
        Files.write(dir.resolve("latin1.csv"), "document,coder,code,start,end\nd,Jos\u00e9,c,0,2\n".getBytes(StandardCharsets.ISO_8859_1));
        gloss.refused("latin1.csv line 2 is not valid UTF-8 (bad byte at offset 35)", "coding", "import", "p.gloss", "latin1.csv");
        Files.writeString(dir.resolve("quote.csv"), "document,coder,code,start,end\nd,x,\"c,0,2\n");
        gloss.refused("quote.csv line 2: a quoted field is never closed", "coding", "import", "p.gloss", "quote.csv");
        Files.createDirectory(dir.resolve("folder.csv"));
        gloss.refused("folder.csv is a folder, not a file", "coding", "import", "p.gloss", "folder.csv");
        Files.writeString(dir.resolve("attrs.csv"), "document,age,age\nd,1,2\n");
        gloss.refused("attrs.csv line 1: attribute 'age' has two columns", "doc", "attr", "import", "p.gloss", "attrs.csv");
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start().waitFor()).isZero();
        gloss.refused("pipe.txt is not a regular file (a named pipe, device or socket)", "doc", "import", "p.gloss", "pipe.txt");
        Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
        gloss.refused("zero.txt links to /dev/zero, which is not a regular file", "doc", "import", "p.gloss", "zero.txt");
        Files.createSymbolicLink(dir.resolve("a.txt"), dir.resolve("b.txt"));
        Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("a.txt"));
        gloss.refused("a.txt is a symbolic link loop", "doc", "import", "p.gloss", "a.txt");
        gloss.refused("cannot write missing/out.csv: the folder " + dir.resolve("missing") + " does not exist", "export",
                "p.gloss", "--format", "csv", "--out", "missing/out.csv");
        GlossProcess.Result bogus = gloss.usage("Unknown option: '--bogus'", "--bogus");
        assertThat(bogus.err()).contains("Try 'gloss --help' for usage.");
        assertThat(gloss.ok("coding", "list", "p.gloss").out()).isEqualTo("document,code,coder,start,end,text,memo,id\r\n");
    }

    @Test
    void qdpxKeepsLineBreaksInNamesAndWarnsForWhatXmlCannotCarry() throws Exception {
        gloss.ok("new", "p.gloss");
        gloss.ok("code", "add", "p.gloss", "two\nlines");
        gloss.ok("code", "add", "p.gloss", "bell\u0007");
        GlossProcess.Result export = gloss.survived("export", "p.gloss", "--format", "qdpx", "--out", "p.qdpx");
        assertThat(export.err()).isEqualTo("gloss: warning: 1 value(s) held control characters that QDA-XML (XML 1.0) cannot"
                + " carry; they were written as U+FFFD: <Code name> 'bell␇'\n");
        gloss.ok("import-project", "p.qdpx", "--out", "back.gloss");
        assertThat(gloss.ok("code", "list", "back.gloss", "--json").out()).contains("\"two\\nlines\"", "\"bell\uFFFD\"");
    }

    @Test
    void coderNamesWithCommasAreGivenOneByOne() throws Exception {
        gloss.ok("new", "p.gloss");
        Files.writeString(dir.resolve("d.txt"), "We talked about debt and the harvest.");
        gloss.ok("doc", "import", "p.gloss", "d.txt");
        gloss.ok("code", "add", "p.gloss", "debt");
        gloss.ok("coding", "add", "p.gloss", "--doc", "d", "--code", "debt", "--coder", "Smith, J.", "--start", "16", "--end", "20");
        gloss.ok("coding", "add", "p.gloss", "--doc", "d", "--code", "debt", "--coder", "bob", "--start", "16", "--end", "20");
        gloss.refused("unknown coder: Smith", "agree", "p.gloss", "--coders", "Smith, J.,bob");
        assertThat(gloss.survived("agree", "p.gloss", "--coder", "Smith, J.", "--coder", "bob", "--format", "json").out())
                .contains("Smith, J.");
        gloss.usage("Missing required option: '--coders=A,B[,C...]' (or '--coder=NAME', repeated)", "agree", "p.gloss");
    }

    /** A coder role with a password on the test server, set by its administrator. */
    private static void setPassword(TeamIT.TestServer server, String role, String password) throws Exception {
        String passLine = Files.readAllLines(Path.of(server.passfile())).get(0);
        String adminPassword = passLine.substring(passLine.lastIndexOf(':') + 1);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + server.host() + ":" + server.port() + "/postgres",
                server.user(), adminPassword); Statement st = c.createStatement()) {
            st.execute("ALTER ROLE \"" + role + "\" PASSWORD '" + password + "'");
        }
    }

    @Test
    void aServerWithoutAPasswordAndABlindCoderComparingAreSaidAsSuch() throws Exception {
        TeamIT.TestServer server = TeamIT.TestServer.find();
        HostileInputs admin = new HostileInputs(new GlossProcess(dir, server.environment()));
        String url = server.newProjectUrl();
        String role = "alice_" + Long.toHexString(System.nanoTime());
        admin.ok("server", "init", url, "--coder", role, "--coder", "bob_" + role, "--blind");
        Files.writeString(dir.resolve("d.txt"), "We talked about debt and the harvest.");
        admin.ok("doc", "import", url, "d.txt");
        admin.ok("code", "add", url, "debt");
        String asAlice = url.replaceFirst("\\?user=[^&]*", "?user=" + role);
        // no password anywhere: said so, not "cannot reach the server"
        HostileInputs noPassword = new HostileInputs(new GlossProcess(dir, Map.of("PGPASSFILE", "/nonexistent", "HOME", dir.toString())));
        noPassword.refused("no password for " + asAlice, "doc", "list", asAlice);

        setPassword(server, role, "pw-alice");
        HostileInputs alice = new HostileInputs(new GlossProcess(dir, Map.of("PGPASSWORD", "pw-alice", "PGPASSFILE", "/nonexistent")));
        alice.ok("coding", "add", asAlice, "--doc", "d", "--code", "debt", "--coder", role, "--start", "16", "--end", "20");
        admin.ok("coding", "add", url, "--doc", "d", "--code", "debt", "--coder", "bob_" + role, "--start", "16", "--end", "20");
        alice.refused("blind coding is on: the codings of bob_" + role + " are hidden from you (" + role + ")", "agree", asAlice,
                "--coders", role + ",bob_" + role);
        // the editor sees both and measures agreement as usual
        assertThat(admin.ok("agree", url, "--coders", role + ",bob_" + role, "--format", "json").out()).contains("\"overall\"");
    }
}
