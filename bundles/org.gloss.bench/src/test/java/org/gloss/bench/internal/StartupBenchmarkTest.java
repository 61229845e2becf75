package org.gloss.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StartupBenchmarkTest {
    @Test
    void theChildrensCpuTimeIsTheSecondLineOfTimesUserPlusSystem() {
        // dash prints six decimals, bash three; minutes count too
        String dash = "status 0\n0m0.001000s 0m0.002000s\n0m1.230000s 0m0.100000s\n";
        assertThat(StartupBenchmark.childrenCpuSeconds(dash)).isCloseTo(1.33, within(1e-9));
        String bash = "status 0\n0m0.004s 0m0.000s\n1m2.500s 0m0.250s\n";
        assertThat(StartupBenchmark.childrenCpuSeconds(bash)).isCloseTo(62.75, within(1e-9));
        assertThat(StartupBenchmark.childrenCpuSeconds("status 0\n")).isNaN();
    }

    @Test
    void theMedianOfAnOddAndAnEvenNumberOfRuns() {
        double[][] odd = {{3, 30}, {1, 10}, {2, 20}};
        assertThat(StartupBenchmark.median(odd, 0)).isEqualTo(2);
        assertThat(StartupBenchmark.median(odd, 1)).isEqualTo(20);
        double[][] even = {{4, 0}, {1, 0}, {3, 0}, {2, 0}};
        assertThat(StartupBenchmark.median(even, 0)).isEqualTo(2.5);
    }
}
