package org.gloss.exchange.refiqda.internal;

/** Names inside a .qdpx archive (spec section 8): project.qde and a flat sources/ folder. */
final class QdpxLayout {
    static final String PROJECT_ENTRY = "project.qde";
    static final String SOURCES_FOLDER = "sources/";
    static final String INTERNAL_SCHEME = "internal://";
    static final String RELATIVE_SCHEME = "relative://";
    static final String ABSOLUTE_SCHEME = "absolute://";

    private QdpxLayout() {
    }

    static String internalPath(String sourceGuid) {
        return INTERNAL_SCHEME + sourceGuid + ".txt";
    }

    static String sourceEntry(String sourceGuid) {
        return SOURCES_FOLDER + sourceGuid + ".txt";
    }
}
