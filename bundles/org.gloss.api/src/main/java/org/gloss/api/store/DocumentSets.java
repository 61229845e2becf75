package org.gloss.api.store;

import java.util.List;
import java.util.Optional;

import org.gloss.model.DocumentSet;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The project's sets of documents (and codes), static or smart. The store keeps a smart set's
 * condition as written; {@code org.gloss.core.cases} reads and evaluates it. Set names are unique
 * within a project. Sets belong to the codebook side of a project: on a server only editors
 * change them. Removing a set never removes its documents or codes; removing a document or code
 * removes it from every set.
 */
@ProviderType
public interface DocumentSets {
    /** Every set, by name. */
    List<DocumentSet> list();

    Optional<DocumentSet> find(String name);

    Optional<DocumentSet> byId(long id);

    /** The set with this name; an unknown name is a {@link org.gloss.api.error.GlossException}. */
    DocumentSet get(String name);

    /**
     * Adds a set; its name must be new and not blank.
     *
     * @param condition a smart set's condition (checked by the caller), or null for a static set
     */
    DocumentSet add(String name, String description, String condition);

    void rename(long setId, String newName);

    void describe(long setId, String description);

    /** Makes the set smart with this condition, or static (null); a static set's members stay listed. */
    void setCondition(long setId, String condition);

    /** Removes the set; its documents and codes stay. */
    void remove(long setId);

    /** Lists a document in the set; false when it was already listed. */
    boolean addDocument(long setId, long documentId);

    /** Takes a document off the set's list; false when it was not listed. */
    boolean removeDocument(long setId, long documentId);

    /** Lists a code in the set; false when it was already listed. */
    boolean addCode(long setId, long codeId);

    boolean removeCode(long setId, long codeId);
}
