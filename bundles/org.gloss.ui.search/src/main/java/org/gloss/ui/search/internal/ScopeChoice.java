package org.gloss.ui.search.internal;

/** Where the search view looks: the choices of its scope box. */
enum ScopeChoice {
    ALL("all documents"),
    CURRENT_DOCUMENT("current document"),
    CODE("inside code"),
    CODER("coded by");

    private final String label;

    ScopeChoice(String label) {
        this.label = label;
    }

    /** Whether the choice needs a name (a code or a coder) next to it. */
    boolean needsName() {
        return this == CODE || this == CODER;
    }

    @Override
    public String toString() {
        return label;
    }
}
