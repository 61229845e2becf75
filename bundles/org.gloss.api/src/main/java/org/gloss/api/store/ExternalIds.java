package org.gloss.api.store;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Identifiers other tools gave a project's objects (REFI-QDA GUIDs), kept when a project is
 * imported so that exporting it again names every object as the other tool did, and that tool
 * recognises them. An object that is removed takes its identifier with it.
 */
@ProviderType
public interface ExternalIds {
    /** The objects that can carry one; a coding carries two in REFI-QDA (its selection's and its own). */
    enum Kind { CODER, CODE, DOCUMENT, SELECTION, CODING, MEMO, CASE, SET }

    /** Gives the object (by its id in the store) its external identifier, replacing any it had. */
    void put(Kind kind, long id, String externalId);

    /** Every object of that kind that has an external identifier: id to identifier. */
    Map<Long, String> all(Kind kind);

    /** For stores that keep none: nothing is remembered, exports make their own identifiers. */
    ExternalIds NONE = new ExternalIds() {
        @Override
        public void put(Kind kind, long id, String externalId) {
            // kept nowhere
        }

        @Override
        public Map<Long, String> all(Kind kind) {
            return Map.of();
        }
    };
}
