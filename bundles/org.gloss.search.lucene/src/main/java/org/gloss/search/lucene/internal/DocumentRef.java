package org.gloss.search.lucene.internal;

/** A document as a search needs it: id and name, from the store's cheap listing. */
record DocumentRef(long id, String name) {
}
