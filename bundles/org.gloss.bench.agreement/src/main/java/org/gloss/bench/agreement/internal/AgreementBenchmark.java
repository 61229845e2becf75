package org.gloss.bench.agreement.internal;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.agreement.CodingTable;
import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.error.GlossException;
import org.osgi.service.component.annotations.Component;

/**
 * {@code gloss bench agreement}: every installed coefficient for every code, per code and
 * overall, at character level, on the generated study (5 coders x 500 documents of 20,000
 * code points x 100,000 codings), from the codings in memory to the figures, through the
 * {@link AgreementStudies} service. The comparison with DKPro Statistics runs from the agreement
 * bundle's test class path ({@code AgreementVersusDkpro}), since DKPro is not part of the product.
 */
@Component(service = Benchmark.class)
public class AgreementBenchmark implements Benchmark {
    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public String description() {
        return "all agreement coefficients for all codes at character level (5 coders x 500 docs x 20 KB x 100,000 codings)";
    }

    @Override
    public void run(CommandContext context, Path workDirectory, double scale, PrintWriter out) {
        int measures = context.services(AgreementMeasure.class).size();
        AgreementStudies studies = context.services(AgreementStudies.class).stream().findFirst()
                .orElseThrow(() -> new GlossException("no agreement service is installed (the org.gloss.agreement bundle is missing)"));
        if (measures == 0) {
            throw new GlossException("no agreement measures are installed (see 'gloss plugins')");
        }
        CodingTable study = SyntheticStudy.generate(scale, 42);
        out.printf("study: %d coders, %d documents of %d code points, %d codings, %d codes%n", study.coders().size(),
                study.documents().size(), study.documents().values().iterator().next(), study.codings().size(),
                study.codes().size());
        Timing plain = time(studies, study, 0, 5);
        out.printf(Locale.ROOT, "all %d coefficients, per code and overall, no intervals: CPU median %.1f ms (min %.1f ms), "
                + "wall median %.1f ms, %d runs; %d units overall%n",
                measures, plain.medianMillis(), plain.minMillis(), plain.wallMedianMillis(), plain.runs(), plain.units());
        Timing boot = time(studies, study, 1000, 3);
        out.printf(Locale.ROOT, "with 1000 bootstrap resamples per code and overall: CPU median %.1f ms, wall median %.1f ms%n",
                boot.medianMillis(), boot.wallMedianMillis());
        out.printf(Locale.ROOT, "target: under 1000 ms without intervals: %s%n", plain.medianMillis() < 1000 ? "met" : "NOT met");
    }

    /**
     * Median and minimum time of {@code runs} runs from codings to figures, after two warm-up runs:
     * CPU time of the running thread (robust on a shared machine) and wall time.
     */
    private static Timing time(AgreementStudies studies, CodingTable study, int resamples, int runs) {
        long units = 0;
        for (int i = 0; i < 2; i++) {
            units = studies.figures(study, resamples).overall().units();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            studies.figures(study, resamples);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            millis[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(wall);
        return new Timing(millis[runs / 2], millis[0], wall[runs / 2], runs, units);
    }

    /** Times in milliseconds: CPU median and minimum, wall median. */
    private record Timing(double medianMillis, double minMillis, double wallMedianMillis, int runs, long units) {
    }
}
