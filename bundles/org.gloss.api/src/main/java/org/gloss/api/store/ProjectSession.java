package org.gloss.api.store;

import java.util.function.Supplier;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One open project. Every write method is one transaction of its own unless it runs inside
 * {@link #inTransaction}, which makes everything in it succeed or fail together.
 * Sessions are not thread-safe; open one per thread.
 */
@ProviderType
public interface ProjectSession extends AutoCloseable {
    /** Where the project lives, as it was opened. */
    String location();

    Documents documents();

    Codebook codebook();

    Coders coders();

    Codings codings();

    Memos memos();

    /** Cases (interviewees, firms, ...) with their attributes and members. */
    Cases cases();

    /** Sets of documents (and codes), static or smart. */
    DocumentSets sets();

    /** The adjudication log. */
    Adjudications adjudications();

    /** Identifiers other tools gave the project's objects (kept by REFI-QDA import). */
    ExternalIds externalIds();

    /**
     * Runs {@code work} in one transaction: if it throws, nothing it wrote remains. Nested calls
     * join the outer transaction.
     */
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    void close();
}
