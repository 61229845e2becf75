package org.gloss.core.importing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gloss.api.error.GlossException;
import org.gloss.core.importing.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 8: what a path is, when it is not a regular file, instead of "no such file". */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNamedPipeIsNotARegularFile() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.assertj.core.api.Assertions.assertThat(mkfifo.waitFor()).isZero();
        assertThatThrownBy(() -> InputFiles.requireRegularFile(fifo)).isInstanceOf(GlossException.class)
                .hasMessage(fifo + " is not a regular file (a named pipe, device or socket)");
    }

    @Test
    void aLinkToADeviceIsNamedWithItsTarget() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
        assertThatThrownBy(() -> InputFiles.requireRegularFile(link))
                .hasMessage(link + " links to /dev/zero, which is not a regular file (a device, pipe or socket)");
    }

    @Test
    void aLinkLoopAndADanglingLinkAreSaidAsSuch() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> InputFiles.requireRegularFile(a)).hasMessage(a + " is a symbolic link loop");
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));
        assertThatThrownBy(() -> InputFiles.requireRegularFile(dangling))
                .hasMessage(dangling + " is a symbolic link to a file that does not exist");
        assertThatThrownBy(() -> InputFiles.requireRegularFile(dir.resolve("nothing.txt")))
                .hasMessage("no such file: " + dir.resolve("nothing.txt"));
        assertThatThrownBy(() -> InputFiles.requireRegularFile(dir)).hasMessage(dir + " is a folder, not a file");
    }
}
