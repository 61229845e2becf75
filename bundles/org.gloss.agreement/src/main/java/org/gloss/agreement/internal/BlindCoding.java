package org.gloss.agreement.internal;

import java.util.List;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.team.SharedProject;

/**
 * With blind coding on, a coder sees only their own codings: comparing them with another coder's
 * would compare with nothing and report agreement of 0 as if it were measured. Such a comparison
 * is refused, saying why; editors see every coding and compare as usual.
 */
final class BlindCoding {
    private BlindCoding() {
    }

    /** Fails if some of the coders' codings are hidden from this session. */
    static void requireVisible(ProjectSession session, List<String> coders) {
        SharedProject.of(session).filter(shared -> shared.blindCoding() && !shared.isEditor()).ifPresent(shared -> {
            List<String> hidden = coders.stream().filter(c -> !c.equals(shared.user())).toList();
            if (!hidden.isEmpty()) {
                throw new GlossException("blind coding is on: the codings of " + String.join(", ", hidden)
                        + " are hidden from you (" + shared.user() + "), so nothing can be compared with them;"
                        + " an editor can compare them, or switch blind coding off when coding is done"
                        + " (gloss server blind URL off)");
            }
        });
    }
}
