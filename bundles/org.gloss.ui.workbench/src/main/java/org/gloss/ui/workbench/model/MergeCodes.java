package org.gloss.ui.workbench.model;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.error.GlossException;
import org.gloss.model.Code;

/**
 * Merges one code into another (its codings and sub-codes move to the target). Undo adds the
 * source code again and gives back its codings, including those the store dropped as duplicates,
 * and its sub-codes, and the memos on the source code and on dropped codings.
 */
public final class MergeCodes implements UndoableCommand {
    private final long sourceIdAtCreation;
    private final long targetIdAtCreation;
    private final String label;
    private Long sourceHandle;
    private long targetHandle;
    private Code source;
    private java.util.Optional<SavedMemo> sourceMemo;
    private Long sourceParentHandle;
    private List<CodeSnapshot.SavedCoding> sourceCodings;
    private List<CodeSnapshot.SavedCoding> targetCodings;
    private List<CodeSnapshot.SavedCoding> dropped;
    private List<Long> childHandles;

    public MergeCodes(long sourceId, long targetId, String sourceName, String targetName) {
        this.sourceIdAtCreation = sourceId;
        this.targetIdAtCreation = targetId;
        this.label = "merge '" + sourceName + "' into '" + targetName + "'";
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void execute(CommandContext context) {
        if (sourceHandle == null) {
            sourceHandle = context.codeHandle(sourceIdAtCreation);
            targetHandle = context.codeHandle(targetIdAtCreation);
        }
        long current = context.code(sourceHandle);
        source = context.session().codebook().byId(current).orElseThrow(() -> new GlossException("the code no longer exists"));
        sourceParentHandle = source.parentId() == null ? null : context.codeHandle(source.parentId());
        sourceMemo = SavedMemo.of(context, org.gloss.model.MemoTarget.CODE, current);
        sourceCodings = CodeSnapshot.codingsOf(context, current);
        targetCodings = CodeSnapshot.codingsOf(context, context.code(targetHandle));
        childHandles = context.session().codebook().list().stream()
                .filter(c -> c.parentId() != null && c.parentId() == current)
                .map(c -> context.codeHandle(c.id())).toList();
        context.session().codebook().merge(current, context.code(targetHandle));
        context.codeGone(sourceHandle);
        // the store keeps one of two equal codings (same coder and span), which may be the target's
        dropped = new ArrayList<>();
        List<CodeSnapshot.SavedCoding> both = new ArrayList<>(sourceCodings);
        both.addAll(targetCodings);
        for (CodeSnapshot.SavedCoding saved : both) {
            if (context.session().codings().byId(context.coding(saved.handle())).isEmpty()) {
                dropped.add(saved);
                context.codingGone(saved.handle());
            }
        }
    }

    @Override
    public void undo(CommandContext context) {
        Long parent = sourceParentHandle == null ? null : context.code(sourceParentHandle);
        Code again = context.session().codebook().add(source.name(), parent, source.color(), source.description());
        context.codeNowAt(sourceHandle, again.id());
        sourceMemo.ifPresent(m -> m.writeOn(context, org.gloss.model.MemoTarget.CODE, again.id()));
        for (CodeSnapshot.SavedCoding saved : sourceCodings) {
            if (dropped.contains(saved)) {
                CodeSnapshot.restore(context, saved);
            } else {
                context.session().codings().update(context.coding(saved.handle()), again.id(), null, null, null);
            }
        }
        for (CodeSnapshot.SavedCoding saved : targetCodings) {
            if (dropped.contains(saved)) {
                CodeSnapshot.restore(context, saved);
            }
        }
        for (long child : childHandles) {
            context.session().codebook().move(context.code(child), again.id());
        }
    }

    @Override
    public Change change() {
        return Change.of(Change.Kind.CODEBOOK);
    }
}
