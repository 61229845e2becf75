package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up work of issue 20 seen from outside: the version line, the remembered help text
 * (and that it follows a plugin being added), a command line command that loads none of the
 * heavy libraries it does not use, and internal errors that name the log.
 */
class StartupIT {
    @TempDir
    Path dir;

    @Test
    void versionIsThePomsVersionWithTheCommit() {
        GlossProcess.Result result = new GlossProcess(dir).run("--version");
        assertThat(result.status()).as(result.toString()).isZero();
        String expected = System.getProperty("gloss.version");
        assertThat(result.out()).matches("Gloss " + java.util.regex.Pattern.quote(expected) + "( \\(commit [0-9a-f]{12}\\))?\\n");
        assertThat(result.err()).isEmpty();
        // the command line's own version option (-V) gives the same line
        assertThat(new GlossProcess(dir).run("-V").out()).isEqualTo(result.out());
    }

    @Test
    void theHelpTextIsRememberedUntilAPluginArrives() throws Exception {
        Path home = TestPlugins.copyOfDistribution(dir.resolve("gloss"));
        GlossProcess gloss = new GlossProcess(dir, home);
        GlossProcess.Result first = gloss.run("--help");
        GlossProcess.Result second = gloss.run("--help");
        assertThat(first.status()).as(first.toString()).isZero();
        assertThat(second.out()).isEqualTo(first.out()).contains("coding", "search", "export").doesNotContain("hello");

        TestPlugins.hello(home.resolve("plugins"));
        GlossProcess.Result withPlugin = gloss.run("--help");
        assertThat(withPlugin.status()).as(withPlugin.toString()).isZero();
        assertThat(withPlugin.out()).contains("hello", "Say hello from a plugin.");
        assertThat(gloss.run("hello").out()).isEqualTo("hello from a plugin\n");
    }

    @Test
    void codingAddLoadsNoSearchNoOfficeNoPdfAndNoJavaFx() throws Exception {
        GlossProcess gloss = new GlossProcess(dir);
        Files.writeString(dir.resolve("note.txt"), "The debt grew every year.");
        assertThat(gloss.run("new", "p.gloss").status()).isZero();
        assertThat(gloss.run("doc", "import", "p.gloss", "note.txt").status()).isZero();
        assertThat(gloss.run("code", "add", "p.gloss", "debt").status()).isZero();
        Path classes = dir.resolve("classes.txt");
        GlossProcess traced = new GlossProcess(dir, GlossProcess.distribution(),
                Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + classes));
        GlossProcess.Result added = traced.run("coding", "add", "p.gloss", "--doc", "note", "--code", "debt",
                "--coder", "ann", "--start", "4", "--end", "8");
        assertThat(added.status()).as(added.toString()).isZero();
        List<String> loaded = Files.readAllLines(classes);
        assertThat(loaded).as("classes loaded").anyMatch(l -> l.contains("org.gloss.store.sqlite"));
        assertThat(loaded).noneMatch(l -> l.contains(" org.apache.lucene."))
                .noneMatch(l -> l.contains(" org.apache.poi."))
                .noneMatch(l -> l.contains(" org.apache.pdfbox."))
                .noneMatch(l -> l.contains(" javafx."))
                .noneMatch(l -> l.contains(" com.sun.javafx."));
    }

    @Test
    void anInternalErrorSaysWhereTheLogIsAndTheLogHasTheStackTrace() throws Exception {
        Path home = TestPlugins.copyOfDistribution(dir.resolve("gloss"));
        TestPlugins.crashing(home.resolve("plugins"));
        Path state = dir.resolve("state");
        GlossProcess gloss = new GlossProcess(dir, home, Map.of("XDG_STATE_HOME", state.toString()));
        GlossProcess.Result crash = gloss.run("crash");
        Path log = state.resolve("gloss/gloss.log");
        assertThat(crash.status()).as(crash.toString()).isEqualTo(3);
        assertThat(crash.err().lines()).as(crash.toString()).hasSize(1);
        assertThat(crash.err()).startsWith("gloss: error: internal error: java.lang.IllegalStateException: a bug on purpose")
                .contains("(the details are in " + log + ")");
        assertThat(Files.readString(log)).containsPattern("ERROR .* internal error in 'gloss crash'")
                .contains("at org.example.crash.CrashContribution$Crash.call");
    }

    @Test
    void nothingIsLoggedByAGoodCommandAndDebugLogsTheStartUp() throws Exception {
        Path state = dir.resolve("state");
        GlossProcess gloss = new GlossProcess(dir, GlossProcess.distribution(), Map.of("XDG_STATE_HOME", state.toString()));
        assertThat(gloss.run("new", "p.gloss").status()).isZero();
        assertThat(state.resolve("gloss/gloss.log")).doesNotExist();
        GlossProcess.Result listed = gloss.run("--debug", "doc", "list", "p.gloss");
        assertThat(listed.status()).as(listed.toString()).isZero();
        assertThat(listed.err()).isEmpty();
        assertThat(Files.readString(state.resolve("gloss/gloss.log"))).contains("DEBUG").contains("start-up phases");
    }
}
