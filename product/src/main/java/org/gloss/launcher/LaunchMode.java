package org.gloss.launcher;

/** Whether {@code gloss ARGS} runs the command line or opens the workbench. */
enum LaunchMode {
    CLI, WORKBENCH, DEMO_IN_WORKBENCH;

    static LaunchMode of(String[] args, boolean displayPresent) {
        if (args.length == 0) {
            return displayPresent ? WORKBENCH : CLI; // headless: the command line's usage
        }
        if (args[0].equals("gui")) {
            return WORKBENCH;
        }
        boolean demoHelp = args.length > 1 && (args[1].equals("--help") || args[1].equals("-h"));
        if (args[0].equals("demo") && displayPresent && !demoHelp) {
            return DEMO_IN_WORKBENCH;
        }
        return CLI;
    }
}
