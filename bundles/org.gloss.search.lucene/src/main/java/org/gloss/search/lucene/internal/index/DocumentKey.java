package org.gloss.search.lucene.internal.index;

import org.gloss.api.search.SearchService;
import org.gloss.model.AttributeValue;
import org.gloss.model.Document;

/**
 * What a document's index entry depends on: its content hash and its language setting (the
 * "language" attribute, or "auto" for detection, which the content decides). Known without
 * reading the text, so staleness is checked cheaply before every search.
 */
record DocumentKey(long id, String contentHash, String languageSetting) {
    static DocumentKey of(Document document) {
        AttributeValue language = document.attributes().get(SearchService.LANGUAGE_ATTRIBUTE);
        return new DocumentKey(document.id(), document.contentHash(), language == null ? "auto" : language.value().strip());
    }

    String encoded() {
        return contentHash + "|" + languageSetting;
    }
}
