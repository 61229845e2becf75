package org.gloss.api.store;

import java.util.List;
import java.util.Optional;

import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The project's cases and their attributes (the classification sheet). Case names are unique
 * within a project. Cases belong to the codebook side of a project: on a server only editors
 * change them. Removing a case, or a member, never removes a document or a coding; removing a
 * document removes it from every case.
 */
@ProviderType
public interface Cases {
    /** Every case with its attributes and members, by name. */
    List<Case> list();

    Optional<Case> find(String name);

    Optional<Case> byId(long id);

    /** The case with this name; an unknown name is a {@link org.gloss.api.error.GlossException}. */
    Case get(String name);

    /** Adds a case without members; its name must be new and not blank. */
    Case add(String name, String description);

    /** Renames a case; the new name must be free. */
    void rename(long caseId, String newName);

    void describe(long caseId, String description);

    /** Removes the case with its attributes and members; documents and codings stay. */
    void remove(long caseId);

    /**
     * Adds a member: a whole document, or a range inside the document's text (else an error naming
     * the document). Returns false when the case already has exactly this member.
     */
    boolean addMember(long caseId, CaseMember member);

    /** Removes exactly this member; returns false when the case did not have it. */
    boolean removeMember(long caseId, CaseMember member);

    void setAttribute(long caseId, String key, AttributeValue value);

    void removeAttribute(long caseId, String key);
}
