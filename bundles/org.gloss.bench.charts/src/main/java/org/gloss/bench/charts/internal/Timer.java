package org.gloss.bench.charts.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs a piece of work a few times after warming up and reports the median and minimum of the
 * running thread's CPU time (robust on a shared, noisy machine), the median of the whole process's
 * CPU time (which adds garbage collection and other threads) and of wall time.
 */
final class Timer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Times in milliseconds. */
    record Timing(double cpuMedian, double cpuMin, double processCpuMedian, double wallMedian, int runs) {
        String describe() {
            return String.format(Locale.ROOT, "median %.1f ms thread CPU (min %.1f), %.1f ms process CPU, %.1f ms wall, %d runs",
                    cpuMedian, cpuMin, processCpuMedian, wallMedian, runs);
        }
    }

    private Timer() {
    }

    static <T> Timing time(int warmUp, int runs, Supplier<T> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        double[] cpu = new double[runs];
        double[] process = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long p0 = processCpuNanos();
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.get();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            process[i] = (processCpuNanos() - p0) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(process);
        Arrays.sort(wall);
        return new Timing(cpu[runs / 2], cpu[0], process[runs / 2], wall[runs / 2], runs);
    }

    /** CPU time of the whole process (every thread, garbage collection included). */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
