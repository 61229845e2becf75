package org.gloss.ui.cases.internal;

import javafx.scene.control.TreeItem;

import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.DocumentSet;

/** The tree's items: "Cases" with each case and its members, "Sets" with each set and its documents now. */
final class CaseSetTree {
    private CaseSetTree() {
    }

    static TreeItem<Entry> build(CaseSetSnapshot snapshot) {
        TreeItem<Entry> root = new TreeItem<>(Entry.group(Entry.Kind.CASES, "project"));
        TreeItem<Entry> cases = new TreeItem<>(Entry.group(Entry.Kind.CASES, "Cases (" + snapshot.cases().size() + ")"));
        for (CaseSetSnapshot.CaseRow row : snapshot.cases()) {
            Case c = row.value();
            TreeItem<Entry> item = new TreeItem<>(new Entry(Entry.Kind.CASE, caseLabel(row), c.id(), 0, null));
            for (CaseMember m : c.members()) {
                item.getChildren().add(new TreeItem<>(new Entry(Entry.Kind.CASE_MEMBER, memberLabel(snapshot, m), c.id(),
                        m.documentId(), m)));
            }
            cases.getChildren().add(item);
        }
        TreeItem<Entry> sets = new TreeItem<>(Entry.group(Entry.Kind.SETS, "Sets (" + snapshot.sets().size() + ")"));
        for (CaseSetSnapshot.SetRow row : snapshot.sets()) {
            DocumentSet set = row.value();
            TreeItem<Entry> item = new TreeItem<>(new Entry(set.isSmart() ? Entry.Kind.SMART_SET : Entry.Kind.SET,
                    setLabel(row), set.id(), 0, null));
            if (set.isSmart()) {
                String condition = "where " + set.condition() + (row.problem() == null ? "" : " — " + row.problem());
                item.getChildren().add(new TreeItem<>(new Entry(Entry.Kind.CONDITION, condition, set.id(), 0, null)));
            }
            for (long document : row.documents()) {
                item.getChildren().add(new TreeItem<>(new Entry(Entry.Kind.SET_DOCUMENT, snapshot.documentName(document),
                        set.id(), document, null)));
            }
            sets.getChildren().add(item);
        }
        cases.setExpanded(true);
        sets.setExpanded(true);
        root.getChildren().add(cases);
        root.getChildren().add(sets);
        return root;
    }

    static String caseLabel(CaseSetSnapshot.CaseRow row) {
        int members = row.value().members().size();
        return row.value().name() + " — " + members + (members == 1 ? " member, " : " members, ")
                + row.codedSegments() + (row.codedSegments() == 1 ? " coded segment" : " coded segments");
    }

    static String setLabel(CaseSetSnapshot.SetRow row) {
        int documents = row.documents().size();
        return row.value().name() + (row.value().isSmart() ? " (smart)" : "") + " — " + documents
                + (documents == 1 ? " document" : " documents");
    }

    static String memberLabel(CaseSetSnapshot snapshot, CaseMember member) {
        String document = snapshot.documentName(member.documentId());
        return member.isWholeDocument() ? document + " (whole)"
                : document + " " + member.span().start() + "–" + member.span().end();
    }
}
