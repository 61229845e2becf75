package org.gloss.ui.search.internal;

/** Which documents the search view looks in. */
enum DocumentChoice {
    ALL("all documents"),
    CURRENT("current document"),
    CHOSEN("chosen documents");

    private final String label;

    DocumentChoice(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
