package org.gloss.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a command's start-up time goes: the milliseconds since the JVM started at the end of
 * each phase (framework, bundles, components, command). Printed to standard error when
 * {@code GLOSS_STARTUP_PROFILE} is set, for {@code gloss bench startup} and for developers.
 */
final class StartupPhases {
    private static final List<String> PHASES = new ArrayList<>();
    private static final long JVM_START = jvmStartMillis();

    private StartupPhases() {
    }

    static synchronized void mark(String phase) {
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
        PHASES.add(phase + "=" + (System.currentTimeMillis() - JVM_START) + "/" + cpu);
    }

    static boolean enabled() {
        return System.getenv("GLOSS_STARTUP_PROFILE") != null;
    }

    static synchronized void print(PrintStream err) {
        if (enabled()) {
            err.println("gloss: startup-profile: " + String.join(" ", PHASES));
        }
        if (LogConfiguration.debug()) {
            System.getLogger("org.gloss.launcher").log(System.Logger.Level.DEBUG,
                    "start-up phases (ms since launch / CPU ms): " + String.join(" ", PHASES));
        }
    }

    /** bin/gloss passes the time it started the JVM (the process's start time has only 10 ms ticks). */
    private static long jvmStartMillis() {
        String launched = System.getProperty("gloss.startup.t0");
        return launched != null && launched.matches("[0-9]+") ? Long.parseLong(launched) : System.currentTimeMillis();
    }
}
