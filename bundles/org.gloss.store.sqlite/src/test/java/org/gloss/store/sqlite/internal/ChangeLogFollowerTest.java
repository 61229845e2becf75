package org.gloss.store.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.team.ChangeFeed;
import org.gloss.api.team.ProjectChange;
import org.gloss.api.team.ProjectChange.Element;
import org.gloss.api.team.ProjectChange.Operation;
import org.gloss.model.MemoTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project file announces what other sessions commit, as a server project does. */
class ChangeLogFollowerTest {
    @TempDir
    Path dir;

    private final SqliteStoreProvider provider = new SqliteStoreProvider();

    @Test
    void changesCommittedByAnotherSessionAreAnnouncedInOrder() throws Exception {
        Path file = dir.resolve("p.gloss");
        provider.create(file.toString()).close();
        List<ProjectChange> heard = new CopyOnWriteArrayList<>();
        List<ChangeFeed.Connection> states = new CopyOnWriteArrayList<>();
        try (ProjectSession watcher = provider.open(file.toString());
             ChangeFeed.Subscription subscription = ChangeFeed.of(watcher).orElseThrow().subscribe(heard::add, states::add);
             ProjectSession writer = provider.open(file.toString())) {
            long doc = writer.documents().add(new NewDocument("d", "some text")).id();
            long code = writer.codebook().add("c", null, null, null).id();
            long coder = writer.coders().getOrCreate("aida").id();
            long coding = writer.codings().add(new NewCoding(doc, code, coder, 0, 4, "a memo")).id();
            writer.codings().remove(coding);
            awaitSize(heard, 7);
            assertThat(heard).startsWith(
                    new ProjectChange(Element.DOCUMENT, Operation.ADDED, doc),
                    new ProjectChange(Element.CODE, Operation.ADDED, code),
                    new ProjectChange(Element.CODER, Operation.ADDED, coder),
                    new ProjectChange(Element.CODING, Operation.ADDED, coding));
            assertThat(heard).contains(new ProjectChange(Element.CODING, Operation.REMOVED, coding));
            assertThat(heard.stream().filter(c -> c.element() == Element.MEMO).map(ProjectChange::operation))
                    .containsExactly(Operation.ADDED, Operation.REMOVED);
            assertThat(writer.memos().find(MemoTarget.CODING, coding)).isEmpty();
            assertThat(states).isEmpty();
        }
    }

    @Test
    void aFollowerThatFellBehindThePrunedLogIsToldToReload() throws Exception {
        Path file = dir.resolve("p.gloss");
        provider.create(file.toString()).close();
        List<ProjectChange> heard = new CopyOnWriteArrayList<>();
        List<ChangeFeed.Connection> states = new CopyOnWriteArrayList<>();
        try (ProjectSession writer = provider.open(file.toString())) {
            long doc = writer.documents().add(new NewDocument("d", "x".repeat(100))).id();
            long code = writer.codebook().add("c", null, null, null).id();
            long coder = writer.coders().getOrCreate("aida").id();
            ChangeLogFollower follower = ChangeLogFollower.start(file, heard::add, states::add);
            try {
                // more changes than the log keeps, in one transaction: the follower cannot have read them in between
                List<NewCoding> many = new java.util.ArrayList<>();
                for (int i = 0; i < 25_000; i++) {
                    many.add(new NewCoding(doc, code, coder, i % 90, i % 90 + 5, null));
                }
                writer.codings().addAll(many);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (states.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(states).containsExactly(ChangeFeed.Connection.RESTORED);
            } finally {
                follower.close();
            }
        }
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(list).hasSizeGreaterThanOrEqualTo(size);
    }
}
