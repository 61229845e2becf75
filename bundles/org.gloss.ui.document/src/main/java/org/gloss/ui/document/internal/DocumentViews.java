package org.gloss.ui.document.internal;

import org.gloss.ui.workbench.api.DocumentView;
import org.gloss.ui.workbench.api.DocumentViewFactory;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.osgi.service.component.annotations.Component;

/** Registers the RichTextFX document view with the workbench. */
@Component(service = DocumentViewFactory.class)
public class DocumentViews implements DocumentViewFactory {
    @Override
    public DocumentView create(WorkbenchContext context, long documentId, Long onlyCoderId) {
        return new DocumentPane(context, documentId, onlyCoderId);
    }
}
