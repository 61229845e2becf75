package org.gloss.api.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.gloss.model.AttributeValue;
import org.gloss.model.Document;
import org.gloss.model.Turn;
import org.osgi.annotation.versioning.ProviderType;

/** The project's documents. */
@ProviderType
public interface Documents {
    List<Document> list();

    Optional<Document> find(String name);

    Optional<Document> byId(long id);

    /** A document with this content hash, if one exists. */
    Optional<Document> findByContentHash(String contentHash);

    /** The document with this name; an unknown name is a {@link org.gloss.api.error.GlossException}. */
    Document get(String name);

    /** The stored text, exactly. */
    String text(long documentId);

    /** A transcript's speaker turns in text order; empty for documents that have none. */
    List<Turn> turns(long documentId);

    /** Adds a document with its turns; its name must be new. */
    Document add(NewDocument document);

    /** Renames a document; the new name must be free. */
    void rename(long documentId, String newName);

    /** Removes a document with its codings and memos. */
    void remove(long documentId);

    void setAttribute(long documentId, String key, AttributeValue value);

    void removeAttribute(long documentId, String key);

    /** Number of codings per document id (documents without codings are absent). */
    Map<Long, Integer> codingCounts();

    /**
     * Each document's name by id: the cheap listing searches use to label hits. Stores should
     * answer it without reading texts.
     */
    Map<Long, String> names();

    /**
     * Each document's content hash by id: lets derived data (a search index) notice changed
     * documents cheaply. Stores should answer it without reading texts.
     */
    Map<Long, String> contentHashes();

    /**
     * A number that changes whenever the documents (texts, names, attributes) may have changed,
     * as seen through this session: by its own writes or rollbacks, or by commits of other
     * sessions and processes. Two equal values from the same session mean nothing changed in
     * between, so derived data (a search index) checked at the first need not list the documents
     * again. Values of different sessions are not comparable. Empty where the store cannot tell
     * cheaply (a server: other people commit at any time): then every check lists the documents.
     */
    OptionalLong revision();

    /** The value of one attribute for each document that has it, by document id. */
    Map<Long, AttributeValue> attributeValues(String key);
}
