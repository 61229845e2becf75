package org.gloss.agreement.internal;

/** Not a test: times the engine on the charts benchmark's shape (run by hand for profiling). */
final class ManyCodesProfile {
    public static void main(String[] args) {
        SyntheticStudy.Generated g = SyntheticStudy.generate(2, 5000, 5000, 100_000, 200, 7);
        Study study = g.study();
        int resamples = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] cpu = new double[8];
        String overall = "";
        for (int i = 0; i < cpu.length; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            AgreementReport r = new AgreementEngine(Measures.all(), AgreementOptions.defaults(UnitLevel.CHAR).withResamples(resamples)).run(study);
            cpu[i] = (mx.getCurrentThreadCpuTime() - t0) / 1e6;
            overall = ReportJson.figures(r.overall).toString() + " " + r.overall.intervals.size();
        }
        double[] last = java.util.Arrays.copyOfRange(cpu, 3, cpu.length);
        java.util.Arrays.sort(last);
        System.out.printf("median of runs 4-8: %.1f ms thread CPU; %s%n", last[last.length / 2], overall.hashCode());
    }
}
