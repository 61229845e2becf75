package org.gloss.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Entry point of bin/gloss: start the framework, run the command line or the workbench, stop,
 * exit with its status. {@code gloss} alone and {@code gloss gui [P]} open the workbench;
 * {@code gloss demo [P]} builds the demo project and, when a display is present, opens it in the
 * workbench. Everything else is the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] arguments) {
        StartupPhases.mark("main");
        // "gloss --debug COMMAND ...": more in the log; the command itself never sees the option
        boolean debug = arguments.length > 0 && arguments[0].equals("--debug");
        String[] args = debug ? Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
        LogConfiguration.install(debug);
        String home = System.getProperty("gloss.home");
        if (home == null) {
            System.err.println("gloss: error: gloss.home is not set; start Gloss with bin/gloss");
            System.exit(1);
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // the version is the launcher's: no bundle needs to start to print it
            System.out.println(VersionInfo.ofLauncher().line());
            StartupPhases.mark("stopped");
            StartupPhases.print(System.err);
            System.exit(0);
        }
        NativeLibraries.useBundled(Path.of(home));
        int status;
        try {
            status = run(Path.of(home), args);
        } catch (LaunchException e) {
            System.getLogger("org.gloss.launcher").log(System.Logger.Level.ERROR, e.getMessage(), e);
            System.err.println("gloss: error: " + e.getMessage() + " (details in " + System.getProperty("gloss.log.file") + ")");
            status = 1;
        }
        StartupPhases.mark("stopped");
        StartupPhases.print(System.err);
        System.exit(status);
    }

    static int run(Path home, String[] args) {
        LaunchMode mode = LaunchMode.of(args, Display.present());
        if (mode == LaunchMode.WORKBENCH && !Display.present()) {
            throw new LaunchException("the workbench needs a display (DISPLAY is not set); "
                    + "the command line works without one: gloss --help", null);
        }
        if (mode == LaunchMode.CLI && HelpCache.isHelpRequest(args)) {
            HelpCache help = HelpCache.forInstallation(home, args, VersionInfo.ofLauncher());
            if (help.print(System.out)) {
                return 0;
            }
            return help.runAndRemember(() -> runCommandLine(home, args));
        }
        if (mode == LaunchMode.CLI) {
            return runCommandLine(home, args);
        }
        GlossRuntime runtime = GlossRuntime.start(home, true, true);
        try {
            return switch (mode) {
                case CLI -> runtime.runCommandLine(args);
                case WORKBENCH -> runtime.runWorkbench(args.length > 1 ? Arrays.copyOfRange(args, 1, 2) : new String[0]);
                case DEMO_IN_WORKBENCH -> demoInWorkbench(runtime, args);
            };
        } finally {
            runtime.stop();
        }
    }

    /**
     * A command line command: the workbench's bundles stay unstarted, except for
     * {@code gloss plugins}, which reports on every bundle.
     */
    private static int runCommandLine(Path home, String[] args) {
        boolean everyBundle = args.length > 0 && args[0].equals("plugins");
        GlossRuntime runtime = GlossRuntime.start(home, false, everyBundle);
        try {
            return runtime.runCommandLine(args);
        } finally {
            runtime.stop();
        }
    }

    /** Builds the demo with the command line (it prints its summary), then opens it in the workbench. */
    private static int demoInWorkbench(GlossRuntime runtime, String[] args) {
        Path project = args.length > 1 ? Path.of(args[1]) : freshDemoLocation();
        int status = runtime.runCommandLine(new String[] {"demo", project.toString()});
        if (status != 0) {
            return status;
        }
        return runtime.runWorkbench(new String[] {project.toAbsolutePath().toString()});
    }

    private static Path freshDemoLocation() {
        Path path = Path.of(System.getProperty("java.io.tmpdir"), "gloss-demo-" + System.getProperty("user.name") + ".gloss");
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(path + suffix));
            }
        } catch (IOException e) {
            throw new LaunchException("cannot replace the demo project " + path + ": " + e.getMessage(), e);
        }
        return path;
    }
}
