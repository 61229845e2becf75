package org.gloss.model;

/** What a memo is written about. For {@link #PROJECT} the target id is 0. */
public enum MemoTarget {
    PROJECT, DOCUMENT, CODE, CODING
}
