package org.gloss.core.cases;

import java.util.Collection;

import org.gloss.api.error.GlossException;

/** The messages about cases, sets and their conditions. */
public final class CaseErrors {
    private CaseErrors() {
    }

    public static GlossException badCondition(String written, String problem) {
        return new GlossException("bad set condition '" + written + "': " + problem);
    }

    public static GlossException unknownAttribute(String key, Collection<String> known) {
        return new GlossException("unknown attribute: " + key + (known.isEmpty() ? " (no document has attributes)"
                : " (known: " + String.join(", ", known) + ")"));
    }

    public static GlossException unknownCaseAttribute(String key, Collection<String> known) {
        return new GlossException("unknown case attribute: " + key + (known.isEmpty() ? " (no case has attributes)"
                : " (known: " + String.join(", ", known) + ")"));
    }

    public static GlossException badRange(String written, String problem) {
        return new GlossException("bad range '" + written + "': " + problem + " (expected DOC:START-END, code points, end exclusive)");
    }

    public static GlossException smartSetHasNoList(String set) {
        return new GlossException("set '" + set + "' is smart (its condition says which documents it holds); "
                + "documents cannot be added to or removed from it");
    }

    public static GlossException notASpeakerTranscript(String document) {
        return new GlossException("document '" + document + "' has no speaker turns (import it as a transcript)");
    }

    public static GlossException nothingInScope(java.util.List<String> cases, java.util.List<String> sets) {
        java.util.List<String> named = new java.util.ArrayList<>();
        cases.forEach(c -> named.add("case '" + c + "'"));
        sets.forEach(s -> named.add("set '" + s + "'"));
        return new GlossException("no document is in " + String.join(" or ", named) + " (with the other filters given)");
    }
}
