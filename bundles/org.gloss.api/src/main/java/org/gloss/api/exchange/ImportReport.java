package org.gloss.api.exchange;

import java.util.List;

/**
 * What an import added, and what it could not carry over (the REFI-QDA standard asks importers to
 * tell the user about every element they drop).
 */
public record ImportReport(int documents, int codes, int coders, int codings, int memos, List<String> warnings) {
    public ImportReport {
        warnings = List.copyOf(warnings);
    }

    public String summary() {
        return documents + " documents, " + codes + " codes, " + coders + " coders, " + codings + " codings, "
                + memos + " memos";
    }
}
