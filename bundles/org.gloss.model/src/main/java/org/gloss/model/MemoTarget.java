package org.gloss.model;

/**
 * What a memo is written about. For {@link #PROJECT} and {@link #FREE} the target id is 0; a free
 * memo belongs to no object and is named by its title.
 */
public enum MemoTarget {
    PROJECT, DOCUMENT, CODE, CODING, FREE
}
