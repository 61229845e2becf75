package org.gloss.api.suggest;

/** A code of the codebook: its name and description (null when it has none). */
public record CodeDescription(String name, String description) {
}
