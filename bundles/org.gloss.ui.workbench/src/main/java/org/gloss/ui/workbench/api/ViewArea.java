package org.gloss.ui.workbench.api;

/**
 * Where a view goes: the docking areas of the Coding perspective, or a tab of the Comparison or
 * the Analysis perspective.
 */
public enum ViewArea {
    LEFT_TOP, LEFT_BOTTOM, RIGHT, BOTTOM,
    /**
     * A tab filling the Comparison perspective, beside the built-in side-by-side view of two
     * coders (e.g. the disagreement review).
     */
    COMPARISON,
    /**
     * A tab filling the Analysis perspective (code queries, co-occurrence, matrices, frequencies,
     * word frequencies): results that need the whole window.
     */
    ANALYSIS
}
