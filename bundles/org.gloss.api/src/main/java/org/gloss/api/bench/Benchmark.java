package org.gloss.api.bench;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.gloss.api.cli.CommandContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A benchmark on generated data, registered as an OSGi service and run by
 * {@code gloss bench [NAME...]}. It prints its figures (times, rates, memory); speed targets
 * live here, never in timed unit tests.
 */
@ConsumerType
public interface Benchmark {
    /** Short name used on the command line, e.g. "store" or "agreement". */
    String name();

    /** One line saying what it measures. */
    String description();

    /**
     * Runs the benchmark in {@code workDirectory} (a fresh temporary folder), printing figures to
     * {@code out}. {@code scale} is 1.0 for the sizes the issue names; smaller values make quick runs.
     */
    void run(CommandContext context, Path workDirectory, double scale, PrintWriter out) throws Exception;
}
