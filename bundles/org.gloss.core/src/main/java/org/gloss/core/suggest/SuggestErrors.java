package org.gloss.core.suggest;

import java.util.List;

import org.gloss.api.error.GlossException;

/** The user-facing errors of suggesting codings and auditing suggesters. */
public final class SuggestErrors {
    private SuggestErrors() {
    }

    public static GlossException noCodes() {
        return new GlossException("the project has no codes to suggest");
    }

    public static GlossException noLearnFrom() {
        return new GlossException("--learn-from needs at least one coder to learn from");
    }

    public static GlossException nothingToLearn(List<String> coders) {
        return new GlossException("nothing to learn from: " + String.join(", ", coders)
                + " coded no document in scope");
    }

    public static GlossException nothingToLearn() {
        return new GlossException("nothing to learn from: no coder's coded document is in scope");
    }

    public static GlossException noCodeLearnable(String reasons) {
        return new GlossException("no code can be learned: " + reasons);
    }

    public static GlossException machineCoderName(String name) {
        return new GlossException("suggestions are written as a machine coder named suggest:NAME, got '" + name
                + "' (a human coder's codings are never written by a suggester)");
    }

    public static GlossException machineCoderIsTeacher(String name) {
        return new GlossException("the machine coder '" + name + "' is also named in --learn-from; "
                + "a suggester learns from people, not from its own suggestions");
    }

    public static GlossException unknownSuggester(String id, List<String> installed) {
        return new GlossException("no suggester '" + id + "' is installed"
                + (installed.isEmpty() ? " (none is; see 'gloss plugins')" : " (installed: " + String.join(", ", installed) + ")"));
    }

    public static GlossException badMinScore(double score) {
        return new GlossException("--min-score must be in [0, 1], got " + score);
    }

    public static GlossException badMinCoverage(double share) {
        return new GlossException("--min-coverage must be in [0, 1), got " + share);
    }

    public static GlossException badUnit(String unit) {
        return new GlossException("--unit must be sentence, paragraph or turn, got '" + unit + "'");
    }

    public static GlossException badFolds(int folds, int documents) {
        return new GlossException("--folds must be between 2 and the number of documents evaluated (" + documents
                + "), got " + folds);
    }

    public static GlossException noAgainst() {
        return new GlossException("--against needs at least one human coder to compare with");
    }

    public static GlossException nothingToEvaluate(List<String> against) {
        return new GlossException("no document in scope was coded by every coder in --against ("
                + String.join(", ", against) + ")");
    }

    public static GlossException machineAmongAgainst(String name) {
        return new GlossException("--against names '" + name + "', a machine coder; compare the suggester with human coders");
    }

    public static GlossException badResamples(int resamples) {
        return new GlossException("--bootstrap must be 0 or more, got " + resamples);
    }

    public static GlossException noEvaluation() {
        return new GlossException("the suggestion audit is not installed (bundle org.gloss.suggest.audit, see 'gloss plugins')");
    }

    public static GlossException badConfidence(double percent) {
        return new GlossException("--confidence must be in (0, 100), got " + percent);
    }

    public static GlossException optionNotTaken(String suggester, String option) {
        return new GlossException("the " + suggester + " suggester does not take --" + option);
    }
}
