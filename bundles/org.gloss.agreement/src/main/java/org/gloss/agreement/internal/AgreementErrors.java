package org.gloss.agreement.internal;

import org.gloss.api.error.GlossException;

/** The user-facing errors of agreement measurement, disagreement review and adjudication. */
public final class AgreementErrors {
    private AgreementErrors() {
    }

    public static GlossException tooFewCoders(int given) {
        return new GlossException("agreement needs at least two coders, got " + given + " (use --coders A,B)");
    }

    public static GlossException tooManyCoders(int given, int max) {
        return new GlossException("agreement supports at most " + max + " coders, got " + given);
    }

    public static GlossException duplicateCoder(String name) {
        return new GlossException("coder '" + name + "' is listed twice in --coders");
    }

    public static GlossException noMeasures() {
        return new GlossException("no agreement measures are installed (see 'gloss plugins')");
    }

    public static GlossException noDocumentCodedByAll(java.util.List<String> coders, int documents) {
        return new GlossException("none of the " + documents + " document(s) in scope has been coded by every one of "
                + String.join(", ", coders) + " (a document a coder has not coded yet is left out; --all-documents compares "
                + "them anyway, counting it as coded with nothing)");
    }

    public static GlossException noCodes() {
        return new GlossException("the project has no codes to measure agreement on");
    }

    public static GlossException badMinOverlap(double percent) {
        return new GlossException("--min-overlap must be in (0, 100], got " + percent);
    }

    public static GlossException badConfidence(double percent) {
        return new GlossException("--confidence must be in (0, 100), got " + percent);
    }

    public static GlossException negativeResamples(int n) {
        return new GlossException("--bootstrap must be 0 or more, got " + n);
    }

    public static GlossException acceptNotACoder(String accept, String coders) {
        return new GlossException("--accept must be agreed, union or one of the coders (" + coders + "), got '" + accept + "'");
    }

    public static GlossException badChoice(String choice, String coders) {
        return new GlossException("--choose must be both, neither or one of the coders (" + coders + "), got '" + choice + "'");
    }

    public static GlossException consensusIsACoder(String name) {
        return new GlossException("the consensus coder '" + name + "' is one of the coders being compared; choose another --into");
    }

    public static GlossException htmlNeedsOut() {
        return new GlossException("--format html writes a file: give --out FILE");
    }

    public static GlossException cannotWrite(Object file, String detail) {
        return new GlossException("cannot write " + file + ": " + detail);
    }

    public static GlossException adjudicationLogUnsupported(String location) {
        return new GlossException("the store of " + location + " keeps no adjudication log");
    }

    public static GlossException noComparisonService() {
        return new GlossException("inter-coder comparison is not installed (bundle org.gloss.agreement, see 'gloss plugins')");
    }

    public static GlossException invalidSpan(String document, int start, int end) {
        return new GlossException("invalid span [" + start + ", " + end + ") in document " + document
                + ": offsets are code points, 0 <= start < end");
    }

    public static GlossException virtualCoderExists(String name) {
        return new GlossException("'" + name + "' is a coder of the project; the codings compared under that name must come from it");
    }

    public static GlossException badUnit(String unit) {
        return new GlossException("unit must be char, document, sentence, paragraph or turn, got '" + unit + "'");
    }
}
