package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release packages (made by {@code ./mvnw -Prelease package}, tested by {@code -Prelease
 * verify}; without the profile there is nothing to test and these are skipped): the tarball runs
 * from an empty folder on a PATH without Java, the .deb holds the installation, the launcher on
 * the PATH, the desktop entry, icon, file type and completion, and the zip is the product alone.
 */
class ReleaseIT {
    /** What bin/gloss needs from the system: a shell and a few tools, never Java. */
    private static final List<String> TOOLS = List.of("sh", "readlink", "dirname", "ls", "cksum", "cut", "mkdir", "mv", "rm", "cat");

    @TempDir
    Path dir;
    private Path release;
    private String version;

    @BeforeEach
    void releaseBuilt() {
        String property = System.getProperty("gloss.release.dir");
        assumeTrue(property != null && Files.isDirectory(Path.of(property)), "no release build (run with -Prelease)");
        release = Path.of(property);
        version = System.getProperty("gloss.version");
    }

    @Test
    void theTarballRunsFromAnEmptyFolderWithNoJavaOnThePath() throws Exception {
        Path tarball = release.resolve("gloss-" + version + "-linux-x64.tar.gz");
        assertThat(tarball).exists();
        Path install = Files.createDirectories(dir.resolve("opt"));
        assertThat(run(install, List.of("tar", "-xzf", tarball.toString()), System.getenv("PATH")).status()).isZero();
        Path gloss = install.resolve("gloss-" + version + "/bin/gloss");
        assertThat(install.resolve("gloss-" + version + "/runtime/bin/java")).isExecutable();
        assertThat(Files.readString(install.resolve("gloss-" + version + "/runtime/release"))).contains("JAVA_VERSION=\"17")
                .contains("java.desktop").doesNotContain("jdk.compiler");

        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(bin.resolve(tool), which(tool));
        }
        String path = bin.toString();
        assertThat(run(dir, List.of("sh", "-c", "command -v java || echo none"), path).out()).isEqualTo("none\n");

        GlossProcess.Result version = run(dir, List.of(gloss.toString(), "--version"), path);
        assertThat(version.status()).as(version.toString()).isZero();
        assertThat(version.out()).startsWith("Gloss " + this.version);

        // every bundle resolves against the bundled runtime's modules (Lucene once missed jdk.management)
        GlossProcess.Result plugins = run(dir, List.of(gloss.toString(), "plugins"), path);
        assertThat(plugins.status()).as(plugins.toString()).isZero();
        assertThat(plugins.out()).as(plugins.toString()).doesNotContain("Problems:");

        GlossProcess.Result demo = run(dir, List.of(gloss.toString(), "demo", "demo.gloss"), path);
        assertThat(demo.status()).as(demo.toString()).isZero();
        assertThat(demo.out()).contains("interview");

        Files.writeString(dir.resolve("notes.txt"), "Қарыз туралы әңгіме. The debt grew 😀.", StandardCharsets.UTF_8);
        GlossProcess.Result imported = run(dir, List.of(gloss.toString(), "doc", "import", "demo.gloss", "notes.txt"), path);
        assertThat(imported.status()).as(imported.toString()).isZero();
        GlossProcess.Result text = run(dir, List.of(gloss.toString(), "doc", "text", "demo.gloss", "notes"), path);
        assertThat(text.out()).isEqualTo("Қарыз туралы әңгіме. The debt grew 😀.");
        GlossProcess.Result search = run(dir, List.of(gloss.toString(), "search", "demo.gloss", "қарыз"), path);
        assertThat(search.status()).as(search.toString()).isZero();
        assertThat(search.out()).contains("notes");
    }

    @Test
    void theDebianPackageHoldsTheInstallationTheLauncherTheDesktopEntryAndCompletion() throws Exception {
        Path deb = release.resolve("gloss_" + version.replace('-', '~') + "_amd64.deb");
        assertThat(deb).exists();
        GlossProcess.Result fields = run(dir, List.of("dpkg-deb", "-f", deb.toString(), "Package", "Version", "Architecture"), System.getenv("PATH"));
        assertThat(fields.out()).contains("Package: gloss", "Version: " + version.replace('-', '~'), "Architecture: amd64");
        GlossProcess.Result contents = run(dir, List.of("dpkg-deb", "-c", deb.toString()), System.getenv("PATH"));
        assertThat(contents.status()).as(contents.toString()).isZero();
        assertThat(contents.out())
                .contains("./opt/gloss/bin/gloss", "./opt/gloss/runtime/bin/java", "./opt/gloss/lib/gloss-launcher.jar",
                        "./opt/gloss/bundles/org.gloss.cli-", "./opt/gloss/LICENSE",
                        "./usr/bin/gloss -> /opt/gloss/bin/gloss",
                        "./usr/share/applications/gloss.desktop",
                        "./usr/share/icons/hicolor/scalable/apps/gloss.svg",
                        "./usr/share/mime/packages/gloss.xml",
                        "./usr/share/bash-completion/completions/gloss")
                .containsPattern("-rwxr-xr-x root/root .* \\./opt/gloss/bin/gloss\\n");

        Path unpacked = dir.resolve("unpacked");
        assertThat(run(dir, List.of("dpkg-deb", "-x", deb.toString(), unpacked.toString()), System.getenv("PATH")).status()).isZero();
        assertThat(Files.readString(unpacked.resolve("usr/share/applications/gloss.desktop")))
                .contains("Exec=gloss gui %f", "Icon=gloss", "MimeType=application/x-gloss-project;");
        assertThat(Files.readString(unpacked.resolve("usr/share/mime/packages/gloss.xml"))).contains("<glob pattern=\"*.gloss\"/>");
        String completion = Files.readString(unpacked.resolve("usr/share/bash-completion/completions/gloss"));
        assertThat(completion).contains("complete -F").contains("coding").contains("search").contains("export");
    }

    @Test
    void theZipIsTheProductForPeopleWithTheirOwnJava() throws Exception {
        Path zip = release.resolve("gloss-" + version + ".zip");
        assertThat(zip).exists();
        List<String> entries = new ArrayList<>();
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            file.stream().forEach(e -> entries.add(e.getName()));
        }
        String root = "gloss-" + version + "/";
        assertThat(entries).contains(root + "bin/gloss", root + "lib/gloss-launcher.jar", root + "LICENSE")
                .noneMatch(e -> e.startsWith(root + "runtime/"));
    }

    private static Path which(String tool) {
        for (String directory : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(directory, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(tool + " is not on the PATH");
    }

    /** Runs a process with this PATH, no JAVA_HOME, and a home of its own (caches, state). */
    private GlossProcess.Result run(Path workingDirectory, List<String> command, String path) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("DISPLAY");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("GLOSS_CLASSPATH");
        builder.environment().put("PATH", path);
        builder.environment().put("HOME", Files.createDirectories(dir.resolve("home")).toString());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("XDG_STATE_HOME");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in 180 s");
        }
        return new GlossProcess.Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
