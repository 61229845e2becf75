package org.gloss.api.team;

import java.util.Optional;

import org.gloss.api.store.ProjectSession;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A capability of sessions on shared (server) projects: who is connected and the project's team
 * settings. Project files do not implement it; ask with {@link #of}.
 */
@ProviderType
public interface SharedProject {
    /** The database user this session acts as (a coder's role). */
    String user();

    /** Whether the session's user may change the codebook and the documents. */
    boolean isEditor();

    /** Whether coders see only their own codings (editors always see all). */
    boolean blindCoding();

    /** Switches blind coding on or off; editors only. */
    void setBlindCoding(boolean on);

    static Optional<SharedProject> of(ProjectSession session) {
        return session instanceof SharedProject shared ? Optional.of(shared) : Optional.empty();
    }
}
