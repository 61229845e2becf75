package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gloss.launcher.GlossRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin SDK as a third party uses it: the example exporter in examples/ is built as its own
 * Maven project against the assembled distribution's API jars, dropped into plugins/ of a copy of
 * the product, and used: listed by {@code gloss export --list}, exporting, and appearing in a
 * running Gloss without restart.
 */
class PluginSdkIT {
    private static final String EXPORTER_FILTER =
            "(&(objectClass=org.gloss.api.exporter.Exporter)(component.name=org.example.gloss.jsonl.JsonLinesExporter))";

    @TempDir
    static Path shared;

    private static Path pluginJar;

    @TempDir
    Path dir;

    /** Builds examples/gloss-example-exporter (a copy, so no target/ appears in the sources) with the wrapper. */
    @BeforeAll
    static void buildTheExample() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        Path example = root.resolve("examples/gloss-example-exporter");
        Path copy = shared.resolve("example");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path path : files.filter(p -> !p.toString().contains("/target")).toList()) {
                Path target = copy.resolve(example.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        Path log = shared.resolve("example-build.log");
        Process build = new ProcessBuilder(List.of(root.resolve("mvnw").toString(), "-B", "-o", "-q", "-f",
                copy.resolve("pom.xml").toString(), "package", "-Dgloss.home=" + GlossProcess.distribution()))
                .directory(copy.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(build.waitFor(300, TimeUnit.SECONDS)).as("example build finished").isTrue();
        assertThat(build.exitValue()).as(Files.readString(log)).isZero();
        pluginJar = copy.resolve("target/gloss-example-exporter-1.0.0.jar");
        assertThat(pluginJar).exists();
    }

    @Test
    void theExampleExporterIsListedAndExportsFromPlugins() throws Exception {
        Path home = TestPlugins.copyOfDistribution(dir.resolve("gloss"));
        Files.copy(pluginJar, home.resolve("plugins/example.jar"));
        GlossProcess gloss = new GlossProcess(dir, home);
        GlossProcess.Result list = gloss.run("export", "--list");
        assertThat(list.status()).as(list.toString()).isZero();
        assertThat(list.out()).containsPattern("(?m)^jsonl +Coded segments \\(JSON Lines, example plugin\\) +\\.jsonl$");
        assertThat(gloss.run("demo", "demo.gloss").status()).isZero();
        GlossProcess.Result export = gloss.run("export", "demo.gloss", "--format", "jsonl", "--out", "demo.jsonl", "--coder", "aida");
        assertThat(export.status()).as(export.toString()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("demo.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty().allMatch(l -> l.startsWith("{\"document\":") && l.contains("\"coder\":\"aida\""));
    }

    @Test
    void aRunningGlossPicksUpTheExporterWithoutRestart() throws Exception {
        Path home = TestPlugins.copyOfDistribution(dir.resolve("gloss"));
        System.setProperty("gloss.cache", dir.resolve("cache").toString());
        GlossRuntime runtime = GlossRuntime.start(home, true);
        try {
            assertThat(runtime.waitForService(EXPORTER_FILTER, 200)).isNull();
            assertThat(runCaptured(runtime, "export", "--list")).doesNotContain("jsonl");
            Files.copy(pluginJar, home.resolve("plugins/example.jar"));
            assertThat(runtime.waitForService(EXPORTER_FILTER, 20_000)).as("exporter after dropping the jar").isNotNull();
            assertThat(runCaptured(runtime, "export", "--list")).contains("jsonl");
            Path project = dir.resolve("p.gloss");
            runCaptured(runtime, "demo", project.toString());
            Path out = dir.resolve("p.jsonl");
            assertThat(runCaptured(runtime, "export", project.toString(), "--format", "jsonl", "--out", out.toString()))
                    .contains("exported Coded segments (JSON Lines, example plugin)");
            assertThat(Files.readString(out)).contains("\"coder\":\"ben\"");
        } finally {
            runtime.stop();
            System.clearProperty("gloss.cache");
        }
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
}
