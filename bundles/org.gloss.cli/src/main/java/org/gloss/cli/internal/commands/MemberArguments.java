package org.gloss.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.store.ProjectSession;
import org.gloss.core.cases.CaseErrors;
import org.gloss.model.CaseMember;
import org.gloss.model.Document;

/**
 * The members given on the command line: {@code --doc D} (the whole document) and
 * {@code --range D:START-END} (code points, end exclusive; the document name may itself hold
 * colons, the last one separates the offsets).
 */
final class MemberArguments {
    private MemberArguments() {
    }

    /** The members, checked against the project; an unknown document or a bad range is an error. */
    static List<CaseMember> resolve(ProjectSession session, List<String> documents, List<String> ranges) {
        List<CaseMember> members = new ArrayList<>();
        for (String name : documents) {
            members.add(CaseMember.wholeDocument(session.documents().get(name).id()));
        }
        for (String range : ranges) {
            int colon = range.lastIndexOf(':');
            if (colon <= 0) {
                throw CaseErrors.badRange(range, "no document name before ':'");
            }
            String offsets = range.substring(colon + 1);
            int dash = offsets.indexOf('-');
            if (dash <= 0 || dash == offsets.length() - 1) {
                throw CaseErrors.badRange(range, "the offsets are not START-END");
            }
            int start = offset(range, offsets.substring(0, dash));
            int end = offset(range, offsets.substring(dash + 1));
            if (end <= start) {
                throw CaseErrors.badRange(range, "START must be less than END");
            }
            Document document = session.documents().get(range.substring(0, colon));
            if (end > document.length()) {
                throw CaseErrors.badRange(range, "it ends after the document (length " + document.length() + " code points)");
            }
            members.add(CaseMember.range(document.id(), start, end));
        }
        return members;
    }

    private static int offset(String range, String digits) {
        if (!digits.strip().matches("\\d{1,10}")) {
            throw CaseErrors.badRange(range, "'" + digits + "' is not an offset");
        }
        long value = Long.parseLong(digits.strip());
        if (value > Integer.MAX_VALUE) {
            throw CaseErrors.badRange(range, digits + " is out of range");
        }
        return (int) value;
    }

    /** A member as people read it: the document's name, and the range if it is one. */
    static String describe(CaseMember member, java.util.Map<Long, String> names) {
        String name = names.getOrDefault(member.documentId(), "#" + member.documentId());
        return member.isWholeDocument() ? name : name + ":" + member.span().start() + "-" + member.span().end();
    }
}
