package org.gloss.store.sqlite.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.gloss.api.error.GlossException;

/**
 * How long a session waits for another process's write to finish, and who that process is.
 * SQLite retries a locked file for {@link #timeoutMillis()}; after that the user learns which process
 * holds the project (read from {@code /proc/locks} where the system has it), never "database is
 * locked".
 */
final class ProjectBusy {
    /** How long a write waits for another process's transaction before giving up, unless set otherwise. */
    private static final int DEFAULT_TIMEOUT_MS = 15_000;
    /** The byte of the {@code -shm} file whose POSIX lock is WAL's write lock (SQLite's WAL_WRITE_LOCK). */
    private static final long WAL_WRITE_LOCK_OFFSET = 120;
    private static final Path PROC_LOCKS = Path.of("/proc/locks");

    private ProjectBusy() {
    }

    /**
     * The error for a write that waited {@link #timeoutMillis()} in vain: names the project and, where
     * it can be known, the process holding it.
     */
    static GlossException error(String location) {
        String who = writer(Path.of(location)).orElse("another process");
        return new GlossException("project " + location + " is busy: " + who + " has been writing to it for more than "
                + seconds(timeoutMillis()) + "; try again when it has finished");
    }

    /** How long a write waits (system property {@code gloss.sqlite.busyTimeoutMs}, default 15 s). */
    static int timeoutMillis() {
        return Integer.getInteger("gloss.sqlite.busyTimeoutMs", DEFAULT_TIMEOUT_MS);
    }

    private static String seconds(int millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /**
     * The process, other than this one, that holds the project's write lock, e.g.
     * {@code "process 4242 (gloss coding import p.gloss codings.csv)"}; empty where it cannot be
     * known. Only the lock table and the {@code -shm} file's inode number (a stat) are read: the
     * project's own files are never opened here.
     */
    static Optional<String> writer(Path project) {
        try {
            Path shm = project.resolveSibling(project.getFileName() + "-shm");
            if (!Files.exists(shm) || !Files.isReadable(PROC_LOCKS)) {
                return Optional.empty();
            }
            long inode = ((Number) Files.getAttribute(shm, "unix:ino")).longValue();
            long self = ProcessHandle.current().pid();
            boolean ours = false;
            for (String line : Files.readAllLines(PROC_LOCKS, StandardCharsets.US_ASCII)) {
                Optional<Long> pid = writeLockHolder(line, inode);
                if (pid.isPresent() && pid.get() != self) {
                    return Optional.of(describe(pid.get()));
                }
                ours |= pid.isPresent();
            }
            if (ours) {
                return Optional.of("another session of this Gloss process");
            }
        } catch (IOException | RuntimeException unknowable) {
            // not Linux, or the process went away: the message then names no process
        }
        return Optional.empty();
    }

    /**
     * The pid in a {@code /proc/locks} line such as
     * {@code "3: POSIX  ADVISORY  WRITE 4242 fd:01:123456 120 120"} when it is a write lock on
     * WAL's write-lock byte of the file with this inode.
     */
    static Optional<Long> writeLockHolder(String line, long inode) {
        String[] f = line.trim().split("\\s+");
        // id: kind advisory mode pid dev:inode start end (a blocked waiter has "->" after the id)
        int at = f.length > 1 && f[1].equals("->") ? 2 : 1;
        if (f.length < at + 7 || !f[at].equals("POSIX") || !f[at + 2].equals("WRITE")) {
            return Optional.empty();
        }
        String[] device = f[at + 4].split(":");
        try {
            if (device.length != 3 || Long.parseLong(device[2]) != inode
                    || Long.parseLong(f[at + 5]) > WAL_WRITE_LOCK_OFFSET || !coversWriteLock(f[at + 6])) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(f[at + 3]));
        } catch (NumberFormatException notALockLine) {
            return Optional.empty();
        }
    }

    private static boolean coversWriteLock(String end) {
        return end.equals("EOF") || Long.parseLong(end) >= WAL_WRITE_LOCK_OFFSET;
    }

    /** "process 4242 (gloss coding import p.gloss)" from the process's command line, where it can be read. */
    static String describe(long pid) {
        Optional<String> command = ProcessHandle.of(pid).flatMap(p -> p.info().arguments().map(List::of))
                .map(ProjectBusy::glossCommand);
        return "process " + pid + command.map(c -> " (" + c + ")").orElse("");
    }

    /** A Gloss launcher's arguments as the user typed them ("gloss coding import ..."), else the program's arguments. */
    static String glossCommand(List<String> jvmArguments) {
        int main = jvmArguments.indexOf("org.gloss.launcher.Main");
        List<String> args = main >= 0 ? jvmArguments.subList(main + 1, jvmArguments.size()) : jvmArguments;
        String text = ((main >= 0 ? "gloss " : "") + String.join(" ", args)).replaceAll("\\p{Cntrl}", "?");
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
