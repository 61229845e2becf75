package org.gloss.ui.export.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;

import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.store.ProjectSession;
import org.gloss.ui.workbench.api.ProgressMonitor;

/**
 * One export from the workbench, run on a background thread: the exporter writes into a hidden
 * temporary file beside the target (made with the user's normal permissions, as any file they save), which is moved into place only when the export finished and
 * was not cancelled. A cancelled or failed export leaves no file behind (and an existing target
 * untouched).
 */
final class ExportJob {
    private static final long PROGRESS_EVERY_BYTES = 1 << 20;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private ExportJob() {
    }

    /**
     * @return the written file
     * @throws CancellationException when the user pressed Cancel
     * @throws GlossException        when the export failed (nothing was written)
     */
    static Path run(Exporter exporter, ProjectSession session, ExportRequest request, Path target, ProgressMonitor monitor) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            stopIfCancelled(monitor);
            monitor.progress(-1, "Exporting " + exporter.displayName() + " to " + absolute.getFileName());
            // not Files.createTempFile: it makes the file 0600, and the export kept that mode
            temp = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            OutputStream file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try (OutputStream out = new BufferedOutputStream(new WatchedOutputStream(file,
                    monitor, absolute.getFileName().toString()), 1 << 16)) {
                exporter.export(session, request, out);
            }
            stopIfCancelled(monitor);
            moveIntoPlace(temp, absolute);
            temp = null;
            return absolute;
        } catch (IOException | RuntimeException e) {
            if (monitor.isCancelled()) {
                throw new CancellationException("export cancelled");
            }
            if (e instanceof GlossException gloss) {
                throw gloss;
            }
            throw ExportErrors.cannotWrite(absolute, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void stopIfCancelled(ProgressMonitor monitor) {
        if (monitor.isCancelled()) {
            throw new CancellationException("export cancelled");
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: the export already failed or was cancelled, and says so
            }
        }
    }

    /**
     * Stops the exporter at its next write once the user cancelled (exporters do not poll the
     * monitor themselves), and reports how much was written.
     */
    private static final class WatchedOutputStream extends FilterOutputStream {
        private final ProgressMonitor monitor;
        private final String fileName;
        private long written;
        private long nextReport = PROGRESS_EVERY_BYTES;

        WatchedOutputStream(OutputStream out, ProgressMonitor monitor, String fileName) {
            super(out);
            this.monitor = monitor;
            this.fileName = fileName;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            out.write(b, off, len);
        }

        private void check(int length) throws IOException {
            if (monitor.isCancelled()) {
                throw new InterruptedIOException("export cancelled");
            }
            written += length;
            if (written >= nextReport) {
                nextReport = written + PROGRESS_EVERY_BYTES;
                monitor.progress(-1, String.format("Writing %s: %.1f MB", fileName, written / 1048576.0));
            }
        }
    }
}
