package org.gloss.ui.workbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coding;
import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memos are on the undo stack: writing or clearing one is a step of its own, and undoing the
 * removal of a code or coding (or a merge) gives back the memos the store deleted with it.
 */
class MemoUndoTest {
    @TempDir
    Path dir;
    private Path project;
    private Workspace workspace;
    private long doc;

    @BeforeEach
    void open() {
        project = dir.resolve("p.gloss");
        ProjectSession session = new SqliteStoreProvider().create(project.toString());
        doc = session.documents().add(new NewDocument("interview", "We worry about the debt. Be open about the contracts.")).id();
        session.codebook().add("debt concern", null, "#D1495B", null);
        session.codebook().add("transparency", null, "#2E86AB", null);
        workspace = new Workspace(session, "aida");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** What another process would read from the project file now. */
    private Optional<String> storedMemo(MemoTarget target, long id) {
        try (ProjectSession other = new SqliteStoreProvider().open(project.toString())) {
            return other.memos().find(target, id).map(Memo::text);
        }
    }

    private long code(String name) {
        return workspace.code(name).orElseThrow().id();
    }

    private Coding onlyCoding() {
        return workspace.session().codings().list(CodingFilter.ALL).get(0);
    }

    @Test
    void writingAndClearingAMemoAreUndoSteps() {
        workspace.editMemo(MemoTarget.DOCUMENT, doc, "first reading", "document interview");
        workspace.editMemo(MemoTarget.DOCUMENT, doc, "second reading", "document interview");
        assertThat(storedMemo(MemoTarget.DOCUMENT, doc)).contains("second reading");
        assertThat(workspace.undo()).contains("memo on document interview");
        assertThat(storedMemo(MemoTarget.DOCUMENT, doc)).contains("first reading");
        workspace.undo();
        assertThat(storedMemo(MemoTarget.DOCUMENT, doc)).isEmpty();
        workspace.redo();
        workspace.redo();
        assertThat(storedMemo(MemoTarget.DOCUMENT, doc)).contains("second reading");

        workspace.editMemo(MemoTarget.DOCUMENT, doc, "  ", "document interview");
        assertThat(storedMemo(MemoTarget.DOCUMENT, doc)).isEmpty();
        assertThat(workspace.undo()).contains("remove memo on document interview");
        assertThat(storedMemo(MemoTarget.DOCUMENT, doc)).contains("second reading");
    }

    @Test
    void listenersHearOfAMemoAfterTheStoreHasIt() {
        java.util.List<String> heard = new java.util.ArrayList<>();
        workspace.addListener(change -> {
            if (change.kind() == Change.Kind.MEMOS) {
                heard.add(storedMemo(MemoTarget.PROJECT, 0).orElse("none"));
            }
        });
        workspace.editMemo(MemoTarget.PROJECT, 0, "project memo", "the project");
        workspace.undo();
        assertThat(heard).containsExactly("project memo", "none");
    }

    @Test
    void undoingTheRemovalOfACodingGivesBackItsMemo() {
        workspace.applyCode(doc, code("debt concern"), 3, 23);
        Coding coding = onlyCoding();
        workspace.editMemo(MemoTarget.CODING, coding.id(), "strong wording", "coding");
        workspace.execute(new RemoveCoding(coding));
        assertThat(storedMemo(MemoTarget.CODING, coding.id())).isEmpty();
        workspace.undo();
        Coding again = onlyCoding();
        assertThat(storedMemo(MemoTarget.CODING, again.id())).contains("strong wording");
        // the memo command follows the coding to its new id
        workspace.undo();
        assertThat(storedMemo(MemoTarget.CODING, again.id())).isEmpty();
    }

    @Test
    void undoingRemoveCodeGivesBackTheMemosOfTheCodeAndItsCodings() {
        long debt = code("debt concern");
        workspace.applyCode(doc, debt, 3, 23);
        long coding = onlyCoding().id();
        workspace.editMemo(MemoTarget.CODE, debt, "money worries", "code debt concern");
        workspace.editMemo(MemoTarget.CODING, coding, "said twice", "coding");
        workspace.execute(new RemoveCode(debt, "debt concern"));
        workspace.undo();
        long debtAgain = code("debt concern");
        assertThat(storedMemo(MemoTarget.CODE, debtAgain)).contains("money worries");
        assertThat(storedMemo(MemoTarget.CODING, onlyCoding().id())).contains("said twice");
    }

    @Test
    void undoingAMergeGivesBackTheMemoOfTheMergedCode() {
        long debt = code("debt concern");
        workspace.editMemo(MemoTarget.CODE, debt, "money worries", "code debt concern");
        workspace.execute(new MergeCodes(debt, code("transparency"), "debt concern", "transparency"));
        assertThat(workspace.code("debt concern")).isEmpty();
        workspace.undo();
        assertThat(storedMemo(MemoTarget.CODE, code("debt concern"))).contains("money worries");
    }
}
