package org.gloss.launcher;

import java.nio.file.Path;

/** Entry point of bin/gloss: start the framework, run the command line, stop, exit with its status. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String home = System.getProperty("gloss.home");
        if (home == null) {
            System.err.println("gloss: error: gloss.home is not set; start Gloss with bin/gloss");
            System.exit(1);
        }
        int status;
        try {
            GlossRuntime runtime = GlossRuntime.start(Path.of(home), false);
            try {
                status = runtime.runCommandLine(args);
            } finally {
                runtime.stop();
            }
        } catch (LaunchException e) {
            System.err.println("gloss: error: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }
}
