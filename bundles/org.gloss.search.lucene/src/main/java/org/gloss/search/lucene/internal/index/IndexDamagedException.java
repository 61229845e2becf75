package org.gloss.search.lucene.internal.index;

/** The index failed while being read: it is rebuilt and the search is run again. */
public final class IndexDamagedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IndexDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
