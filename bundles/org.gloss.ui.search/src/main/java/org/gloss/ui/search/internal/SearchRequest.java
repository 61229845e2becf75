package org.gloss.ui.search.internal;

import org.gloss.api.search.QueryMode;

/** What the user entered in the search view. */
record SearchRequest(String text, QueryMode mode, boolean stemming, SearchFilter filter, int contextWidth) {
    SearchRequest {
        text = text == null ? "" : text;
        filter = filter == null ? SearchFilter.ALL : filter;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
