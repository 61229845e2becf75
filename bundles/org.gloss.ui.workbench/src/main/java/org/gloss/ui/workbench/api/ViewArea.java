package org.gloss.ui.workbench.api;

/** The docking areas of the Coding perspective, around the documents in the centre. */
public enum ViewArea {
    LEFT_TOP, LEFT_BOTTOM, RIGHT, BOTTOM
}
