package org.gloss.ui.workbench.api;

import javafx.scene.input.DataFormat;

/** Drag and drop of documents (from the documents view onto a case or a set). */
public final class DocumentTransfer {
    /** The dragged document's id, as a Long. */
    public static final DataFormat DOCUMENT_ID = new DataFormat("application/x-gloss-document-id");

    private DocumentTransfer() {
    }
}
