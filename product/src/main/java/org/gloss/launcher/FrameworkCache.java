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
 * time; a process that finds the shared cache in use (locked) gets a private throw-away one, so
 * concurrent commands never share a cache. The cache is kept only for the framework that wrote it:
 * another Felix or launcher (an upgrade) starts from an empty one.
 */
final class FrameworkCache implements AutoCloseable {
    private final Path directory;
    private final boolean temporary;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private FrameworkCache(Path directory, boolean temporary, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.temporary = temporary;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static FrameworkCache forHome(Path home) {
        try {
            Path shared = sharedLocation(home);
            Files.createDirectories(shared);
            FileChannel channel = FileChannel.open(shared.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                FrameworkCache cache = new FrameworkCache(shared.resolve("felix"), false, channel, lock);
                cache.dropIfWrittenByAnotherFramework();
                return cache;
            }
            channel.close();
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            // fall through to a private cache
        }
        try {
            return new FrameworkCache(Files.createTempDirectory("gloss-felix-"), true, null, null);
        } catch (IOException e) {
            throw new LaunchException("cannot create a framework cache: " + e.getMessage(), e);
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

    Path directory() {
        return directory;
    }

    /** The folder for files derived from the installation (JavaFX packages, help text, bundle stamps). */
    Path folder() {
        return temporary ? directory : directory.getParent();
    }

    /** Empties the framework's storage, e.g. after Felix could not read it (a process killed while writing it). */
    void clear() {
        try {
            deleteRecursively(directory);
            Files.deleteIfExists(folder().resolve("installed-jars.properties"));
        } catch (IOException e) {
            throw new LaunchException("cannot clear the framework cache " + directory + ": " + e.getMessage(), e);
        }
    }

    private void dropIfWrittenByAnotherFramework() throws IOException {
        Path stampFile = folder().resolve("framework-stamp");
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
                deleteRecursively(directory);
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
