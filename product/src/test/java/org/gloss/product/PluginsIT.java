package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.gloss.launcher.GlossRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** Plugins at run time, in the real Felix framework with the product's bundles. */
class PluginsIT {
    private static final String HELLO_FILTER = "(&(objectClass=org.gloss.api.cli.CommandContribution)(component.name=org.example.hello.HelloContribution))";

    @TempDir
    Path dir;

    @Test
    void aPluginDroppedIntoARunningGlossAppearsAndLeavesWithoutRestart() throws Exception {
        Path home = TestPlugins.copyOfDistribution(dir.resolve("gloss"));
        Path built = Files.createDirectories(dir.resolve("built"));
        Path hello = TestPlugins.hello(built);
        System.setProperty("gloss.cache", dir.resolve("cache").toString());
        GlossRuntime runtime = GlossRuntime.start(home, true);
        try {
            assertThat(runtime.waitForService(HELLO_FILTER, 200)).isNull();
            Files.copy(hello, home.resolve("plugins/hello.jar"));
            assertThat(runtime.waitForService(HELLO_FILTER, 20_000)).as("service after dropping the jar").isNotNull();
            assertThat(runCaptured(runtime, "hello")).isEqualTo("hello from a plugin\n");

            Files.delete(home.resolve("plugins/hello.jar"));
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline && helloBundlePresent(runtime)) {
                Thread.sleep(100);
            }
            assertThat(helloBundlePresent(runtime)).as("bundle removed with its jar").isFalse();
            assertThat(runtime.waitForService(HELLO_FILTER, 100)).isNull();
        } finally {
            runtime.stop();
            System.clearProperty("gloss.cache");
        }
    }

    private static boolean helloBundlePresent(GlossRuntime runtime) {
        return Arrays.stream(runtime.bundleContext().getBundles())
                .anyMatch(b -> "org.example.hello".equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED);
    }

    private static String runCaptured(GlossRuntime runtime, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertThat(runtime.runCommandLine(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void brokenPluginsAreReportedAndDoNotStopGloss() throws Exception {
        Path home = TestPlugins.copyOfDistribution(dir.resolve("gloss"));
        Path plugins = home.resolve("plugins");
        TestPlugins.hello(plugins);
        TestPlugins.failingActivate(plugins);
        TestPlugins.missingImport(plugins);
        TestPlugins.badManifest(plugins);
        Path log = dir.resolve("state/gloss/gloss.log");
        GlossProcess gloss = new GlossProcess(dir, home, Map.of("XDG_STATE_HOME", dir.resolve("state").toString()));

        GlossProcess.Result report = gloss.run("plugins");
        assertThat(report.status()).as(report.toString()).isZero();
        assertThat(report.out()).contains("org.example.hello", "provides org.gloss.api.cli.CommandContribution");
        assertThat(report.out()).contains("Problems:");
        assertThat(report.out()).containsPattern("org\\.example\\.failing: component .* failed to activate");
        assertThat(report.out()).containsPattern("org\\.example\\.unresolved: not resolved: .*org\\.example\\.nowhere");
        assertThat(report.out()).containsPattern("bad-manifest\\.jar: not a valid bundle");
        // the log keeps what the report shortens: which component failed, and the cause with its stack trace
        assertThat(log).exists();
        assertThat(Files.readString(log))
                .containsPattern("ERROR .*osgi\\.org\\.example\\.failing: .*org\\.example\\.failing\\.FailingContribution")
                .contains("java.lang.IllegalStateException: plugin is broken on purpose")
                .contains("at org.example.failing.FailingContribution.activate");

        GlossProcess.Result hello = gloss.run("hello");
        assertThat(hello.status()).as(hello.toString()).isZero();
        assertThat(hello.out()).isEqualTo("hello from a plugin\n");
        assertThat(hello.err()).isEmpty();

        GlossProcess.Result work = gloss.run("new", "p.gloss");
        assertThat(work.status()).as(work.toString()).isZero();
        assertThat(work.err()).isEmpty();
    }
}
