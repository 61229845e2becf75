package org.gloss.agreement.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark of issue 4 against the reference: Gloss's boundary sweep versus DKPro Statistics
 * (one item per character, one unit per segment) on the same generated study, in the same run.
 * DKPro materialises every character of every code, so it is timed on the first D documents
 * (default 5 of 500) and Gloss on the same documents, then Gloss on all of them.
 * Run: {@code java -cp <test class path> org.gloss.agreement.internal.AgreementVersusDkpro [D] [scale]}
 * (see docs/performance.md, "Agreement", for the exact command and figures).
 */
public final class AgreementVersusDkpro {
    private AgreementVersusDkpro() {
    }

    public static void main(String[] args) {
        int dkproDocuments = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        SyntheticStudy.Generated generated = SyntheticStudy.generate(scale, 42);
        System.out.printf("study: %d coders, %d documents of %d code points, %d codings, %d codes%n", generated.coders().size(),
                generated.documents().size(), generated.documents().get(0).length(), generated.codings().length,
                generated.codes().size());
        AgreementOptions options = AgreementOptions.defaults(UnitLevel.CHAR).withResamples(0);

        Timing full = time(generated, Measures.all(), options, 5);
        System.out.printf(Locale.ROOT, "Gloss, full study: CPU median %.1f ms (min %.1f ms), wall median %.1f ms, %d units overall%n",
                full.medianMillis(), full.minMillis(), full.wallMedianMillis(), full.units());

        List<Study.DocumentRef> subset = generated.documents().subList(0, Math.min(dkproDocuments, generated.documents().size()));
        SyntheticStudy.Generated part = new SyntheticStudy.Generated(generated.coders(), generated.codes(), subset,
                onlyDocuments(generated.codings(), subset.size()));
        Timing glossPart = time(part, Measures.all(), options, 5);
        Study study = part.study();
        AgreementReport report = new AgreementEngine(Measures.all(), options).run(study);

        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (Study.CodeRef code : study.codes()) {
            Map<String, Object> dkpro = DkproOracle.figures(study, List.of(code));
            check(report.codes.get(code.name()), dkpro, code.name());
        }
        check(report.overall, DkproOracle.figures(study, study.codes()), "overall");
        double dkproWall = (System.nanoTime() - t0) / 1e6;
        double dkproMillis = (threads.getCurrentThreadCpuTime() - c0) / 1e6;

        System.out.printf(Locale.ROOT, "on the first %d documents (%d units overall): Gloss CPU median %.2f ms, DKPro CPU %.0f ms "
                + "(wall %.0f ms), DKPro/Gloss = %.0fx%n", subset.size(), glossPart.units(), glossPart.medianMillis(), dkproMillis,
                dkproWall, dkproMillis / glossPart.medianMillis());
        double extrapolated = dkproMillis * generated.documents().size() / subset.size();
        System.out.printf(Locale.ROOT, "DKPro extrapolated linearly to the full study: %.0f ms; versus Gloss full: %.0fx%n",
                extrapolated, extrapolated / full.medianMillis());
        System.out.println("all figures equal to DKPro's within 1e-9");
    }

    /**
     * Median and minimum time of {@code runs} runs from codings to report, after two warm-up runs:
     * CPU time of the running thread (robust on a shared machine) and wall time.
     */
    static Timing time(SyntheticStudy.Generated generated, List<org.gloss.api.agreement.AgreementMeasure> measures,
                       AgreementOptions options, int runs) {
        AgreementEngine engine = new AgreementEngine(measures, options);
        long units = 0;
        for (int i = 0; i < 2; i++) {
            units = engine.run(generated.study()).overall.units;
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] millis = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            engine.run(generated.study());
            wall[i] = (System.nanoTime() - t0) / 1e6;
            millis[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        java.util.Arrays.sort(millis);
        java.util.Arrays.sort(wall);
        return new Timing(millis[runs / 2], millis[0], wall[runs / 2], runs, units);
    }

    /** Times in milliseconds: CPU median and minimum, wall median. */
    record Timing(double medianMillis, double minMillis, double wallMedianMillis, int runs, long units) {
    }

    private static int[][] onlyDocuments(int[][] codings, int documents) {
        return java.util.Arrays.stream(codings).filter(c -> c[2] < documents).toArray(int[][]::new);
    }

    private static void check(Figures gloss, Map<String, Object> dkpro, String scope) {
        for (Map.Entry<String, Object> e : dkpro.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> byPair) {
                byPair.forEach((pair, v) -> same(gloss.value(e.getKey(), pair.toString()), (Double) v, scope + " " + e.getKey() + " " + pair));
            } else {
                same(gloss.value(e.getKey()), (Double) e.getValue(), scope + " " + e.getKey());
            }
        }
    }

    private static void same(double gloss, double dkpro, String what) {
        boolean ok = Double.isNaN(dkpro) ? Double.isNaN(gloss) || gloss == 1.0 : Math.abs(gloss - dkpro) <= 1e-9;
        if (!ok) {
            throw new AssertionError(what + ": Gloss " + gloss + ", DKPro " + dkpro);
        }
    }
}
