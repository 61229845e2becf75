package org.gloss.exchange.refiqda.internal;

/** The QDA-XML 1.0 namespaces and schema locations. */
final class Namespaces {
    static final String PROJECT = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK = "urn:QDA-XML:codebook:1.0";
    /** NVivo 12 for Mac wrote these (and others copied them); accepted on import, never written. */
    static final String PROJECT_TYPO = "urn:QDA-XML:project:1:0";
    static final String CODEBOOK_TYPO = "urn:QDA-XML:codebook:1:0";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String PROJECT_XSD_URL = "http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd";
    static final String CODEBOOK_XSD_URL = "http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd";
    static final String ORIGIN = "Gloss 0.1.0";

    private Namespaces() {
    }
}
