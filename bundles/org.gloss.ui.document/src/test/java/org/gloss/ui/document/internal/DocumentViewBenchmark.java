package org.gloss.ui.document.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.gloss.ui.workbench.model.Workspace;

/**
 * Benchmark of the document view under Monocle (a main class, not a test): a 1 MB transcript
 * with 5,000 codings of 20 codes. Prints the time to the first laid-out frame, the time to apply
 * a code until the next frame is laid out, and the longest FX-thread stall while scrolling
 * through the whole document (measured by a heartbeat posted to the FX thread every 2 ms).
 *
 * <p>Run: see docs/notes/issue-3.md.
 */
public final class DocumentViewBenchmark {
    private static final int TARGET_BYTES = 1_000_000;
    private static final int CODINGS = 5_000;
    private static final int CODES = 20;

    private DocumentViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("gloss-bench");
        String text = transcript(new Random(42));
        Path project = dir.resolve("project.gloss");
        long documentId;
        try (ProjectSession session = TestWorkbench.open(createEmpty(project))) {
            documentId = session.documents().add(new NewDocument("transcript", text)).id();
            List<Long> codes = new ArrayList<>();
            for (int i = 0; i < CODES; i++) {
                codes.add(session.codebook().add("code " + (i + 1), null, String.format("#%06X", new Random(i).nextInt(0xFFFFFF)), null).id());
            }
            long coder = session.coders().getOrCreate("bench").id();
            int length = text.codePointCount(0, text.length());
            Random random = new Random(7);
            List<NewCoding> codings = new ArrayList<>();
            for (int i = 0; i < CODINGS; i++) {
                int start = random.nextInt(length - 500);
                codings.add(new NewCoding(documentId, codes.get(random.nextInt(CODES)), coder, start, start + 20 + random.nextInt(400), null));
            }
            session.codings().addAll(codings);
        }
        System.out.printf("transcript: %,d bytes UTF-8, %,d characters, %,d lines; %,d codings of %d codes%n",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, text.length(), text.split("\n").length, CODINGS, CODES);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        WorkbenchWindow window = onFx(() -> TestWorkbench.open(new Stage(), dir, null));
        // wall-clock figures depend on how busy the machine is; the FX thread's CPU time does not
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long fxThread = onFx(() -> Thread.currentThread().getId());
        java.util.function.LongSupplier fxCpu = () -> threads.getThreadCpuTime(fxThread);

        // 1. first paint: open the project (its first document opens) until the next layout pulse has run
        long openCpu = fxCpu.getAsLong();
        long openStart = System.nanoTime();
        onFx(() -> {
            window.openProject(project.toString());
            return null;
        });
        long firstLayout = nextPulse(window) - openStart;
        System.out.printf("first paint (open project + document until the first layout pulse is done): %.0f ms wall, %.0f ms FX-thread CPU%n",
                firstLayout / 1e6, (fxCpu.getAsLong() - openCpu) / 1e6);

        InlineCssTextArea area = onFx(() -> (InlineCssTextArea) window.stage().getScene().lookup("#document-text"));
        Workspace workspace = onFx(window::workspace);
        long codeId = onFx(() -> workspace.codes().get(3).id());

        // 2. apply a code: store write, then the view restyles the changed span and its margin; until the next layout pulse
        long[] apply = new long[30];
        long[] storeOnly = new long[apply.length];
        long[] applyCpu = new long[apply.length];
        Random random = new Random(3);
        for (int i = 0; i < apply.length; i++) {
            int start = 1000 + random.nextInt(text.length() / 2);
            long cpu0 = fxCpu.getAsLong();
            long t0 = onFx(() -> {
                long before = System.nanoTime();
                workspace.applyCode(documentId, codeId, start, start + 200);
                return before;
            });
            apply[i] = nextPulse(window) - t0;
            applyCpu[i] = fxCpu.getAsLong() - cpu0;
            storeOnly[i] = onFx(() -> {
                long before = System.nanoTime();
                var added = workspace.session().codings().add(new NewCoding(documentId, codeId, workspace.coder().id(), start, start + 100, null));
                long took = System.nanoTime() - before;
                workspace.session().codings().remove(added.id());
                return took;
            });
        }
        Arrays.sort(apply);
        Arrays.sort(storeOnly);
        Arrays.sort(applyCpu);
        System.out.printf("apply a code (store write + restyle + margin + layout pulse), %d runs: wall median %.1f ms, max %.1f ms;"
                + " FX-thread CPU median %.1f ms, max %.1f ms (the store write alone: median %.1f ms wall)%n",
                apply.length, apply[apply.length / 2] / 1e6, apply[apply.length - 1] / 1e6,
                applyCpu[applyCpu.length / 2] / 1e6, applyCpu[applyCpu.length - 1] / 1e6, storeOnly[storeOnly.length / 2] / 1e6);

        // 3. scrolling through the whole document, a page per step, with a heartbeat measuring FX-thread stalls
        AtomicLong worstStall = new AtomicLong();
        Thread heartbeat = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    worstStall.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    ran.countDown();
                });
                try {
                    ran.await();
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heartbeat");
        int paragraphs = onFx(() -> area.getParagraphs().size());
        long scrollStart = System.nanoTime();
        heartbeat.start();
        int steps = 0;
        long worstStepCpu = 0;
        for (int p = 0; p < paragraphs; p += 25) {
            int target = p;
            long cpu0 = fxCpu.getAsLong();
            onFx(() -> {
                area.showParagraphAtTop(target);
                return null;
            });
            nextPulse(window);
            worstStepCpu = Math.max(worstStepCpu, fxCpu.getAsLong() - cpu0);
            steps++;
        }
        heartbeat.interrupt();
        heartbeat.join();
        System.out.printf("scroll through %,d paragraphs in %d steps of 25 paragraphs (%.1f s): longest FX-thread stall %.1f ms wall"
                + " (heartbeat); most FX-thread CPU for one step (scroll + layout pulse) %.1f ms%n",
                paragraphs, steps, (System.nanoTime() - scrollStart) / 1e9, worstStall.get() / 1e6, worstStepCpu / 1e6);
        Platform.runLater(() -> window.stage().close());
        Platform.exit();
        System.exit(0);
    }

    private static Path createEmpty(Path project) {
        new org.gloss.store.sqlite.internal.SqliteStoreProvider().create(project.toString()).close();
        return project;
    }

    /** Interview-like lines of mixed Latin, Cyrillic and emoji text, up to about 1 MB of UTF-8. */
    static String transcript(Random random) {
        String[] words = {"the", "debt", "road", "market", "family", "children", "contract", "China", "trade", "school",
            "долг", "дорога", "рынок", "қарыз", "жол", "we", "they", "worry", "open", "price", "😀", "years", "loan"};
        StringBuilder text = new StringBuilder();
        int bytes = 0;
        int turn = 0;
        while (bytes < TARGET_BYTES) {
            StringBuilder line = new StringBuilder(turn++ % 2 == 0 ? "Q: " : "A: ");
            int n = 8 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                line.append(words[random.nextInt(words.length)]).append(i == n - 1 ? ".\n" : " ");
            }
            bytes += line.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            text.append(line);
        }
        return text.toString();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** The time at which the next layout pulse of the window's scene completed. */
    private static long nextPulse(WorkbenchWindow window) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        onFx(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                done.complete(System.nanoTime());
                window.stage().getScene().removePostLayoutPulseListener(listener[0]);
            };
            window.stage().getScene().addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
            return null;
        });
        return done.get(60, TimeUnit.SECONDS);
    }
}
