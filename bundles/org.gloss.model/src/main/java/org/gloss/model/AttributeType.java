package org.gloss.model;

/** The type of a document attribute's value. */
public enum AttributeType {
    TEXT, NUMBER, DATE
}
