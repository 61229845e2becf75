package org.gloss.analysis.internal;

import java.util.Collection;

import org.gloss.api.error.GlossException;

/**
 * Every user-facing error message of the analyses, in one place; the code query language's are
 * {@link org.gloss.analysis.internal.query.QueryErrors}.
 */
public final class AnalysisErrors {
    private AnalysisErrors() {
    }

    public static GlossException unknownAttribute(String key, Collection<String> known) {
        return new GlossException("no document has the attribute '" + key + "'"
                + (known.isEmpty() ? " (the project's documents have no attributes)" : " (attributes: " + String.join(", ", known) + ")"));
    }

    public static GlossException badAttributeFilter(String filter) {
        return new GlossException("invalid attribute filter '" + filter
                + "': expected KEY=VALUE or KEY=MIN..MAX (numbers or yyyy-MM-dd dates; either bound may be left out)");
    }

    public static GlossException badRangeBound(String key, String bound) {
        return new GlossException("invalid range bound '" + bound + "' for attribute '" + key
                + "': expected a number or a yyyy-MM-dd date");
    }

    public static GlossException mixedRangeBounds(String key, String min, String max) {
        return new GlossException("range " + min + ".." + max + " for attribute '" + key
                + "' mixes a number and a date");
    }

    public static GlossException percentOfShare() {
        return new GlossException("--percent does not apply to --value share, which is already a proportion of the text");
    }

    public static GlossException unknownSpeaker(String speaker) {
        return new GlossException("no transcript in scope has turns by speaker '" + speaker + "' (see 'gloss doc turns')");
    }

    public static GlossException unknownMeasure(String measure, Collection<String> known) {
        return new GlossException("unknown co-occurrence measure '" + measure + "' (expected " + String.join(", ", known) + ")");
    }

    public static GlossException badProximity(String given) {
        return new GlossException("invalid --by '" + given
                + "': expected overlap, near:N (code points), near:Ns, near:Np, sentence, paragraph or document");
    }

    public static GlossException badColumns(String given) {
        return new GlossException("invalid --columns '" + given + "': expected documents, coders, attr:KEY, case or case-attr:KEY");
    }

    public static GlossException badFrequencyRows(String given) {
        return new GlossException("invalid --by '" + given + "': expected code, coder, document or attr:KEY");
    }

    public static GlossException noAnalysisService() {
        return new GlossException("the analysis engine is not installed (bundle org.gloss.analysis, see 'gloss plugins')");
    }

    public static GlossException noWordFrequencies() {
        return new GlossException("word frequencies need the search index (bundle org.gloss.search.lucene, see 'gloss plugins')");
    }

    public static GlossException noTableExporter(String format) {
        return new GlossException("no exporter for '" + format + "' tables is installed (see 'gloss plugins')");
    }

    public static GlossException needsOut(String format) {
        return new GlossException("--format " + format + " writes a file: give --out FILE");
    }

    public static GlossException outputExists(Object file) {
        return new GlossException("output file exists: " + file + " (use --force to replace it)");
    }

    public static GlossException cannotWrite(Object file, String detail) {
        return new GlossException("cannot write " + file + ": " + detail);
    }

    public static GlossException codeAsNeedsCoder() {
        return new GlossException("--code-as needs --coder X: the coder the new codings are written as");
    }

    public static GlossException codeAsNeedsOneCoder() {
        return new GlossException("--code-as writes codings as one coder: give exactly one --coder (not 'any')");
    }

    public static GlossException badStopList(String given, Collection<String> languages) {
        return new GlossException("no stop list '" + given + "': give a language (" + String.join(", ", languages)
                + ", or auto for each document's language) or a file with one word per line");
    }

    public static GlossException cannotRead(Object file, String detail) {
        return new GlossException("cannot read " + file + ": " + detail);
    }
}
