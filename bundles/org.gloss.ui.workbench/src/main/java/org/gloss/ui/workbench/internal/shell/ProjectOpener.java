package org.gloss.ui.workbench.internal.shell;

import java.nio.file.Path;
import java.util.List;

import org.gloss.api.store.ProjectCheck;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.store.ProjectStoreProvider;
import org.gloss.core.project.DemoProject;

/** How the shell opens and creates projects, and builds the demo project (the OSGi services, or a test's). */
public interface ProjectOpener {
    ProjectSession open(String location);

    ProjectSession create(String location);

    /** Opens and creates projects in one store, e.g. a test's SQLite files. */
    static ProjectOpener of(ProjectStoreProvider store) {
        return new ProjectOpener() {
            @Override
            public ProjectSession open(String location) {
                return store.open(location);
            }

            @Override
            public ProjectSession create(String location) {
                return store.create(location);
            }
        };
    }

    /**
     * What a quick check finds wrong with the project (SQLite's quick check and Gloss's
     * invariants); empty when nothing is, or when no installed store checks such projects.
     * Slow on large projects: call it off the FX thread.
     */
    default List<String> quickCheck(String location) {
        return List.of();
    }

    /** Opens and creates projects in one store and checks them with a store's check. */
    static ProjectOpener of(ProjectStoreProvider store, ProjectCheck check) {
        ProjectOpener plain = of(store);
        return new ProjectOpener() {
            @Override
            public ProjectSession open(String location) {
                return plain.open(location);
            }

            @Override
            public ProjectSession create(String location) {
                return plain.create(location);
            }

            @Override
            public List<String> quickCheck(String location) {
                return check.handles(location) ? check.check(location, true) : List.of();
            }
        };
    }

    /** Builds the demo project ({@link DemoProject}) in a new file in the temporary folder and returns it. */
    default Path buildDemo() {
        Path demo = Path.of(System.getProperty("java.io.tmpdir"),
                "gloss-demo-" + System.getProperty("user.name") + "-" + System.currentTimeMillis() + ".gloss");
        try (ProjectSession session = create(demo.toString())) {
            DemoProject.fill(session);
        }
        return demo;
    }
}
