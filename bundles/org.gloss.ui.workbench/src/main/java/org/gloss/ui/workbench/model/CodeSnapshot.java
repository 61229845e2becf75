package org.gloss.ui.workbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.model.Code;
import org.gloss.model.Coding;
import org.gloss.model.MemoTarget;

/**
 * Codes and codings, with their memos, as they were before a command removed them, by handle, so
 * that undo can add them again (under new ids, recorded for their handles).
 */
final class CodeSnapshot {
    /** A code and the handles of it and its parent. */
    record SavedCode(long handle, Long parentHandle, Code code, Optional<SavedMemo> memo) {
    }

    /** A coding and the handles of it and its code. */
    record SavedCoding(long handle, long codeHandle, Coding coding, Optional<SavedMemo> memo) {
    }

    private final List<SavedCode> codes;
    private final List<SavedCoding> codings;

    private CodeSnapshot(List<SavedCode> codes, List<SavedCoding> codings) {
        this.codes = codes;
        this.codings = codings;
    }

    /** A code with its sub-codes (parents first) and all their codings. */
    static CodeSnapshot subtree(CommandContext context, long rootId) {
        List<Code> all = context.session().codebook().list();
        List<Code> subtree = new ArrayList<>();
        all.stream().filter(c -> c.id() == rootId).forEach(subtree::add);
        for (int i = 0; i < subtree.size(); i++) {
            long parent = subtree.get(i).id();
            all.stream().filter(c -> c.parentId() != null && c.parentId() == parent).forEach(subtree::add);
        }
        List<SavedCode> codes = new ArrayList<>();
        List<SavedCoding> codings = new ArrayList<>();
        for (Code code : subtree) {
            codes.add(new SavedCode(context.codeHandle(code.id()),
                    code.parentId() == null ? null : context.codeHandle(code.parentId()), code,
                    SavedMemo.of(context, MemoTarget.CODE, code.id())));
            codings.addAll(codingsOf(context, code.id()));
        }
        return new CodeSnapshot(codes, codings);
    }

    static List<SavedCoding> codingsOf(CommandContext context, long codeId) {
        List<SavedCoding> saved = new ArrayList<>();
        for (Coding coding : context.session().codings().list(new CodingFilter(null, codeId, null))) {
            saved.add(new SavedCoding(context.codingHandle(coding.id()), context.codeHandle(coding.codeId()), coding,
                    SavedMemo.of(context, MemoTarget.CODING, coding.id())));
        }
        return saved;
    }

    /** Forgets the ids of everything in the snapshot (the store just removed it). */
    void gone(CommandContext context) {
        codings.forEach(c -> context.codingGone(c.handle()));
        codes.forEach(c -> context.codeGone(c.handle()));
    }

    /** Adds the codes and codings again, parents before children. */
    void restore(CommandContext context) {
        for (SavedCode saved : codes) {
            Code code = saved.code();
            Long parent = saved.parentHandle() == null ? null : context.code(saved.parentHandle());
            Code added = context.session().codebook().add(code.name(), parent, code.color(), code.description());
            context.codeNowAt(saved.handle(), added.id());
            saved.memo().ifPresent(m -> m.writeOn(context, MemoTarget.CODE, added.id()));
        }
        codings.forEach(c -> restore(context, c));
    }

    static void restore(CommandContext context, SavedCoding saved) {
        Coding coding = saved.coding();
        Coding added = context.session().codings().add(new NewCoding(coding.documentId(), context.code(saved.codeHandle()),
                coding.coderId(), coding.start(), coding.end(), coding.memo()));
        context.codingNowAt(saved.handle(), added.id());
        saved.memo().ifPresent(m -> m.writeOn(context, MemoTarget.CODING, added.id()));
    }
}
