package org.gloss.ui.workbench.api;

/** Where a view goes: the docking areas of the Coding perspective, or a tab of the Comparison perspective. */
public enum ViewArea {
    LEFT_TOP, LEFT_BOTTOM, RIGHT, BOTTOM,
    /**
     * A tab filling the Comparison perspective, beside the built-in side-by-side view of two
     * coders (e.g. the disagreement review).
     */
    COMPARISON
}
