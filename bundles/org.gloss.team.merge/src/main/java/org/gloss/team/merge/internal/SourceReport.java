package org.gloss.team.merge.internal;

import java.util.ArrayList;
import java.util.List;

/** What merging one source copy added and changed in the target, and what it disagreed about. */
public final class SourceReport {
    private final String source;
    int documentsAdded;
    int documentsRenamed;
    int attributesAdded;
    int codesAdded;
    int codesUpdated;
    int codesMoved;
    int codersAdded;
    int codingsAdded;
    int codingsRemoved;
    int memosAdded;
    int memosReplaced;
    int adjudicationsAdded;
    int externalIdsAdded;
    int casesAdded;
    int casesUpdated;
    int setsAdded;
    int setsUpdated;
    final List<MergeConflict> conflicts = new ArrayList<>();
    final List<Long> addedDocumentIds = new ArrayList<>();

    SourceReport(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public List<MergeConflict> conflicts() {
        return List.copyOf(conflicts);
    }

    /** Ids (in the target) of the documents this merge added. */
    public List<Long> addedDocumentIds() {
        return List.copyOf(addedDocumentIds);
    }

    public int documentsAdded() {
        return documentsAdded;
    }

    public int codesAdded() {
        return codesAdded;
    }

    public int codersAdded() {
        return codersAdded;
    }

    public int codingsAdded() {
        return codingsAdded;
    }

    public int codingsRemoved() {
        return codingsRemoved;
    }

    public int memosAdded() {
        return memosAdded;
    }

    public int externalIdsAdded() {
        return externalIdsAdded;
    }

    public int casesAdded() {
        return casesAdded;
    }

    public int setsAdded() {
        return setsAdded;
    }

    public int adjudicationsAdded() {
        return adjudicationsAdded;
    }

    /** Whether the merge changed nothing in the target. */
    public boolean addedNothing() {
        return documentsAdded + documentsRenamed + attributesAdded + codesAdded + codesUpdated + codesMoved
                + codersAdded + codingsAdded + codingsRemoved + memosAdded + memosReplaced + adjudicationsAdded
                + externalIdsAdded + casesAdded + casesUpdated + setsAdded + setsUpdated == 0;
    }

    /** One line for people, e.g. "+1 document, +3 codes, +120 codings". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        part(parts, "+%d document(s)", documentsAdded);
        part(parts, "%d document(s) renamed", documentsRenamed);
        part(parts, "+%d attribute(s)", attributesAdded);
        part(parts, "+%d code(s)", codesAdded);
        part(parts, "%d code(s) updated", codesUpdated);
        part(parts, "%d code(s) moved", codesMoved);
        part(parts, "+%d case(s)", casesAdded);
        part(parts, "%d case(s) updated", casesUpdated);
        part(parts, "+%d set(s)", setsAdded);
        part(parts, "%d set(s) updated", setsUpdated);
        part(parts, "+%d coder(s)", codersAdded);
        part(parts, "+%d coding(s)", codingsAdded);
        part(parts, "-%d coding(s)", codingsRemoved);
        part(parts, "+%d memo(s)", memosAdded);
        part(parts, "%d memo(s) replaced", memosReplaced);
        part(parts, "+%d adjudication decision(s)", adjudicationsAdded);
        part(parts, "+%d identifier(s) from other tools", externalIdsAdded);
        return parts.isEmpty() ? "nothing new" : String.join(", ", parts);
    }

    private static void part(List<String> parts, String format, int count) {
        if (count > 0) {
            String text = String.format(format, count);
            parts.add(count == 1 ? text.replace("(s)", "") : text.replace("(s)", "s"));
        }
    }
}
