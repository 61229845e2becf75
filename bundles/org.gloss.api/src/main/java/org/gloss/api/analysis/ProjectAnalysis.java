package org.gloss.api.analysis;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A project's codebook, documents and codings, read once (the codings when an analysis first needs
 * them), answering analyses from memory (texts are read from the session when an analysis needs
 * them). Valid while the session it was opened on is open; used on that session's thread. Changes
 * made after that reading are not seen: open a new one to follow the project. Every method throws a {@link org.gloss.api.error.GlossException}
 * for an unknown code, coder, document or attribute in a request, or a malformed query.
 */
@ProviderType
public interface ProjectAnalysis {
    QueryResult query(CodeQuery query);

    CooccurrenceTable cooccurrence(CooccurrenceRequest request);

    /** Exactly the pairs behind {@link CooccurrencePair#pairs()} of codes {@code a} and {@code b}, in text order. */
    List<CooccurrenceInstance> cooccurrences(CooccurrenceRequest request, String a, String b);

    CodeMatrix matrix(MatrixRequest request);

    /**
     * Exactly the passages behind a cell: for segments the codings counted, for chars and share
     * the coded runs (whose lengths add up to the cell), for documents the codings in each
     * document counted.
     */
    List<AnalysisSegment> cellSegments(MatrixRequest request, int row, int column);

    FrequencyTable frequencies(FrequencyRequest request);

    /** The codings counted in one row of {@link #frequencies}, by document and position. */
    List<AnalysisSegment> rowSegments(FrequencyRequest request, int row);

    /**
     * The documents of the filter and, with {@code code} (with its sub-codes; its coders as the
     * filter says) or {@code speaker} (turns, compared ignoring case), only those regions. Null
     * {@code code} and {@code speaker} mean whole documents.
     */
    TextScope textScope(AnalysisFilter filter, String code, String speaker);

    /** The codes in codebook order (depth first, siblings by name), for completion and table layout. */
    List<String> codesInCodebookOrder();
}
