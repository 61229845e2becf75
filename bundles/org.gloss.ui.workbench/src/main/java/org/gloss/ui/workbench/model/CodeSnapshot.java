package org.gloss.ui.workbench.model;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;
import org.gloss.model.Coding;

/**
 * A code with its sub-codes (parents first) and all their codings, as they were before a command
 * removed them, so that undo can add them again. Re-added entities get new ids, recorded in the
 * command context.
 */
final class CodeSnapshot {
    private final List<Code> codes;
    private final List<Coding> codings;

    private CodeSnapshot(List<Code> codes, List<Coding> codings) {
        this.codes = codes;
        this.codings = codings;
    }

    static CodeSnapshot of(ProjectSession session, long rootId) {
        List<Code> all = session.codebook().list();
        List<Code> subtree = new ArrayList<>();
        all.stream().filter(c -> c.id() == rootId).forEach(subtree::add);
        for (int i = 0; i < subtree.size(); i++) {
            long parent = subtree.get(i).id();
            all.stream().filter(c -> c.parentId() != null && c.parentId() == parent).forEach(subtree::add);
        }
        List<Coding> codings = new ArrayList<>();
        for (Code code : subtree) {
            codings.addAll(session.codings().list(new CodingFilter(null, code.id(), null)));
        }
        return new CodeSnapshot(subtree, codings);
    }

    Code root() {
        return codes.get(0);
    }

    List<Coding> codings() {
        return codings;
    }

    /** Adds the codes and codings again, parents before children. */
    void restore(CommandContext context) {
        for (Code code : codes) {
            Long parent = code.parentId() == null ? null : context.code(code.parentId());
            Code added = context.session().codebook().add(code.name(), parent, code.color(), code.description());
            context.codeRecreated(context.code(code.id()), added.id());
        }
        for (Coding coding : codings) {
            restoreCoding(context, coding, coding.codeId());
        }
    }

    static void restoreCoding(CommandContext context, Coding coding, long originalCodeId) {
        Coding added = context.session().codings().add(new NewCoding(coding.documentId(), context.code(originalCodeId),
                coding.coderId(), coding.start(), coding.end(), coding.memo()));
        context.codingRecreated(context.coding(coding.id()), added.id());
    }
}
