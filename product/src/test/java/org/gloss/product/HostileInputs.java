package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs hostile inputs through {@code bin/gloss} and checks the contract for bad input: exit
 * status 1 and exactly one line {@code gloss: error: ...} naming the problem (or, where the input
 * is hostile but legitimate, success without noise). Counts the hostile inputs it ran, which the
 * hostile-input suites print when they finish.
 */
final class HostileInputs {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final GlossProcess gloss;

    HostileInputs(GlossProcess gloss) {
        this.gloss = gloss;
    }

    static int count() {
        return COUNT.get();
    }

    /** A hostile input that must be refused: status 1, one line on stderr starting as given. */
    GlossProcess.Result refused(String expectedStart, String... args) {
        COUNT.incrementAndGet();
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err().lines()).as(result.toString()).hasSize(1);
        assertThat(result.err()).as(result.toString()).startsWith("gloss: error: " + expectedStart);
        assertThat(result.err()).as(result.toString()).doesNotContain("Exception", "\tat ", "\u001B");
        return result;
    }

    /** A hostile input that is a usage error: status 2, the first line says what is wrong. */
    GlossProcess.Result usage(String expectedStart, String... args) {
        COUNT.incrementAndGet();
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString()).startsWith("gloss: error: " + expectedStart);
        assertThat(result.err()).as(result.toString()).doesNotContain("Exception", "\tat ");
        return result;
    }

    /** A hostile input Gloss must survive and answer: status 0, no stack trace. */
    GlossProcess.Result survived(String... args) {
        COUNT.incrementAndGet();
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isZero();
        assertThat(result.err()).as(result.toString()).doesNotContain("Exception", "\tat ", "gloss: error");
        return result;
    }

    /** A preparation step that must succeed (not counted). */
    GlossProcess.Result ok(String... args) {
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isZero();
        return result;
    }
}
