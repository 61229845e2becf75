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
 * concurrent commands never share a cache.
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
                return new FrameworkCache(shared.resolve("felix"), false, channel, lock);
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

    private static Path sharedLocation(Path home) {
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
