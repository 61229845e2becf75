package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract, through bin/gloss of the assembled product. */
class CliIT {
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

    private GlossProcess.Result userError(String... args) {
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err().lines()).as(result.toString()).hasSize(1).allMatch(l -> l.startsWith("gloss: error: "));
        return result;
    }

    @Test
    void researcherWorkflowFromTheCommandLine() throws Exception {
        ok("new", "study.gloss");
        Files.write(dir.resolve("interview.txt"), "\uFEFFQ: Как дела?\r\nA: 😀 fine, it is a two-way road\r\n"
                .getBytes(StandardCharsets.UTF_8));
        ok("doc", "import", "study.gloss", "interview.txt");
        assertThat(ok("doc", "text", "study.gloss", "interview").out())
                .isEqualTo("Q: Как дела?\nA: 😀 fine, it is a two-way road\n");
        ok("code", "add", "study.gloss", "economy", "--color", "#112233");
        ok("code", "add", "study.gloss", "two-way road", "--parent", "economy", "--description", "both ways");
        // "Q: Как дела?\n" is 13 code points and "😀" is one, so "fine" is [18, 22)
        ok("coding", "add", "study.gloss", "--doc", "interview", "--code", "two-way road", "--coder", "ann",
                "--start", "18", "--end", "22", "--memo", "emoji before");
        String csv = ok("coding", "list", "study.gloss").out();
        assertThat(csv).isEqualTo("document,code,coder,start,end,text,memo,id\r\n"
                + "interview,two-way road,ann,18,22,fine,emoji before,1\r\n");
        String json = ok("doc", "list", "study.gloss", "--json").out();
        assertThat(json).contains("\"name\" : \"interview\"").contains("\"length\" : 45").contains("\"codings\" : 1");
        // every process lists the project the same way: the JSON's maps keep their order
        assertThat(json.indexOf("\"file\"")).isLessThan(json.indexOf("\"size\"")).isLessThan(json.indexOf("\"importer\""));
        for (int run = 0; run < 3; run++) {
            assertThat(ok("doc", "list", "study.gloss", "--json").out()).isEqualTo(json);
        }
        assertThat(ok("code", "list", "study.gloss").out()).isEqualTo("economy (0) #112233\n  two-way road (1) #E69F00\n");
    }

    @Test
    void userErrorsAreOneLineAndUsageErrorsExitTwo() {
        ok("new", "p.gloss");
        assertThat(userError("new", "p.gloss").err()).isEqualTo("gloss: error: project already exists: p.gloss\n");
        assertThat(userError("doc", "text", "p.gloss", "nope").err()).isEqualTo("gloss: error: unknown document: nope\n");
        assertThat(userError("doc", "list", "missing.gloss").err()).isEqualTo("gloss: error: no such project: missing.gloss\n");
        assertThat(userError("doc", "import", "p.gloss", "missing.txt").err()).isEqualTo("gloss: error: no such file: missing.txt\n");
        assertThat(userError("doc", "import", "p.gloss", ".").err()).isEqualTo("gloss: error: . is a folder, not a file\n");
        GlossProcess.Result usage = gloss.run("coding", "add", "p.gloss", "--doc", "d");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.err()).startsWith("gloss: error: Missing required options");
    }

    @Test
    void everyCommandAndCommandGroupAnswersHelp() {
        // groups built into the CLI and groups contributed by other bundles (export, server)
        for (String[] command : new String[][] {{"coding"}, {"coding", "add"}, {"doc"}, {"doc", "attr", "set"},
                {"code", "merge"}, {"export"}, {"server"}, {"agree"}, {"search"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            GlossProcess.Result result = ok(args);
            assertThat(result.out()).as(String.join(" ", args)).startsWith("Usage: gloss " + String.join(" ", command));
            assertThat(result.err()).isEmpty();
        }
    }

    @Test
    void nonUtf8FilesAreRefusedAndOtherFilesStillImport() throws Exception {
        ok("new", "p.gloss");
        Files.write(dir.resolve("latin1.txt"), "café au lait".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("good.txt"), "good text");
        GlossProcess.Result result = gloss.run("doc", "import", "p.gloss", "latin1.txt", "good.txt");
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("gloss: error: latin1.txt is not valid UTF-8 (bad byte at offset 3)\n");
        assertThat(ok("doc", "list", "p.gloss").out()).contains("good").doesNotContain("latin1");
    }

    @Test
    void codingImportIsAllOrNothingAndNamesTheBadLine() throws Exception {
        ok("new", "p.gloss");
        Files.writeString(dir.resolve("d.txt"), "0123456789");
        ok("doc", "import", "p.gloss", "d.txt");
        Files.writeString(dir.resolve("codings.csv"), "document,coder,code,start,end,memo\n"
                + "d,ann,new code,0,5,first\n"
                + "d,bob,new code,2,11,\n");
        assertThat(userError("coding", "import", "p.gloss", "codings.csv").err())
                .isEqualTo("gloss: error: codings.csv line 3: end 11 is past the end of document 'd' (length 10 code points)\n");
        assertThat(ok("code", "list", "p.gloss").out()).isEmpty();
        assertThat(ok("coding", "list", "p.gloss").out()).isEqualTo("document,code,coder,start,end,text,memo,id\r\n");

        Files.writeString(dir.resolve("codings.csv"), "document,coder,code,start,end\nd,ann,new code,0,5\nd,bob,new code,2,9\n");
        assertThat(ok("coding", "import", "p.gloss", "codings.csv").out()).isEqualTo("imported 2 codings\n");
        Files.writeString(dir.resolve("bad.csv"), "document,coder,code,start,end\nnope,ann,c,0,5\n");
        assertThat(userError("coding", "import", "p.gloss", "bad.csv").err())
                .isEqualTo("gloss: error: bad.csv line 2: unknown document 'nope'\n");
        Files.writeString(dir.resolve("bad.csv"), "document,coder,code,start,end\nd,ann,c,five,6\n");
        assertThat(userError("coding", "import", "p.gloss", "bad.csv").err())
                .isEqualTo("gloss: error: bad.csv line 2: start 'five' is not a whole number\n");
        Files.writeString(dir.resolve("bad.csv"), "doc,who\n");
        assertThat(userError("coding", "import", "p.gloss", "bad.csv").err())
                .isEqualTo("gloss: error: bad.csv line 1: header must be document,coder,code,start,end[,memo]\n");
    }

    @Test
    void codebookEditing() throws Exception {
        ok("new", "p.gloss");
        Files.writeString(dir.resolve("d.txt"), "0123456789");
        ok("doc", "import", "p.gloss", "d.txt");
        ok("code", "add", "p.gloss", "a");
        ok("code", "add", "p.gloss", "b");
        ok("coding", "add", "p.gloss", "--doc", "d", "--code", "a", "--coder", "ann", "--start", "0", "--end", "3");
        assertThat(userError("code", "remove", "p.gloss", "a").err()).contains("use --force");
        ok("code", "rename", "p.gloss", "a", "alpha");
        ok("code", "move", "p.gloss", "alpha", "b");
        assertThat(ok("code", "list", "p.gloss").out()).isEqualTo("b (0) #56B4E9\n  alpha (1) #E69F00\n");
        ok("code", "merge", "p.gloss", "alpha", "b");
        assertThat(ok("code", "list", "p.gloss").out()).isEqualTo("b (1) #56B4E9\n");
        ok("code", "remove", "p.gloss", "b", "--force");
        assertThat(ok("coding", "list", "p.gloss", "--format", "json").out().strip()).isEqualTo("[ ]");
        ok("doc", "remove", "p.gloss", "d");
        assertThat(ok("doc", "list", "p.gloss", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void demoBuildsACodedProject() {
        String out = ok("demo", "demo.gloss").out();
        assertThat(out).contains("article", "interview", "debt concern", "aida", "ben");
        String json = ok("coding", "list", "demo.gloss", "--format", "json", "--coder", "aida").out();
        assertThat(json).contains("Критики опасаются долговой зависимости");
        assertThat(ok("doc", "list", "demo.gloss").out()).contains("interview");
    }

    @Test
    void aFileThatIsNotAProjectIsRefused() throws Exception {
        Files.writeString(dir.resolve("notes.gloss"), "these are my notes, not a project");
        assertThat(userError("doc", "list", "notes.gloss").err()).isEqualTo("gloss: error: not a Gloss project: notes.gloss\n");
    }

    /** Issue 13: one memo per object, whichever command wrote it and whichever reads it. */
    @Test
    void memosAreOneModelAcrossCommandsAndExports() throws Exception {
        ok("new", "p.gloss");
        Files.writeString(dir.resolve("d.txt"), "Debt worries everyone here.");
        ok("doc", "import", "p.gloss", "d.txt");
        ok("code", "add", "p.gloss", "debt");
        ok("coding", "add", "p.gloss", "--doc", "d", "--code", "debt", "--coder", "ann", "--start", "0", "--end", "4",
                "--memo", "typed with coding add");
        ok("coding", "add", "p.gloss", "--doc", "d", "--code", "debt", "--coder", "ann", "--start", "5", "--end", "12");
        assertThat(ok("memo", "list", "p.gloss", "--json").out())
                .contains("\"target\" : \"coding\"").contains("\"name\" : \"1\"").contains("\"text\" : \"typed with coding add\"");

        ok("memo", "set", "p.gloss", "--coding", "2", "written with memo set", "--author", "ann");
        assertThat(ok("coding", "list", "p.gloss").out()).isEqualTo("document,code,coder,start,end,text,memo,id\r\n"
                + "d,debt,ann,0,4,Debt,typed with coding add,1\r\n"
                + "d,debt,ann,5,12,worries,written with memo set,2\r\n");
        ok("export", "p.gloss", "--format", "csv", "--out", "segments.csv");
        assertThat(Files.readString(dir.resolve("segments.csv"))).contains("written with memo set").contains("typed with coding add");

        ok("memo", "set", "p.gloss", "--project", "what this study is about");
        ok("memo", "set", "p.gloss", "--doc", "d", "an interview");
        ok("memo", "set", "p.gloss", "--code", "debt", "money worries");
        GlossProcess.Result fromStdin = gloss.runWithInput("first line\nsecond line\n", "memo", "set", "p.gloss", "--free",
                "journal 1 December", "-");
        assertThat(fromStdin.status()).as(fromStdin.toString()).isZero();
        assertThat(ok("memo", "show", "p.gloss", "--free", "journal 1 December").out()).isEqualTo("first line\nsecond line\n");
        assertThat(ok("memo", "show", "p.gloss", "--code", "debt").out()).isEqualTo("money worries");
        assertThat(ok("memo", "list", "p.gloss", "--json").out())
                .contains("\"target\" : \"free\"").contains("\"name\" : \"journal 1 December\"")
                .contains("\"target\" : \"document\"").contains("\"name\" : \"d\"")
                .contains("\"target\" : \"project\"");

        ok("memo", "remove", "p.gloss", "--coding", "1");
        assertThat(ok("coding", "list", "p.gloss", "--doc", "d").out()).contains("d,debt,ann,0,4,Debt,,1");
        assertThat(userError("memo", "show", "p.gloss", "--coding", "1").err()).isEqualTo("gloss: error: no memo on coding 1\n");
        assertThat(userError("memo", "set", "p.gloss", "--coding", "99", "x").err()).isEqualTo("gloss: error: unknown coding: 99\n");
        assertThat(userError("memo", "set", "p.gloss", "--doc", "nope", "x").err()).isEqualTo("gloss: error: unknown document: nope\n");
        assertThat(gloss.run("memo", "set", "p.gloss", "--doc", "d", "--code", "debt", "x").status()).isEqualTo(2);
        // an export never replaces the project it reads
        assertThat(userError("export", "p.gloss", "--format", "csv", "--out", "p.gloss", "--force").err())
                .isEqualTo("gloss: error: cannot export to p.gloss: it is the project itself; choose another file\n");
        assertThat(ok("doc", "list", "p.gloss").out()).contains("d");
    }
}
