package org.gloss.ui.suggest.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.gloss.api.suggest.CodeSuggester;
import org.gloss.api.suggest.SuggestProgress;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.api.suggest.TrainingSet;

/**
 * The real local suggester, which, while {@link #hold} is set, first waits for the user's Cancel
 * (so a test can press it while training runs) and then trains for real with the same progress:
 * the real training must then stop.
 */
final class GatedSuggester implements CodeSuggester {
    private final CodeSuggester real;
    volatile boolean hold;
    final CountDownLatch waiting = new CountDownLatch(1);
    final CountDownLatch finished = new CountDownLatch(1);
    volatile boolean sawCancel;
    volatile Throwable thrown;

    GatedSuggester(CodeSuggester real) {
        this.real = real;
    }

    @Override
    public String id() {
        return real.id();
    }

    @Override
    public String displayName() {
        return real.displayName();
    }

    @Override
    public SuggestionModel train(TrainingSet training, SuggestSettings settings) {
        return real.train(training, settings);
    }

    @Override
    public SuggestionModel train(TrainingSet training, SuggestSettings settings, SuggestProgress progress) {
        if (!hold) {
            return real.train(training, settings, progress);
        }
        try {
            waiting.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!progress.isCancelled() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            sawCancel = progress.isCancelled();
            return real.train(training, settings, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            thrown = e;
            throw e;
        } finally {
            finished.countDown();
        }
    }
}
