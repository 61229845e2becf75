package org.gloss.ui.workbench.model;

import java.util.List;

import org.gloss.api.error.GlossException;
import org.gloss.model.Code;
import org.gloss.model.Coding;

/**
 * Merges one code into another (its codings and sub-codes move to the target). Undo adds the
 * source code again and gives back its codings, including those the store dropped as duplicates,
 * and its sub-codes.
 */
public final class MergeCodes implements UndoableCommand {
    private final long sourceId;
    private final long targetId;
    private final String label;
    private Code source;
    private List<Coding> sourceCodings;
    private List<Code> children;

    public MergeCodes(long sourceId, long targetId, String sourceName, String targetName) {
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.label = "merge '" + sourceName + "' into '" + targetName + "'";
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void execute(CommandContext context) {
        long current = context.code(sourceId);
        source = context.session().codebook().byId(current).orElseThrow(() -> new GlossException("the code no longer exists"));
        sourceCodings = CodeSnapshotCodings.of(context.session(), current);
        children = context.session().codebook().list().stream()
                .filter(c -> c.parentId() != null && c.parentId() == current).toList();
        context.session().codebook().merge(current, context.code(targetId));
    }

    @Override
    public void undo(CommandContext context) {
        Long parent = source.parentId();
        Code again = context.session().codebook().add(source.name(), parent, source.color(), source.description());
        context.codeRecreated(context.code(sourceId), again.id());
        for (Coding coding : sourceCodings) {
            long currentCoding = context.coding(coding.id());
            if (context.session().codings().byId(currentCoding).isPresent()) {
                context.session().codings().update(currentCoding, again.id(), null, null, null);
            } else {
                CodeSnapshot.restoreCoding(context, coding, sourceId);
            }
        }
        for (Code child : children) {
            context.session().codebook().move(context.code(child.id()), again.id());
        }
    }

    @Override
    public Change change() {
        return Change.of(Change.Kind.CODEBOOK);
    }
}
