package org.gloss.ui.workbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Creates document views; the document bundle registers one as an OSGi service. */
@ConsumerType
public interface DocumentViewFactory {
    /**
     * @param onlyCoderId show only this coder's codings (the comparison perspective), or null for
     *                    the workspace filters
     */
    DocumentView create(WorkbenchContext context, long documentId, Long onlyCoderId);
}
