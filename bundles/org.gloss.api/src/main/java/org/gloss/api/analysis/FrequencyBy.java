package org.gloss.api.analysis;

/** What the rows of a frequency table are. */
public enum FrequencyBy {
    CODE, CODER, DOCUMENT, ATTRIBUTE
}
