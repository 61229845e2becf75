package org.gloss.store.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProjectBusyTest {
    @Test
    void aWriteLockOnTheWalWriteByteNamesItsProcess() {
        assertThat(ProjectBusy.writeLockHolder("3: POSIX  ADVISORY  WRITE 4242 fd:01:123456 120 120", 123456)).contains(4242L);
        assertThat(ProjectBusy.writeLockHolder("3: POSIX  ADVISORY  WRITE 4242 fd:01:123456 120 EOF", 123456)).contains(4242L);
    }

    @Test
    void otherLocksNameNoProcess() {
        // a reader's shared lock, another file, the checkpointer's byte, a waiter's line
        assertThat(ProjectBusy.writeLockHolder("3: POSIX  ADVISORY  READ 4242 fd:01:123456 120 120", 123456)).isEmpty();
        assertThat(ProjectBusy.writeLockHolder("3: POSIX  ADVISORY  WRITE 4242 fd:01:999 120 120", 123456)).isEmpty();
        assertThat(ProjectBusy.writeLockHolder("3: POSIX  ADVISORY  WRITE 4242 fd:01:123456 121 121", 123456)).isEmpty();
        assertThat(ProjectBusy.writeLockHolder("3: FLOCK  ADVISORY  WRITE 4242 fd:01:123456 0 EOF", 123456)).isEmpty();
        assertThat(ProjectBusy.writeLockHolder("garbage", 123456)).isEmpty();
    }

    @Test
    void aBlockedWaitersLineIsReadPastItsArrow() {
        assertThat(ProjectBusy.writeLockHolder("3: -> POSIX  ADVISORY  WRITE 77 fd:01:123456 120 120", 123456)).contains(77L);
    }

    @Test
    void aGlossProcessIsNamedByItsCommand() {
        assertThat(ProjectBusy.glossCommand(List.of("-XX:+UseSerialGC", "-cp", "lib/*", "org.gloss.launcher.Main",
                "coding", "import", "p.gloss", "c.csv"))).isEqualTo("gloss coding import p.gloss c.csv");
        assertThat(ProjectBusy.glossCommand(List.of("a\u001b]0;x", "b"))).isEqualTo("a?]0;x b");
    }
}
