package org.gloss.api.analysis;

/** What the columns of a code matrix are. */
public enum MatrixColumns {
    /** One column per document in scope (MAXQDA's Code Matrix Browser). */
    DOCUMENTS,
    /** One column per coder in scope. */
    CODERS,
    /** One column per value of a document attribute (a crosstab), plus one for documents without it. */
    ATTRIBUTE,
    /** One column per case: the codings that overlap the case's text. */
    CASES,
    /** One column per value of a case attribute: the codings that overlap the text of the cases with that value. */
    CASE_ATTRIBUTE
}
