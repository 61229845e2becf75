package org.gloss.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingLogHandlerTest {
    @TempDir
    Path dir;

    @Test
    void theFileIsCreatedByTheFirstRecordAndHoldsOneLinePerRecordWithTheStackTrace() throws Exception {
        Path log = dir.resolve("state/gloss/gloss.log");
        RotatingLogHandler handler = new RotatingLogHandler(log);
        assertThat(log).doesNotExist();
        LogRecord record = new LogRecord(Level.SEVERE, "component {0} failed");
        record.setParameters(new Object[] {"org.example.Broken"});
        record.setLoggerName("osgi.org.example");
        record.setThrown(new IllegalStateException("broken on purpose"));
        handler.publish(record);
        handler.publish(new LogRecord(Level.WARNING, "second"));
        handler.close();
        String text = Files.readString(log);
        assertThat(text).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR \\[\\d+\\] osgi\\.org\\.example: component org\\.example\\.Broken failed\\n")
                .contains("java.lang.IllegalStateException: broken on purpose", "\tat org.gloss.launcher.RotatingLogHandlerTest")
                .containsPattern("WARN  \\[\\d+\\] : second\\n");
    }

    @Test
    void aFullLogIsRenamedBeforeTheNextProcessWritesAndAtMostThreeOldOnesAreKept() throws Exception {
        Path log = dir.resolve("gloss.log");
        for (int generation = 1; generation <= 5; generation++) {
            Files.writeString(log, "generation " + generation + "\n" + "x".repeat((int) RotatingLogHandler.LIMIT));
            RotatingLogHandler handler = new RotatingLogHandler(log);
            handler.publish(new LogRecord(Level.WARNING, "after " + generation));
            handler.close();
            assertThat(Files.readString(log)).as("a fresh log after rotation").endsWith("after " + generation + "\n")
                    .doesNotContain("generation");
        }
        assertThat(Files.readString(dir.resolve("gloss.log.1"))).startsWith("generation 5");
        assertThat(Files.readString(dir.resolve("gloss.log.2"))).startsWith("generation 4");
        assertThat(Files.readString(dir.resolve("gloss.log.3"))).startsWith("generation 3");
        assertThat(dir.resolve("gloss.log.4")).doesNotExist();
    }

    /** StartupIT saw "cannot write the log ...: null": a record from an interrupted thread closed the channel. */
    @Test
    void aRecordFromAnInterruptedThreadIsWrittenAndTheLogKeepsWorking() throws Exception {
        Path log = dir.resolve("full.log");
        Files.writeString(log, "x".repeat((int) RotatingLogHandler.LIMIT)); // opening rotates, under a file lock
        RotatingLogHandler handler = new RotatingLogHandler(log);
        Thread.currentThread().interrupt();
        try {
            handler.publish(new LogRecord(Level.WARNING, "while interrupted"));
            handler.publish(new LogRecord(Level.WARNING, "still interrupted"));
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for its owner").isTrue();
        } finally {
            Thread.interrupted();
        }
        handler.publish(new LogRecord(Level.WARNING, "afterwards"));
        handler.close();
        assertThat(Files.readString(log)).contains(": while interrupted\n", ": still interrupted\n", ": afterwards\n");
        assertThat(Files.readString(dir.resolve("full.log.1"))).startsWith("xxx");
    }

    @Test
    void aSmallLogIsAppendedTo() throws Exception {
        Path log = dir.resolve("gloss.log");
        Files.writeString(log, "earlier\n");
        RotatingLogHandler handler = new RotatingLogHandler(log);
        handler.publish(new LogRecord(Level.WARNING, "later"));
        handler.close();
        assertThat(Files.readString(log)).startsWith("earlier\n").endsWith(": later\n");
        assertThat(dir.resolve("gloss.log.1")).doesNotExist();
    }
}
