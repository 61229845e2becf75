package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout's {@code ./gloss}: it builds on first use, runs the existing product while nothing
 * changed, rebuilds (saying why on stderr) when a source, pom or bnd file is newer than the
 * product, and never runs a stale product when the build fails. Runs the real script in a
 * miniature checkout whose {@code mvnw} is a stand-in that records each build.
 */
class CheckoutScriptIT {
    @TempDir
    Path root;

    @Test
    void buildsFirstThenOnlyWhenSomethingChangedAndNeverRunsAStaleProduct() throws Exception {
        Files.copy(Path.of("..", "gloss"), root.resolve("gloss"));
        executable(root.resolve("gloss"));
        Path builds = root.resolve("builds.txt");
        Files.writeString(root.resolve("mvnw"), """
                #!/bin/sh
                echo build >> "%s"
                [ -f "%s" ] && exit 1
                mkdir -p product/target/gloss/bin
                printf '#!/bin/sh\\necho "ran $*"\\n' > product/target/gloss/bin/gloss
                chmod +x product/target/gloss/bin/gloss
                """.formatted(builds, root.resolve("fail-next-build")));
        executable(root.resolve("mvnw"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path source = root.resolve("bundles/org.example/src/main/java/A.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class A {}");
        Files.writeString(root.resolve("bundles/org.example/bnd.bnd"), "Bundle-Name: example");

        GlossProcess.Result first = gloss("doc", "list");
        assertThat(first.status()).as(first.toString()).isZero();
        assertThat(first.err()).isEqualTo("gloss: building the product (first run)...\n");
        assertThat(first.out()).isEqualTo("ran doc list\n");
        assertThat(Files.readAllLines(builds)).hasSize(1);

        GlossProcess.Result unchanged = gloss("--version");
        assertThat(unchanged.err()).isEmpty();
        assertThat(unchanged.out()).isEqualTo("ran --version\n");
        assertThat(Files.readAllLines(builds)).as("no build when nothing changed").hasSize(1);

        newer(source);
        GlossProcess.Result changed = gloss("--version");
        assertThat(changed.err()).isEqualTo("gloss: building the product (bundles/org.example/src/main/java/A.java changed)...\n");
        assertThat(changed.out()).isEqualTo("ran --version\n");
        assertThat(Files.readAllLines(builds)).hasSize(2);

        newer(root.resolve("bundles/org.example/bnd.bnd"));
        Files.writeString(root.resolve("fail-next-build"), "");
        GlossProcess.Result failed = gloss("--version");
        assertThat(failed.status()).isEqualTo(1);
        assertThat(failed.err()).contains("bnd.bnd changed", "gloss: error: the build failed");
        assertThat(failed.out()).as("the stale product did not run").isEmpty();

        Files.delete(root.resolve("fail-next-build"));
        GlossProcess.Result again = gloss("--version");
        assertThat(again.err()).as("still stale after the failed build").contains("bnd.bnd changed");
        assertThat(again.out()).isEqualTo("ran --version\n");
    }

    /** An edit after the last build started (a pause first, as file times may be coarse). */
    private static void newer(Path file) throws IOException, InterruptedException {
        Thread.sleep(1100);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        Thread.sleep(1100);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private GlossProcess.Result gloss(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(root.resolve("gloss").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new GlossProcess.Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
