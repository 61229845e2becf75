package org.gloss.launcher;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Appends log records to the log file, one line per record (then its stack trace), each record
 * written with one call on a file opened for appending, so several Gloss processes can share the
 * file. The file is opened on the first record only: a command that logs nothing touches no
 * file. When it has grown past {@link #LIMIT} it is renamed {@code gloss.log.1} (the older ones
 * move up to {@code .3}) before the next process writes to it.
 */
final class RotatingLogHandler extends Handler {
    static final long LIMIT = 1024 * 1024;
    static final int KEPT = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final Path file;
    /**
     * A plain stream, not a FileChannel: a channel is interruptible, so a record logged by a
     * thread that had been interrupted (Felix and SCR interrupt their threads as they stop)
     * closed it with ClosedByInterruptException and the log went quiet ("cannot write the log:
     * null", seen by StartupIT).
     */
    private OutputStream out;
    private boolean broken;

    RotatingLogHandler(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (broken || !isLoggable(record)) {
            return;
        }
        try {
            if (out == null) {
                // rotation takes a file lock, which an interrupted thread could not: open with the
                // interrupt set aside, and give it back
                boolean interrupted = Thread.interrupted();
                try {
                    out = open();
                } finally {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            out.write(format(record).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // a log that cannot be written must not stop Gloss: say so once
            broken = true;
            System.err.println("gloss: warning: cannot write the log " + file + ": " + e.getMessage());
        }
    }

    private OutputStream open() throws IOException {
        Files.createDirectories(file.getParent());
        rotateIfFull();
        return new FileOutputStream(file.toFile(), true); // O_APPEND: one write per record, shared safely
    }

    /** Rotation happens under a lock beside the log, so two processes never both rotate. */
    private void rotateIfFull() throws IOException {
        if (!Files.exists(file) || Files.size(file) < LIMIT) {
            return;
        }
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockChannel.lock()) {
            if (!Files.exists(file) || Files.size(file) < LIMIT) {
                return; // another process rotated it meanwhile
            }
            for (int i = KEPT - 1; i >= 1; i--) {
                Path older = file.resolveSibling(file.getFileName() + "." + i);
                if (Files.exists(older)) {
                    Files.move(older, file.resolveSibling(file.getFileName() + "." + (i + 1)), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String format(LogRecord record) {
        StringBuilder line = new StringBuilder();
        line.append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                .append(levelName(record.getLevel())).append(' ')
                .append('[').append(ProcessHandle.current().pid()).append("] ")
                .append(record.getLoggerName() == null ? "" : record.getLoggerName()).append(": ")
                .append(message(record)).append('\n');
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }

    private static String message(LogRecord record) {
        String message = record.getMessage() == null ? "" : record.getMessage();
        Object[] parameters = record.getParameters();
        if (parameters != null && parameters.length > 0 && message.contains("{0")) {
            try {
                return java.text.MessageFormat.format(message, parameters);
            } catch (IllegalArgumentException e) {
                return message;
            }
        }
        return message;
    }

    /** The names a reader expects (System.Logger's), not JUL's SEVERE/FINE. */
    private static String levelName(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (value >= Level.WARNING.intValue()) {
            return "WARN ";
        }
        if (value >= Level.INFO.intValue()) {
            return "INFO ";
        }
        return value >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }

    @Override
    public synchronized void flush() {
        // every record is written at once
    }

    @Override
    public synchronized void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        out = null;
    }
}
