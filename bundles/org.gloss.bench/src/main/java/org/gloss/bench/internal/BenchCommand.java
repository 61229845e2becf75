package org.gloss.bench.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.error.GlossException;
import org.gloss.core.cli.GlossCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss bench [NAME...]}: runs the benchmarks that bundles register. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=bench")
@Command(name = "bench", description = "Run benchmarks on generated data and print their figures.")
public class BenchCommand extends GlossCommand {
    @Parameters(paramLabel = "NAME", arity = "0..*", description = "benchmarks to run (default: all)")
    List<String> names = new ArrayList<>();
    @Option(names = "--list", description = "list the benchmarks installed") boolean list;
    @Option(names = "--scale", defaultValue = "1.0", description = "data size relative to the issue's targets (e.g. 0.1 for a quick run)")
    double scale;

    @Override
    public Integer call() throws Exception {
        List<Benchmark> benchmarks = new ArrayList<>(context().services(Benchmark.class));
        benchmarks.sort(Comparator.comparing(Benchmark::name));
        PrintWriter out = context().out();
        if (list) {
            benchmarks.forEach(b -> out.printf("%-12s %s%n", b.name(), b.description()));
            return 0;
        }
        for (String name : names) {
            if (benchmarks.stream().noneMatch(b -> b.name().equals(name))) {
                throw new GlossException("unknown benchmark: " + name + " (see 'gloss bench --list')");
            }
        }
        for (Benchmark benchmark : benchmarks) {
            if (!names.isEmpty() && !names.contains(benchmark.name())) {
                continue;
            }
            out.println("== " + benchmark.name() + ": " + benchmark.description() + " (scale " + scale + ")");
            out.flush();
            Path work = Files.createTempDirectory("gloss-bench-" + benchmark.name());
            try {
                benchmark.run(context(), work, scale, out);
            } finally {
                deleteRecursively(work);
            }
            out.flush();
        }
        return 0;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
