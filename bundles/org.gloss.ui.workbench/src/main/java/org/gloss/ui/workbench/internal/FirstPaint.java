package org.gloss.ui.workbench.internal;

import javafx.scene.Scene;

/**
 * Reports the workbench's time to first paint (the first pulse after the window is shown) as a
 * start-up phase on standard error, when {@code bin/gloss} was asked for start-up phases
 * ({@code GLOSS_STARTUP_PROFILE}, which passes the launch time as {@code gloss.startup.t0}).
 */
final class FirstPaint {
    private FirstPaint() {
    }

    static void report(Scene scene) {
        String launched = System.getProperty("gloss.startup.t0");
        if (scene == null || launched == null || !launched.matches("[0-9]+")) {
            return;
        }
        long t0 = Long.parseLong(launched);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
            System.err.println("gloss: startup-profile: first-paint=" + (System.currentTimeMillis() - t0) + "/" + cpu);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
