package org.gloss.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where Felix keeps installed bundles between runs. Reusing the cache saves most of the start
 * time. Felix's cache is not safe for two processes, so the installation's cache folder holds a
 * few slots, each locked by the process using it: a command run while the workbench (or a
 * benchmark, or another command) holds the first slot takes the next free one, warm from its own
 * last use. Only when every slot is busy does a process get a private throw-away cache. A slot
 * is kept only for the framework that wrote it: another Felix or launcher (an upgrade) starts
 * from an empty one.
 */
final class FrameworkCache implements AutoCloseable {
    /** Enough for the workbench, a script's command and a second one running beside it. */
    static final int SLOTS = 3;

    private final Path directory;
    private final Path slotFolder;
    private final Path sharedFolder;
    private final boolean temporary;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private FrameworkCache(Path slotFolder, Path sharedFolder, boolean temporary, FileChannel lockChannel, FileLock lock) {
        this.directory = slotFolder.resolve("felix");
        this.slotFolder = slotFolder;
        this.sharedFolder = sharedFolder;
        this.temporary = temporary;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static FrameworkCache forHome(Path home) {
        Path shared = sharedLocation(home);
        dropSingleCacheLayout(shared);
        for (int slot = 0; slot < SLOTS; slot++) {
            FileChannel channel = null;
            try {
                Path slotFolder = Files.createDirectories(shared.resolve("slot-" + slot));
                channel = FileChannel.open(slotFolder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    FrameworkCache cache = new FrameworkCache(slotFolder, shared, false, channel, lock);
                    cache.dropIfWrittenByAnotherFramework();
                    return cache;
                }
                channel.close();
            } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
                closeQuietly(channel);
            }
        }
        try {
            Path temporary = Files.createTempDirectory("gloss-felix-");
            return new FrameworkCache(temporary, shared, true, null, null);
        } catch (IOException e) {
            throw new LaunchException("cannot create a framework cache: " + e.getMessage(), e);
        }
    }

    /** Before the slots, the cache was one folder "felix" beside a ".lock": it is never used again. */
    private static void dropSingleCacheLayout(Path shared) {
        Path old = shared.resolve("felix");
        if (Files.isDirectory(old)) {
            try (FileChannel channel = FileChannel.open(shared.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock()) {
                if (lock != null) {
                    deleteRecursively(old);
                }
            } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
                // an older Gloss still uses it; tried again next time
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing held
        }
    }

    /** The folder of the shared cache (also for derived files such as the help text), without locking it. */
    static Path sharedLocation(Path home) {
        String explicit = System.getProperty("gloss.cache", System.getenv("GLOSS_CACHE"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String base = System.getenv("XDG_CACHE_HOME");
        Path cacheRoot = base != null && !base.isBlank() ? Path.of(base) : Path.of(System.getProperty("user.home"), ".cache");
        // one cache per installation: the hash of the installation's path names it
        String key = Integer.toHexString(home.toAbsolutePath().normalize().toString().hashCode());
        return cacheRoot.resolve("gloss").resolve("framework-" + key);
    }

    /** Felix's storage. */
    Path directory() {
        return directory;
    }

    /** This slot's own files (which jar each bundle was installed from). */
    Path slotFolder() {
        return slotFolder;
    }

    /** Files derived from the installation that every slot shares (JavaFX packages, help text). */
    Path sharedFolder() {
        return sharedFolder;
    }

    /** Empties the framework's storage, e.g. after Felix could not read it (a process killed while writing it). */
    void clear() {
        try {
            deleteRecursively(directory);
            Files.deleteIfExists(slotFolder.resolve("installed-jars.properties"));
        } catch (IOException e) {
            throw new LaunchException("cannot clear the framework cache " + directory + ": " + e.getMessage(), e);
        }
    }

    private void dropIfWrittenByAnotherFramework() throws IOException {
        Path stampFile = slotFolder.resolve("framework-stamp");
        String stamp = frameworkStamp();
        String written = Files.isRegularFile(stampFile) ? Files.readString(stampFile) : "";
        if (!stamp.equals(written)) {
            clear();
            Files.writeString(stampFile, stamp);
        }
    }

    /** The Felix jar and the launcher jar that use the cache: the cache's format is theirs. */
    private static String frameworkStamp() {
        StringBuilder stamp = new StringBuilder();
        for (Class<?> type : new Class<?>[] {org.osgi.framework.launch.Framework.class, FrameworkCache.class}) {
            try {
                Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                stamp.append(jar.getFileName()).append(':').append(Files.size(jar)).append(':')
                        .append(Files.getLastModifiedTime(jar).toMillis()).append(';');
            } catch (Exception e) {
                stamp.append(type.getName()).append(":unknown;");
            }
        }
        return stamp.toString();
    }

    boolean isTemporary() {
        return temporary;
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
            if (temporary) {
                deleteRecursively(slotFolder);
            }
        } catch (IOException ignored) {
            // a leftover temporary cache is harmless
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
