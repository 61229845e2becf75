package org.gloss.ui.search.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gloss.api.error.GlossException;
import org.gloss.api.search.SearchScope;

/**
 * Where the search view looks; every part that is set narrows the search (they combine like the
 * CLI's options do): documents, inside codings of a code, coded by a coder, in a speaker's turns,
 * in documents with an attribute value. A null or blank name does not filter.
 *
 * @param documentNames the current document's name for {@link DocumentChoice#CURRENT} (none when no
 *                      document is open), the chosen names for {@link DocumentChoice#CHOSEN}
 */
record SearchFilter(DocumentChoice documents, List<String> documentNames, String code, String coder, String speaker,
                    String attribute, String attributeValue) {
    static final SearchFilter ALL = new SearchFilter(DocumentChoice.ALL, List.of(), null, null, null, null, null);

    SearchFilter {
        documents = Objects.requireNonNullElse(documents, DocumentChoice.ALL);
        documentNames = List.copyOf(Objects.requireNonNullElse(documentNames, List.of()));
        code = blankToNull(code);
        coder = blankToNull(coder);
        speaker = blankToNull(speaker);
        attribute = blankToNull(attribute);
        attributeValue = blankToNull(attributeValue);
    }

    SearchFilter withDocuments(DocumentChoice choice, List<String> names) {
        return new SearchFilter(choice, names, code, coder, speaker, attribute, attributeValue);
    }

    SearchFilter withCode(String name) {
        return new SearchFilter(documents, documentNames, name, coder, speaker, attribute, attributeValue);
    }

    SearchFilter withCoder(String name) {
        return new SearchFilter(documents, documentNames, code, name, speaker, attribute, attributeValue);
    }

    SearchFilter withSpeaker(String name) {
        return new SearchFilter(documents, documentNames, code, coder, name, attribute, attributeValue);
    }

    SearchFilter withAttribute(String key, String value) {
        return new SearchFilter(documents, documentNames, code, coder, speaker, key, value);
    }

    /** Whether hits depend on codings (and a search must run again when codings change). */
    boolean dependsOnCodings() {
        return code != null || coder != null;
    }

    /**
     * The search service's scope.
     *
     * @throws GlossException if a choice is incomplete (no document open, none chosen, an attribute without a value)
     */
    SearchScope scope() {
        SearchScope scope = SearchScope.ALL;
        if (documents != DocumentChoice.ALL) {
            if (documentNames.isEmpty()) {
                throw new GlossException(documents == DocumentChoice.CURRENT ? "no document is open"
                        : "choose the documents to search");
            }
            scope = scope.withDocuments(documentNames);
        }
        if (attribute != null) {
            if (attributeValue == null) {
                throw new GlossException("choose the value of the attribute '" + attribute + "'");
            }
            scope = scope.withAttributes(Map.of(attribute, attributeValue));
        }
        return scope.withCode(code).withCoder(coder).withSpeaker(speaker);
    }

    private static String blankToNull(String name) {
        return name == null || name.isBlank() ? null : name;
    }
}
