package org.gloss.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.IntSupplier;

/**
 * {@code gloss --help} lists every command, so it would start every bundle that contributes
 * one. Its text depends only on the installed jars (product bundles and plugins) and the
 * version, so it is remembered in the framework cache under that key and printed from there
 * until any jar changes.
 */
final class HelpCache {
    private final Path file;
    private final String key;

    private HelpCache(Path file, String key) {
        this.file = file;
        this.key = key;
    }

    static boolean isHelpRequest(String[] args) {
        return args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))
                || args.length == 0;
    }

    static HelpCache forInstallation(Path home, String[] args, VersionInfo version) {
        String key = "help 1;" + String.join(" ", Arrays.asList(args)) + ";" + version.line() + ";"
                + CacheFiles.jarsKey(home.resolve("bundles"), home.resolve("plugins"));
        return new HelpCache(FrameworkCache.sharedLocation(home).resolve(args.length == 0 ? "usage.txt" : "help.txt"), key);
    }

    /** Prints the remembered text and returns true, or returns false when there is none for this installation. */
    boolean print(PrintStream out) {
        return CacheFiles.read(file, key).map(text -> {
            // the bytes exactly as the command printed them, whatever the terminal's encoding
            out.write(text.getBytes(StandardCharsets.ISO_8859_1), 0, text.length());
            out.flush();
            return true;
        }).orElse(false);
    }

    /** Runs the command, copying what it prints to standard output, and remembers it when it succeeded. */
    int runAndRemember(IntSupplier command) {
        PrintStream original = System.out;
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PrintStream tee = new PrintStream(new TeeStream(original, copy), true);
        System.setOut(tee);
        int status;
        try {
            status = command.getAsInt();
        } finally {
            tee.flush();
            System.setOut(original);
        }
        if (status == 0) {
            CacheFiles.write(file, key, copy.toString(StandardCharsets.ISO_8859_1));
        }
        return status;
    }

    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }
    }
}
