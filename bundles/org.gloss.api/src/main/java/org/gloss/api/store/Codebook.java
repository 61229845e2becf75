package org.gloss.api.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gloss.model.Code;
import org.osgi.annotation.versioning.ProviderType;

/** The project's codes and their hierarchy. Code names are unique within a project. */
@ProviderType
public interface Codebook {
    List<Code> list();

    Optional<Code> find(String name);

    Optional<Code> byId(long id);

    /** The code with this name; an unknown name is a {@link org.gloss.api.error.GlossException}. */
    Code get(String name);

    /**
     * Adds a code; {@code parentId}, {@code color} and {@code description} may be null. A code
     * added without a colour gets one: the store takes the next colour of the palette made for
     * telling codes apart that no code has yet (see {@code org.gloss.core.project.CodePalette}).
     */
    Code add(String name, Long parentId, String color, String description);

    void rename(long codeId, String newName);

    /** Moves a code under another (or to the top level with null); refuses cycles. */
    void move(long codeId, Long newParentId);

    void update(long codeId, String color, String description);

    /**
     * Merges {@code sourceId} into {@code targetId}: its codings and sub-codes move to the target
     * and the source code is removed. Returns the number of codings moved.
     */
    int merge(long sourceId, long targetId);

    /**
     * Removes a code. Without {@code force} it refuses while codings or sub-codes exist; with it,
     * removes the code's codings and its sub-codes (with theirs).
     */
    void remove(long codeId, boolean force);

    /** Number of codings per code id (codes without codings are absent). */
    Map<Long, Integer> codingCounts();
}
