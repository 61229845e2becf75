package org.gloss.ui.cases.internal;

import javafx.scene.control.TreeItem;

import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.DocumentSet;

/** The tree's items: "Cases" with each case and its members, "Sets" with each set and its documents now. */
final class CaseSetTree {
    private CaseSetTree() {
    }

    /** @param places where a member starts, as people find it (paragraph, line, time) */
    static TreeItem<Entry> build(CaseSetSnapshot snapshot, Places places) {
        TreeItem<Entry> root = new TreeItem<>(Entry.group(Entry.Kind.CASES, "project"));
        TreeItem<Entry> cases = new TreeItem<>(Entry.group(Entry.Kind.CASES, "Cases (" + snapshot.cases().size() + ")"));
        for (CaseSetSnapshot.CaseRow row : snapshot.cases()) {
            Case c = row.value();
            TreeItem<Entry> item = new TreeItem<>(new Entry(Entry.Kind.CASE, c.name(), caseCounts(row), c.id(), 0, null));
            for (CaseMember m : c.members()) {
                item.getChildren().add(new TreeItem<>(new Entry(Entry.Kind.CASE_MEMBER, memberLabel(snapshot, m, places),
                        memberWords(snapshot, m), c.id(), m.documentId(), m)));
            }
            cases.getChildren().add(item);
        }
        TreeItem<Entry> sets = new TreeItem<>(Entry.group(Entry.Kind.SETS, "Sets (" + snapshot.sets().size() + ")"));
        for (CaseSetSnapshot.SetRow row : snapshot.sets()) {
            DocumentSet set = row.value();
            TreeItem<Entry> item = new TreeItem<>(new Entry(set.isSmart() ? Entry.Kind.SMART_SET : Entry.Kind.SET,
                    set.name() + (set.isSmart() ? " (smart)" : ""), setCounts(row), set.id(), 0, null));
            if (set.isSmart()) {
                String condition = "where " + set.condition() + (row.problem() == null ? "" : " — " + row.problem());
                item.getChildren().add(new TreeItem<>(new Entry(Entry.Kind.CONDITION, condition, "", set.id(), 0, null)));
            }
            for (long document : row.documents()) {
                item.getChildren().add(new TreeItem<>(new Entry(Entry.Kind.SET_DOCUMENT, snapshot.documentName(document),
                        "", set.id(), document, null)));
            }
            sets.getChildren().add(item);
        }
        cases.setExpanded(true);
        sets.setExpanded(true);
        root.getChildren().add(cases);
        root.getChildren().add(sets);
        return root;
    }

    /** Where a member starts in its document. */
    interface Places {
        String describe(long documentId, int offset);
    }

    static String caseCounts(CaseSetSnapshot.CaseRow row) {
        int members = row.value().members().size();
        return members + (members == 1 ? " member, " : " members, ")
                + row.codedSegments() + (row.codedSegments() == 1 ? " coded segment" : " coded segments");
    }

    static String setCounts(CaseSetSnapshot.SetRow row) {
        int documents = row.documents().size();
        return documents + (documents == 1 ? " document" : " documents");
    }

    static String memberLabel(CaseSetSnapshot snapshot, CaseMember member, Places places) {
        String document = snapshot.documentName(member.documentId());
        return member.isWholeDocument() ? document + " (whole document)"
                : document + ", " + places.describe(member.documentId(), member.span().start());
    }

    /** The first words of a range member, so that people recognise the passage. */
    static String memberWords(CaseSetSnapshot snapshot, CaseMember member) {
        if (member.isWholeDocument()) {
            return "";
        }
        String words = snapshot.excerpt(member.documentId(), member.span().start(), member.span().end())
                .replaceAll("\\s+", " ").strip();
        return "“" + (words.codePointCount(0, words.length()) > EXCERPT
                ? words.substring(0, words.offsetByCodePoints(0, EXCERPT)) + "…" : words) + "”";
    }

    private static final int EXCERPT = 40;
}
