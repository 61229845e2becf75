package org.gloss.product;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the assembled product's {@code bin/gloss} as a user would, in a working directory, and
 * captures its exit status, standard output and standard error. Integration tests build on it.
 */
public final class GlossProcess {
    /** The result of one {@code gloss} invocation. */
    public record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path workingDirectory;
    private final Path distribution;
    private final Map<String, String> environment;

    public GlossProcess(Path workingDirectory) {
        this(workingDirectory, distribution());
    }

    /** Runs another copy of the product, e.g. one with its own plugins/ (it gets its own framework cache). */
    public GlossProcess(Path workingDirectory, Path distribution) {
        this(workingDirectory, distribution, Map.of());
    }

    /** With extra environment variables (e.g. PGPASSFILE for a server project). */
    public GlossProcess(Path workingDirectory, Map<String, String> environment) {
        this(workingDirectory, distribution(), environment);
    }

    /** Another copy of the product with extra environment variables. */
    public GlossProcess(Path workingDirectory, Path distribution, Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.distribution = distribution;
        this.environment = Map.copyOf(environment);
    }

    /** The distribution built by this module (product/target/gloss). */
    public static Path distribution() {
        String dist = System.getProperty("gloss.dist");
        Path path = dist != null ? Path.of(dist) : Path.of("target", "gloss");
        if (!Files.isExecutable(path.resolve("bin/gloss"))) {
            throw new IllegalStateException("no assembled product at " + path.toAbsolutePath() + "; run mvn verify");
        }
        return path.toAbsolutePath();
    }

    public static Path executable() {
        return distribution().resolve("bin/gloss");
    }

    public Result run(String... args) {
        return run(List.of(args));
    }

    public Result run(List<String> args) {
        return runWithInput("", args);
    }

    /** Runs gloss with {@code input} on its standard input (then closed), e.g. for a TEXT of "-". */
    public Result runWithInput(String input, String... args) {
        return runWithInput(input, List.of(args));
    }

    private Result runWithInput(String input, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(distribution.resolve("bin/gloss").toString());
        command.addAll(args);
        try {
            Path out = Files.createTempFile(workingDirectory, "out", ".txt");
            Path err = Files.createTempFile(workingDirectory, "err", ".txt");
            Process process = start(command, out, err);
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedEarly) {
                // a command that does not read its input may have exited already
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("gloss " + args + " did not finish in 120 s");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts gloss without waiting, e.g. to kill it in the middle of a write. */
    public Process start(List<String> command, Path out, Path err) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DISPLAY"); // the CLI, never a window, in tests
        if (!distribution.equals(distribution())) {
            builder.environment().put("GLOSS_CACHE", distribution.resolve("framework-cache").toString());
        }
        builder.environment().putAll(environment);
        return builder.start();
    }

    public Path directory() {
        return workingDirectory;
    }
}
