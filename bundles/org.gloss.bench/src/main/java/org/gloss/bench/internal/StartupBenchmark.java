package org.gloss.bench.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.error.GlossException;
import org.osgi.service.component.annotations.Component;

/**
 * How long a command takes from the shell's point of view: each command runs as its own
 * {@code bin/gloss} process, round after round (so a busy machine slows every command alike),
 * next to a bare {@code java -version} of the same Java, whose median is the yardstick for the
 * ratios. Wall and CPU times of each child come from the shell's {@code times}. The start-up
 * phases of one command ({@code GLOSS_STARTUP_PROFILE}) say where its time goes.
 */
@Component(service = Benchmark.class)
public class StartupBenchmark implements Benchmark {
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s");
    private static final Pattern PHASE = Pattern.compile("([a-z-]+)=(\\d+)/(-?\\d+)");

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String description() {
        return "wall and CPU time of short commands (--version, --help, doc list, coding add) against java -version";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) throws Exception {
        // GLOSS_BENCH_INSTALLATION measures another installation (an older release, say) the same way
        String other = System.getenv("GLOSS_BENCH_INSTALLATION");
        Path home = Path.of(other != null && !other.isBlank() ? other : System.getProperty("gloss.home", "."));
        Path gloss = home.resolve("bin/gloss");
        if (!Files.isExecutable(gloss)) {
            throw new GlossException("the startup benchmark needs bin/gloss (gloss.home is " + home + ")");
        }
        int rounds = Math.max(3, (int) Math.round(11 * scale));
        String project = work.resolve("startup.gloss").toString();
        prepare(gloss, work, project);

        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java -version", List.of(java(home), "-version"));
        commands.put("gloss --version", List.of(gloss.toString(), "--version"));
        commands.put("gloss --help", List.of(gloss.toString(), "--help"));
        commands.put("gloss doc list P", List.of(gloss.toString(), "doc", "list", project));
        commands.put("gloss code list P", List.of(gloss.toString(), "code", "list", project));
        commands.put("gloss coding add P ...", null); // a new span each round: filled in below
        commands.put("gloss search P debt", List.of(gloss.toString(), "search", project, "debt"));
        Map<String, double[][]> figures = new LinkedHashMap<>();
        commands.keySet().forEach(name -> figures.put(name, new double[rounds][]));

        out.printf("%s: %d rounds after one warm-up round; Java: %s%n", home, rounds, java(home));
        for (int round = -1; round < rounds; round++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                List<String> line = command.getValue() != null ? command.getValue()
                        : List.of(gloss.toString(), "coding", "add", project, "--doc", "interview", "--code", "debt",
                                "--coder", "bench", "--start", Integer.toString(10 + round * 3),
                                "--end", Integer.toString(12 + round * 3));
                double[] times = timed(line, work, Map.of());
                if (round >= 0) {
                    figures.get(command.getKey())[round] = times;
                }
            }
        }
        double javaWall = median(figures.get("java -version"), 0);
        out.printf("%-24s %10s %10s %8s  %s%n", "command", "wall s", "CPU s", "x java", "target");
        for (Map.Entry<String, double[][]> entry : figures.entrySet()) {
            double wall = median(entry.getValue(), 0);
            double cpu = median(entry.getValue(), 1);
            double target = target(entry.getKey());
            String verdict = target <= 0 ? "" : String.format("< %.1f s: %s", target, wall < target ? "met" : "MISSED");
            out.printf("%-24s %10.3f %10.3f %8.1f  %s%n", entry.getKey(), wall, cpu, wall / javaWall, verdict);
        }
        out.println();
        out.println("where the time of 'gloss coding list P' goes (ms since the JVM was started, median wall/CPU):");
        out.println(phases(gloss, work, project, rounds));
        workbench(gloss, work, project, rounds, out);
    }

    /**
     * The workbench's time to first paint: {@code gloss gui P} until the window's first pulse,
     * then the process is ended. Needs a display, or the headless Monocle platform (its jar on
     * {@code GLOSS_CLASSPATH}, {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless} in
     * {@code JAVA_OPTS}).
     */
    private static void workbench(Path gloss, Path work, String project, int rounds, PrintWriter out)
            throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        String options = System.getenv().getOrDefault("JAVA_OPTS", "");
        if ((display == null || display.isBlank()) && !options.contains("glass.platform=Monocle")) {
            out.println("workbench time to first paint: skipped (no display; for a headless run put the openjfx-monocle jar on "
                    + "GLOSS_CLASSPATH and -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw in JAVA_OPTS)");
            return;
        }
        List<long[]> paints = new ArrayList<>();
        for (int round = -1; round < Math.min(rounds, 5); round++) {
            ProcessBuilder builder = new ProcessBuilder(gloss.toString(), "gui", project).directory(work.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("GLOSS_STARTUP_PROFILE", "1");
            Process process = builder.start();
            try (var err = new java.io.BufferedReader(new java.io.InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    Matcher matcher = Pattern.compile("first-paint=(\\d+)/(-?\\d+)").matcher(line);
                    if (matcher.find()) {
                        if (round >= 0) {
                            paints.add(new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))});
                        }
                        break;
                    }
                }
            } finally {
                process.destroyForcibly();
                process.waitFor();
            }
        }
        if (paints.isEmpty()) {
            out.println("workbench time to first paint: the workbench did not report a first paint");
            return;
        }
        out.printf("workbench time to first paint (gloss gui P, %d runs): median %d ms wall, %d ms CPU%n",
                paints.size(), medianOf(paints, 0), medianOf(paints, 1));
    }

    /** The targets of the issue: --version and --help under 0.3 s, the project commands under 0.8 s. */
    private static double target(String command) {
        if (command.contains("--version") || command.contains("--help")) {
            return 0.3;
        }
        return command.startsWith("gloss doc list") || command.startsWith("gloss coding add") ? 0.8 : 0;
    }

    /** A project with one transcript-like document and one code, as the commands need. */
    private static void prepare(Path gloss, Path work, String project) throws IOException, InterruptedException {
        Path text = work.resolve("interview.txt");
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            words.append("The debt to the bank grew every year, said the farmer. ");
        }
        Files.writeString(text, words.toString(), StandardCharsets.UTF_8);
        for (List<String> step : List.of(
                List.of(gloss.toString(), "new", project),
                List.of(gloss.toString(), "doc", "import", project, text.toString()),
                List.of(gloss.toString(), "code", "add", project, "debt"))) {
            Process process = new ProcessBuilder(step).directory(work.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new GlossException("the startup benchmark could not prepare its project: " + String.join(" ", step) + ": " + output.strip());
            }
        }
    }

    /** Wall seconds and CPU seconds (user + system of the child) of one run, via sh's {@code times}. */
    private static double[] timed(List<String> command, Path work, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> shell = new ArrayList<>(List.of("sh", "-c", "\"$@\" >/dev/null 2>&1; echo status $?; times", "sh"));
        shell.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(shell).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        if (!output.contains("status 0")) {
            throw new GlossException("'" + String.join(" ", command) + "' failed during the startup benchmark: " + output.strip());
        }
        return new double[] {wall, childrenCpuSeconds(output)};
    }

    /** The children's user + system seconds: the second line of the shell's {@code times}. */
    static double childrenCpuSeconds(String timesOutput) {
        Matcher matcher = TIMES.matcher(timesOutput);
        int found = 0;
        while (matcher.find()) {
            if (++found == 2) {
                return Integer.parseInt(matcher.group(1)) * 60 + Double.parseDouble(matcher.group(2))
                        + Integer.parseInt(matcher.group(3)) * 60 + Double.parseDouble(matcher.group(4));
            }
        }
        return Double.NaN;
    }

    /** The median of each start-up phase over several runs of one command. */
    private static String phases(Path gloss, Path work, String project, int rounds) throws IOException, InterruptedException {
        Map<String, List<long[]>> byPhase = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            ProcessBuilder builder = new ProcessBuilder(gloss.toString(), "coding", "list", project)
                    .directory(work.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("GLOSS_STARTUP_PROFILE", "1");
            builder.environment().remove("DISPLAY");
            Process process = builder.start();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            err.lines().filter(l -> l.startsWith("gloss: startup-profile:")).forEach(l -> {
                Matcher matcher = PHASE.matcher(l);
                while (matcher.find()) {
                    byPhase.computeIfAbsent(matcher.group(1), k -> new ArrayList<>())
                            .add(new long[] {Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3))});
                }
            });
        }
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, List<long[]>> phase : byPhase.entrySet()) {
            List<long[]> values = phase.getValue();
            line.append(String.format("  %-18s %5d / %5d%n", phase.getKey(), medianOf(values, 0), medianOf(values, 1)));
        }
        return line.toString();
    }

    private static String java(Path home) {
        Path bundled = home.resolve("runtime/bin/java");
        if (Files.isExecutable(bundled)) {
            return bundled.toString();
        }
        String javaHome = System.getenv("JAVA_HOME");
        return javaHome != null && !javaHome.isBlank() ? Path.of(javaHome, "bin", "java").toString() : "java";
    }

    static double median(double[][] runs, int column) {
        double[] values = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            values[i] = runs[i][column];
        }
        java.util.Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static long medianOf(List<long[]> runs, int column) {
        long[] values = runs.stream().mapToLong(r -> r[column]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
