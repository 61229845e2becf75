package org.gloss.store.jdbc.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a store's schema migrations: SQL scripts shipped as resources {@code migrations/<name>}
 * beside the store class that owns them (each store writes its own DDL, the types differ).
 */
public final class MigrationScripts {
    private MigrationScripts() {
    }

    /** The text of resource {@code migrations/<name>} relative to {@code owner}'s package. */
    public static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
