package org.gloss.model;

/** A person (or process) who codes. */
public record Coder(long id, String name) {
}
