package org.gloss.store.sqlite.internal;

import java.time.Instant;

/** Instants are stored as ISO-8601 UTC text, readable in any SQLite browser. */
final class Timestamps {
    private Timestamps() {
    }

    static String now() {
        return Instant.now().toString();
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
