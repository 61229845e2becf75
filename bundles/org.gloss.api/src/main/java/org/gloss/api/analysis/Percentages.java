package org.gloss.api.analysis;

/** Whether matrix cells are shown as they are or as percentages of their row's or column's total. */
public enum Percentages {
    NONE, ROW, COLUMN
}
