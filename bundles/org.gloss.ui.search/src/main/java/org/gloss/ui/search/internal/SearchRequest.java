package org.gloss.ui.search.internal;

import org.gloss.api.search.QueryMode;

/**
 * What the user entered in the search view.
 *
 * @param scopeName the code or coder name for {@link ScopeChoice#CODE}/{@link ScopeChoice#CODER},
 *                  the current document's name for {@link ScopeChoice#CURRENT_DOCUMENT}, else ignored
 */
record SearchRequest(String text, QueryMode mode, boolean stemming, ScopeChoice scope, String scopeName,
                     int contextWidth) {
    SearchRequest {
        text = text == null ? "" : text;
        scope = scope == null ? ScopeChoice.ALL : scope;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
