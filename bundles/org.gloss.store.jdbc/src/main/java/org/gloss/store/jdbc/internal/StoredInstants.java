package org.gloss.store.jdbc.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as every store keeps them: to the microsecond, the finest PostgreSQL's timestamptz
 * holds, so that a time survives a project's move between a file and a server unchanged.
 */
final class StoredInstants {
    private StoredInstants() {
    }

    static Instant now() {
        return of(Instant.now());
    }

    static Instant of(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
