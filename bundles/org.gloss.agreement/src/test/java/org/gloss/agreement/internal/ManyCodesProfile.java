package org.gloss.agreement.internal;

/** Not a test: times the engine on the charts benchmark's shape (run by hand for profiling). */
final class ManyCodesProfile {
    public static void main(String[] args) {
        SyntheticStudy.Generated g = SyntheticStudy.generate(2, 5000, 5000, 100_000, 200, 7);
        Study study = g.study();
        int resamples = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 8; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            AgreementReport r = new AgreementEngine(Measures.all(), AgreementOptions.defaults(UnitLevel.CHAR).withResamples(resamples)).run(study);
            long t1 = mx.getCurrentThreadCpuTime();
            System.out.printf("run %d: %.1f ms cpu %s%n", i, (t1 - t0) / 1e6, ReportJson.figures(r.overall));
        }
    }
}
