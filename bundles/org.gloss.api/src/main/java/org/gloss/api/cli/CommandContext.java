package org.gloss.api.cli;

import java.io.PrintWriter;
import java.util.List;

import org.gloss.api.store.ProjectSession;
import org.osgi.annotation.versioning.ProviderType;

/** What a contributed command may use while it runs. */
@ProviderType
public interface CommandContext {
    /** Opens an existing project at a location (file path or URL). */
    ProjectSession openProject(String location);

    /** Creates a project; fails if one exists there. */
    ProjectSession createProject(String location);

    /** The services of a type that are registered now, in ranking order. */
    <S> List<S> services(Class<S> type);

    PrintWriter out();

    PrintWriter err();
}
