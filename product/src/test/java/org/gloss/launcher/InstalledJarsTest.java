package org.gloss.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledJarsTest {
    @TempDir
    Path dir;

    @Test
    void aJarIsCurrentOnlyWhileItsSizeAndTimeAreThoseItWasInstalledFrom() throws Exception {
        Path jar = dir.resolve("a.jar");
        Files.write(jar, new byte[] {1, 2, 3});
        InstalledJars jars = InstalledJars.in(dir);
        assertThat(jars.isCurrent("file:/a.jar", jar)).isFalse();
        jars.installed("file:/a.jar", jar);
        assertThat(jars.isCurrent("file:/a.jar", jar)).isTrue();
        jars.save();

        InstalledJars reread = InstalledJars.in(dir);
        assertThat(reread.isCurrent("file:/a.jar", jar)).as("remembered across processes").isTrue();
        // an older release unpacked over the installation: older, not newer, and still a change
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 86_400_000L));
        assertThat(reread.isCurrent("file:/a.jar", jar)).isFalse();
        reread.installed("file:/a.jar", jar);
        Files.write(jar, new byte[] {1, 2, 3, 4});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis()));
        assertThat(reread.isCurrent("file:/a.jar", jar)).as("another size").isFalse();
        reread.forget("file:/a.jar");
        assertThat(reread.isCurrent("file:/a.jar", jar)).isFalse();
    }

    @Test
    void derivedFilesAreUsedOnlyForTheKeyTheyWereMadeFor() throws Exception {
        Path file = dir.resolve("derived.txt");
        CacheFiles.write(file, "key 1", "value\nwith lines");
        assertThat(CacheFiles.read(file, "key 1")).contains("value\nwith lines");
        assertThat(CacheFiles.read(file, "key 2")).isEmpty();
        assertThat(CacheFiles.read(dir.resolve("missing.txt"), "key 1")).isEmpty();

        Path folder = Files.createDirectories(dir.resolve("bundles"));
        Files.write(folder.resolve("b.jar"), new byte[] {1});
        String before = CacheFiles.jarsKey(folder);
        Files.write(folder.resolve("b.jar"), new byte[] {1, 2});
        assertThat(CacheFiles.jarsKey(folder)).isNotEqualTo(before);
        String withB = CacheFiles.jarsKey(folder);
        Files.write(folder.resolve("c.jar"), new byte[] {1});
        assertThat(CacheFiles.jarsKey(folder)).as("a plugin added").isNotEqualTo(withB);
    }
}
