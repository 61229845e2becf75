package org.gloss.ui.workbench.api;

import javafx.scene.input.DataFormat;

/** Drag and drop of codes (from the codebook onto a text selection, or onto another code). */
public final class CodeTransfer {
    /** The dragged code's id, as a Long. */
    public static final DataFormat CODE_ID = new DataFormat("application/x-gloss-code-id");

    private CodeTransfer() {
    }
}
