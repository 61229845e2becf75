package org.gloss.ui.workbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;
import org.gloss.model.Coding;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench view model on a real SQLite project, without any UI. */
class WorkspaceTest {
    @TempDir
    Path dir;
    private Path project;
    private Workspace workspace;
    private long doc;

    @BeforeEach
    void open() {
        project = dir.resolve("p.gloss");
        SqliteStoreProvider store = new SqliteStoreProvider();
        ProjectSession session = store.create(project.toString());
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
    private List<Coding> storedCodings() {
        try (ProjectSession other = new SqliteStoreProvider().open(project.toString())) {
            return other.codings().list(CodingFilter.ALL);
        }
    }

    private List<String> storedCodes() {
        try (ProjectSession other = new SqliteStoreProvider().open(project.toString())) {
            return other.codebook().list().stream().map(Code::name).toList();
        }
    }

    private long code(String name) {
        return workspace.code(name).orElseThrow().id();
    }

    @Test
    void applyUndoRedoAreStoredImmediately() {
        workspace.applyCode(doc, code("debt concern"), 3, 23);
        assertThat(storedCodings()).singleElement().satisfies(c -> {
            assertThat(c.start()).isEqualTo(3);
            assertThat(c.end()).isEqualTo(23);
            assertThat(c.coderId()).isEqualTo(workspace.coder().id());
        });
        assertThat(workspace.undo()).contains("code 'debt concern'");
        assertThat(storedCodings()).isEmpty();
        assertThat(workspace.redo()).isPresent();
        assertThat(storedCodings()).hasSize(1);
        assertThat(workspace.redo()).isEmpty();
    }

    @Test
    void listenersHearAboutACodingOnlyAfterTheStoreHasIt() {
        List<Integer> seenInStore = new ArrayList<>();
        workspace.addListener(change -> {
            if (change.kind() == Change.Kind.CODINGS) {
                seenInStore.add(storedCodings().size());
            }
        });
        workspace.applyCode(doc, code("debt concern"), 3, 23);
        assertThat(seenInStore).containsExactly(1);
    }

    /** Opening a project as someone is not a change to it: the coder is added with their first coding. */
    @Test
    void theCurrentCoderIsAddedToTheProjectOnlyWithTheirFirstCoding() {
        String name = workspace.coderName();
        workspace.close();
        try (ProjectSession session = new SqliteStoreProvider().open(project.toString())) {
            Workspace fresh = new Workspace(session, "newcomer");
            assertThat(session.coders().find("newcomer")).isEmpty();
            assertThat(fresh.coderName()).isEqualTo("newcomer");
            List<Change.Kind> heard = new ArrayList<>();
            fresh.addListener(change -> heard.add(change.kind()));
            fresh.applyCode(doc, fresh.code("debt concern").orElseThrow().id(), 3, 23);
            assertThat(session.coders().find("newcomer")).isPresent();
            assertThat(heard).containsExactly(Change.Kind.CODERS, Change.Kind.CODINGS);
        }
        assertThat(name).isNotBlank();
    }

    @Test
    void aNewNameCreatesTheCodeAndUndoRemovesBothInOneStep() {
        workspace.applyCode(doc, "openness", 25, 52);
        assertThat(storedCodes()).contains("openness");
        assertThat(storedCodings()).singleElement().satisfies(c -> assertThat(c.codeId()).isEqualTo(code("openness")));
        workspace.undo();
        assertThat(storedCodes()).doesNotContain("openness");
        assertThat(storedCodings()).isEmpty();
        workspace.redo();
        assertThat(storedCodes()).contains("openness");
        assertThat(storedCodings()).singleElement().satisfies(c -> assertThat(c.codeId()).isEqualTo(code("openness")));
    }

    @Test
    void undoFollowsEntitiesThatWereAddedAgainUnderNewIds() {
        workspace.applyCode(doc, code("debt concern"), 3, 23);
        Coding added = storedCodings().get(0);
        workspace.execute(UpdateCoding.extent(added, 0, 23));
        workspace.execute(new RemoveCoding(storedCodings().get(0)));
        assertThat(storedCodings()).isEmpty();
        workspace.undo(); // the coding comes back with a new id
        assertThat(storedCodings()).singleElement().satisfies(c -> assertThat(c.start()).isZero());
        workspace.undo(); // the extent change must find it under its new id
        assertThat(storedCodings()).singleElement().satisfies(c -> assertThat(c.start()).isEqualTo(3));
        workspace.undo(); // and so must undoing the first coding
        assertThat(storedCodings()).isEmpty();
        workspace.redo();
        workspace.redo();
        workspace.redo();
        assertThat(storedCodings()).isEmpty();
        workspace.undo();
        assertThat(storedCodings()).singleElement().satisfies(c -> assertThat(c.start()).isZero());
    }

    @Test
    void recodeAndItsUndo() {
        workspace.applyCode(doc, code("debt concern"), 3, 23);
        workspace.execute(UpdateCoding.recode(storedCodings().get(0), code("transparency"), "transparency"));
        assertThat(storedCodings().get(0).codeId()).isEqualTo(code("transparency"));
        workspace.undo();
        assertThat(storedCodings().get(0).codeId()).isEqualTo(code("debt concern"));
    }

    @Test
    void renameMoveAndColourAreUndoable() {
        long debt = code("debt concern");
        workspace.execute(EditCode.rename(debt, "debt worry"));
        workspace.execute(EditCode.move(debt, code("transparency")));
        workspace.execute(EditCode.recolor(debt, "#000000"));
        assertThat(workspace.code(debt).orElseThrow()).satisfies(c -> {
            assertThat(c.name()).isEqualTo("debt worry");
            assertThat(c.parentId()).isEqualTo(code("transparency"));
            assertThat(c.color()).isEqualTo("#000000");
        });
        workspace.undo();
        workspace.undo();
        workspace.undo();
        assertThat(workspace.code(debt).orElseThrow()).satisfies(c -> {
            assertThat(c.name()).isEqualTo("debt concern");
            assertThat(c.parentId()).isNull();
            assertThat(c.color()).isEqualTo("#D1495B");
        });
        assertThat(storedCodes()).contains("debt concern").doesNotContain("debt worry");
    }

    @Test
    void undoingAMergeGivesBackTheCodeItsCodingsAndTheDuplicatesTheStoreDropped() {
        long debt = code("debt concern");
        long transparency = code("transparency");
        workspace.applyCode(doc, debt, 3, 23);
        workspace.applyCode(doc, debt, 25, 52);
        workspace.applyCode(doc, transparency, 25, 52); // same coder and span: a duplicate after the merge
        workspace.execute(new AddCode("sub", debt, "#123456"));
        workspace.execute(new MergeCodes(debt, transparency, "debt concern", "transparency"));
        assertThat(storedCodes()).doesNotContain("debt concern");
        assertThat(storedCodings()).hasSize(2);
        workspace.undo();
        long again = code("debt concern");
        assertThat(storedCodings()).extracting(Coding::codeId).containsExactlyInAnyOrder(again, again, transparency);
        assertThat(workspace.code("sub").orElseThrow().parentId()).isEqualTo(again);
        workspace.redo();
        assertThat(storedCodes()).doesNotContain("debt concern");
        assertThat(storedCodings()).hasSize(2);
    }

    @Test
    void undoingRemoveCodeRestoresItsSubCodesAndCodings() {
        long debt = code("debt concern");
        workspace.execute(new AddCode("sub", debt, "#123456"));
        workspace.applyCode(doc, debt, 3, 23);
        workspace.applyCode(doc, code("sub"), 5, 10);
        workspace.execute(new RemoveCode(debt, "debt concern"));
        assertThat(storedCodes()).containsExactly("transparency");
        assertThat(storedCodings()).isEmpty();
        workspace.undo();
        assertThat(storedCodes()).containsExactlyInAnyOrder("debt concern", "sub", "transparency");
        assertThat(workspace.code("sub").orElseThrow().parentId()).isEqualTo(code("debt concern"));
        assertThat(storedCodings()).extracting(Coding::start).containsExactlyInAnyOrder(3, 5);
        workspace.redo();
        assertThat(storedCodings()).isEmpty();
    }

    @Test
    void aFailingCommandChangesNothingAndStaysOffTheStack() {
        workspace.applyCode(doc, code("debt concern"), 3, 23);
        assertThatThrownBy(() -> workspace.execute(EditCode.rename(code("debt concern"), "transparency")))
                .isInstanceOf(GlossException.class);
        assertThat(workspace.undoLabel()).contains("code 'debt concern'");
        assertThatThrownBy(() -> workspace.applyCode(doc, code("debt concern"), 40, 400)).isInstanceOf(GlossException.class);
        assertThat(storedCodings()).hasSize(1);
    }

    @Test
    void filtersHideCodesAndCodersAndRecentCodesAreNewestFirst() {
        workspace.applyCode(doc, code("debt concern"), 3, 23);
        workspace.applyCode(doc, code("transparency"), 25, 52);
        assertThat(workspace.recentCodes()).extracting(Code::name).containsExactly("transparency", "debt concern");
        workspace.showCode(code("transparency"), false);
        assertThat(workspace.visibleCodings(doc)).singleElement().satisfies(c -> assertThat(c.codeId()).isEqualTo(code("debt concern")));
        workspace.switchCoder("ben");
        workspace.applyCode(doc, code("debt concern"), 0, 2);
        workspace.showCoder(workspace.coders().stream().filter(c -> c.name().equals("aida")).findFirst().orElseThrow().id(), false);
        assertThat(workspace.visibleCodings(doc)).singleElement().satisfies(c -> assertThat(c.start()).isZero());
    }

    @Test
    void codingsFromOtherSessionsAreNotLost() {
        try (ProjectSession other = new SqliteStoreProvider().open(project.toString())) {
            other.codings().add(new NewCoding(doc, code("debt concern"), workspace.coder().id(), 0, 2, null));
        }
        workspace.applyCode(doc, code("transparency"), 25, 52);
        assertThat(storedCodings()).hasSize(2);
    }
}
