package org.gloss.search.lucene.internal.index;

import org.gloss.api.search.SearchService;
import org.gloss.model.AttributeValue;
import java.util.HashMap;
import java.util.Map;

import org.gloss.api.store.Documents;

/**
 * What a document's index entry depends on: its content hash and its language setting (the
 * "language" attribute, or "auto" for detection, which the content decides). Known without
 * reading the text, so staleness is checked cheaply before every search.
 */
public record DocumentKey(long id, String contentHash, String languageSetting) {
    /** The keys of all of a project's documents, from its cheap listings (no text is read). */
    public static Map<Long, DocumentKey> of(Documents documents) {
        Map<Long, AttributeValue> languages = documents.attributeValues(SearchService.LANGUAGE_ATTRIBUTE);
        Map<Long, DocumentKey> keys = new HashMap<>();
        documents.contentHashes().forEach((id, hash) -> {
            AttributeValue language = languages.get(id);
            keys.put(id, new DocumentKey(id, hash, language == null ? "auto" : language.value().strip()));
        });
        return keys;
    }

    String encoded() {
        return contentHash + "|" + languageSetting;
    }
}
