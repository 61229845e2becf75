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
 * <p>Run: {@code scripts/bench-document-view.sh}; figures in docs/performance.md ("Document view").
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
        StoreTimer storeTimer = new StoreTimer();
        WorkbenchWindow window = onFx(() -> TestWorkbench.open(new Stage(), dir, null, storeTimer::wrap));
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

        // 2. apply a code: store write, then the views update, then the next layout pulse; the
        // figures are split into those parts. Between two runs the benchmark waits until the
        // deferred refreshes (codebook counts, coded segments) are done, and measures their
        // FX-thread stalls apart.
        int runs = Integer.getInteger("bench.applies", 30);
        long[] applyWall = new long[runs];
        long[] applyCpu = new long[runs];
        long[] storeWall = new long[runs];
        long[] storeCpu = new long[runs];
        long[] viewsWall = new long[runs];
        long[] viewsCpu = new long[runs];
        long[] documentViewCpu = new long[runs];
        ListenerTimer documentView = onFx(() -> ListenerTimer.wrapDocumentView(workspace, fxCpu));
        long[] pulseWall = new long[runs];
        long[] pulseCpu = new long[runs];
        long[] toFrameWall = new long[runs];
        long deferredStall = 0;
        long[] deferredCpu = new long[runs];
        Random random = new Random(3);
        for (int i = 0; i < runs; i++) {
            int start = 1000 + random.nextInt(text.length() / 2);
            PulseTimes pulse = new PulseTimes(window, fxCpu);
            long[] applied = onFx(() -> {
                long cpu0 = fxCpu.getAsLong();
                long t0 = System.nanoTime();
                storeTimer.reset();
                documentView.reset();
                workspace.applyCode(documentId, codeId, start, start + 200);
                pulse.arm();
                return new long[] {t0, System.nanoTime(), cpu0, fxCpu.getAsLong()};
            });
            pulse.awaitDone();
            applyWall[i] = applied[1] - applied[0] + pulse.layoutWall();
            applyCpu[i] = applied[3] - applied[2] + pulse.layoutCpu();
            storeWall[i] = storeTimer.wall;
            storeCpu[i] = storeTimer.cpu;
            viewsWall[i] = applied[1] - applied[0] - storeTimer.wall;
            viewsCpu[i] = applied[3] - applied[2] - storeTimer.cpu;
            documentViewCpu[i] = documentView.cpu;
            pulseWall[i] = pulse.layoutWall();
            pulseCpu[i] = pulse.layoutCpu();
            toFrameWall[i] = pulse.done - applied[0];
            long settleCpu = fxCpu.getAsLong();
            deferredStall = Math.max(deferredStall, longestStallDuring(Long.getLong("bench.settleMillis", 400)));
            deferredCpu[i] = fxCpu.getAsLong() - settleCpu;
        }
        System.out.printf("apply a code, %d runs, median (max) per part, wall / FX-thread CPU in ms:%n", runs);
        System.out.printf("  store write (one transaction, fsync)      %s / %s%n", medianMax(storeWall), medianMax(storeCpu));
        System.out.printf("  views update (restyle, stripes, lists)    %s / %s%n", medianMax(viewsWall), medianMax(viewsCpu));
        System.out.printf("    of which the document view (CPU)                      %s%n", medianMax(documentViewCpu));
        System.out.printf("  next layout pulse (CSS, layout)           %s / %s%n", medianMax(pulseWall), medianMax(pulseCpu));
        System.out.printf("  total work until the frame is laid out    %s / %s%n", medianMax(applyWall), medianMax(applyCpu));
        System.out.printf("  wall until laid out, incl. waiting for the pulse timer: %s%n", medianMax(toFrameWall));
        System.out.printf("  deferred refreshes after each coding (counts, lists): FX-thread CPU %s, longest FX-thread stall %.1f ms%n",
                medianMax(deferredCpu), deferredStall / 1e6);

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
        List<Long> stepCpu = new ArrayList<>();
        for (int p = 0; p < paragraphs; p += 25) {
            int target = p;
            long cpu0 = fxCpu.getAsLong();
            onFx(() -> {
                area.showParagraphAtTop(target);
                return null;
            });
            nextPulse(window);
            worstStepCpu = Math.max(worstStepCpu, fxCpu.getAsLong() - cpu0);
            stepCpu.add(fxCpu.getAsLong() - cpu0);
            steps++;
        }
        heartbeat.interrupt();
        heartbeat.join();
        System.out.printf("scroll through %,d paragraphs in %d steps of 25 paragraphs (%.1f s): longest FX-thread stall %.1f ms wall"
                + " (heartbeat); most FX-thread CPU for one step (scroll + layout pulse) %.1f ms%n",
                paragraphs, steps, (System.nanoTime() - scrollStart) / 1e9, worstStall.get() / 1e6, worstStepCpu / 1e6);
        long[] sortedSteps = stepCpu.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("  FX-thread CPU per scroll step: median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n",
                sortedSteps[sortedSteps.length / 2] / 1e6, sortedSteps[(int) (sortedSteps.length * 0.95)] / 1e6,
                sortedSteps[sortedSteps.length - 1] / 1e6);

        // 4. search hits marked in the open document (what the search view asks for after every
        // search): the most frequent word and a word of middling frequency, each marked and cleared
        onFx(() -> {
            area.showParagraphAtTop(0);
            return null;
        });
        nextPulse(window);
        for (String word : markedWords(text)) {
            List<org.gloss.model.TextSpan> hits = occurrences(text, word);
            for (boolean clear : new boolean[] {false, true}) {
                int probe = new org.gloss.model.CodePointText(text).toCharIndex(hits.get(hits.size() / 2).start());
                long cpu0 = fxCpu.getAsLong();
                long wall0 = System.nanoTime();
                onFx(() -> {
                    window.markSearchHits(clear ? null : (session, id) -> hits);
                    return null;
                });
                while (onFx(() -> area.getStyleOfChar(probe).contains("-rtfx-border-stroke-color")) == clear) {
                    Thread.sleep(1);
                }
                long wall = nextPulse(window) - wall0;
                System.out.printf("%s %,d search hits of '%s': %.0f ms wall until laid out, %.1f ms FX-thread CPU%n",
                        clear ? "clear" : "mark ", hits.size(), word, wall / 1e6, (fxCpu.getAsLong() - cpu0) / 1e6);
            }
        }
        Platform.runLater(() -> window.stage().close());
        Platform.exit();
        System.exit(0);
    }

    /** The most and the least frequent word of four letters or more. */
    private static List<String> markedWords(String text) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String word : text.split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        List<java.util.Map.Entry<String, Integer>> byCount = new ArrayList<>(counts.entrySet());
        byCount.sort(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()));
        // the generated transcript has a small vocabulary: its rarest word is still frequent
        return List.of(byCount.get(0).getKey(), byCount.get(byCount.size() - 1).getKey());
    }

    /** Every occurrence of the word as a whole word, in code points. */
    private static List<org.gloss.model.TextSpan> occurrences(String text, String word) {
        org.gloss.model.CodePointText points = new org.gloss.model.CodePointText(text);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(word) + "(?!\\p{L})").matcher(text);
        List<org.gloss.model.TextSpan> hits = new ArrayList<>();
        while (m.find()) {
            hits.add(new org.gloss.model.TextSpan(points.toCodePointOffset(m.start()), points.toCodePointOffset(m.end())));
        }
        return hits;
    }

    private static String medianMax(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%6.1f (%6.1f)", sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** The longest wait of a runnable posted to the FX thread every 2 ms, over the given time. */
    private static long longestStallDuring(long millis) throws InterruptedException {
        long worst = 0;
        long until = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < until) {
            long posted = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            AtomicLong waited = new AtomicLong();
            Platform.runLater(() -> {
                waited.set(System.nanoTime() - posted);
                ran.countDown();
            });
            ran.await();
            worst = Math.max(worst, waited.get());
            Thread.sleep(2);
        }
        return worst;
    }

    /**
     * Wall and FX-thread CPU time of the store's outermost transactions on the FX thread, through
     * a proxy around the session the window opens.
     */
    static final class StoreTimer {
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        private int depth;
        volatile long wall;
        volatile long cpu;

        void reset() {
            wall = 0;
            cpu = 0;
        }

        ProjectSession wrap(ProjectSession session) {
            return (ProjectSession) java.lang.reflect.Proxy.newProxyInstance(ProjectSession.class.getClassLoader(),
                    new Class<?>[] {ProjectSession.class}, (proxy, method, args) -> {
                        boolean timed = method.getName().equals("inTransaction") && depth == 0;
                        long t0 = System.nanoTime();
                        long c0 = threads.getCurrentThreadCpuTime();
                        depth++;
                        try {
                            return method.invoke(session, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        } finally {
                            depth--;
                            if (timed) {
                                wall += System.nanoTime() - t0;
                                cpu += threads.getCurrentThreadCpuTime() - c0;
                            }
                        }
                    });
        }
    }

    /**
     * FX-thread CPU time of the document view's workspace listener: the benchmark swaps it for a
     * timing wrapper (through reflection, as the workspace keeps its listeners private).
     */
    static final class ListenerTimer {
        private final java.util.function.LongSupplier cpuClock;
        volatile long cpu;

        private ListenerTimer(java.util.function.LongSupplier cpuClock) {
            this.cpuClock = cpuClock;
        }

        void reset() {
            cpu = 0;
        }

        @SuppressWarnings("unchecked")
        static ListenerTimer wrapDocumentView(Workspace workspace, java.util.function.LongSupplier cpuClock) throws Exception {
            ListenerTimer timer = new ListenerTimer(cpuClock);
            java.lang.reflect.Field field = Workspace.class.getDeclaredField("listeners");
            field.setAccessible(true);
            List<org.gloss.ui.workbench.model.WorkspaceListener> listeners = (List<org.gloss.ui.workbench.model.WorkspaceListener>) field.get(workspace);
            for (int i = 0; i < listeners.size(); i++) {
                org.gloss.ui.workbench.model.WorkspaceListener listener = listeners.get(i);
                if (listener.getClass().getName().startsWith(DocumentPane.class.getName())) {
                    listeners.set(i, change -> {
                        long c0 = timer.cpuClock.getAsLong();
                        listener.changed(change);
                        timer.cpu += timer.cpuClock.getAsLong() - c0;
                    });
                }
            }
            return timer;
        }
    }

    /** The next layout pulse of the window's scene: when it started and finished, and its FX-thread CPU. */
    private static final class PulseTimes {
        private final WorkbenchWindow window;
        private final java.util.function.LongSupplier cpu;
        private final CountDownLatch finished = new CountDownLatch(1);
        private long started;
        private long startCpu;
        private long done;
        private long doneCpu;

        PulseTimes(WorkbenchWindow window, java.util.function.LongSupplier cpu) {
            this.window = window;
            this.cpu = cpu;
        }

        /** Call on the FX thread. */
        void arm() {
            javafx.scene.Scene scene = window.stage().getScene();
            Runnable[] listeners = new Runnable[2];
            listeners[0] = () -> {
                started = System.nanoTime();
                startCpu = cpu.getAsLong();
                scene.removePreLayoutPulseListener(listeners[0]);
            };
            listeners[1] = () -> {
                done = System.nanoTime();
                doneCpu = cpu.getAsLong();
                scene.removePostLayoutPulseListener(listeners[1]);
                finished.countDown();
            };
            scene.addPreLayoutPulseListener(listeners[0]);
            scene.addPostLayoutPulseListener(listeners[1]);
            Platform.requestNextPulse();
        }

        void awaitDone() throws InterruptedException {
            if (!finished.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no layout pulse");
            }
        }

        long layoutWall() {
            return done - started;
        }

        long layoutCpu() {
            return doneCpu - startCpu;
        }
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
