package org.gloss.ui.chart.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a chart file beside its place and moves it there when complete: never a half-written chart. */
final class ChartFiles {
    interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    private ChartFiles() {
    }

    static void writeAtomically(Path target, StreamWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                writer.write(stream);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
