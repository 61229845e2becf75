package org.gloss.ui.cases.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cases.SetMembership;
import org.gloss.core.cases.SpeakerCases;
import org.gloss.model.AttributeValue;
import org.gloss.model.CaseMember;
import org.gloss.model.Document;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;

/**
 * The views' writes to cases and sets: each goes to the store and is announced as a
 * {@link Change.Kind#CASES} change, so every view follows (other processes hear it through the
 * store's change log). A refused write (a duplicate name, a range past the end) is shown, and
 * nothing is written.
 */
final class CaseEdits {
    private final WorkbenchContext context;

    CaseEdits(WorkbenchContext context) {
        this.context = context;
    }

    boolean addCase(String name, String description) {
        return write(s -> s.cases().add(name.strip(), description));
    }

    boolean addStaticSet(String name, String description) {
        return write(s -> s.sets().add(name.strip(), description, null));
    }

    boolean addSmartSet(String name, String description, String condition) {
        return write(s -> {
            SetMembership.checkedCondition(condition, s.documents().list());
            return s.sets().add(name.strip(), description, condition.strip());
        });
    }

    boolean renameCase(long id, String name) {
        return run(s -> s.cases().rename(id, name.strip()));
    }

    boolean renameSet(long id, String name) {
        return run(s -> s.sets().rename(id, name.strip()));
    }

    boolean describeCase(long id, String description) {
        return run(s -> s.cases().describe(id, description));
    }

    boolean describeSet(long id, String description) {
        return run(s -> s.sets().describe(id, description));
    }

    boolean setCondition(long id, String condition) {
        return run(s -> {
            SetMembership.checkedCondition(condition, s.documents().list());
            s.sets().setCondition(id, condition.strip());
        });
    }

    boolean removeCase(long id) {
        return run(s -> s.cases().remove(id));
    }

    boolean removeSet(long id) {
        return run(s -> s.sets().remove(id));
    }

    /** Adds members to a case in one transaction; returns how many were new (-1 when refused). */
    int addMembers(long caseId, List<CaseMember> members) {
        int[] added = {-1};
        run(s -> added[0] = s.inTransaction(() -> (int) members.stream().filter(m -> s.cases().addMember(caseId, m)).count()));
        return added[0];
    }

    boolean removeMember(long caseId, CaseMember member) {
        return run(s -> s.cases().removeMember(caseId, member));
    }

    /** Lists documents in a static set; returns how many were new (-1 when refused). */
    int addDocuments(long setId, List<Long> documents) {
        int[] added = {-1};
        run(s -> added[0] = s.inTransaction(() -> (int) documents.stream().filter(d -> s.sets().addDocument(setId, d)).count()));
        return added[0];
    }

    boolean removeDocument(long setId, long documentId) {
        return run(s -> s.sets().removeDocument(setId, documentId));
    }

    /** Sets (or with an empty value removes) a case attribute. */
    boolean setAttribute(long caseId, String key, AttributeValue value) {
        return run(s -> {
            if (value == null) {
                s.cases().removeAttribute(caseId, key);
            } else {
                s.cases().setAttribute(caseId, key, value);
            }
        });
    }

    SpeakerCases.Outcome casesFromSpeakers(List<Document> transcripts) {
        SpeakerCases.Outcome[] outcome = {null};
        run(s -> outcome[0] = SpeakerCases.fromSpeakers(s, transcripts));
        return outcome[0];
    }

    private <T> boolean write(Function<ProjectSession, T> change) {
        return run(s -> {
            change.apply(s);
        });
    }

    private boolean run(Consumer<ProjectSession> change) {
        Workspace workspace = context.workspace();
        if (workspace == null) {
            return false;
        }
        try {
            change.accept(workspace.session());
        } catch (GlossException e) {
            context.showError(e.getMessage());
            return false;
        }
        workspace.changed(Change.of(Change.Kind.CASES));
        return true;
    }
}
