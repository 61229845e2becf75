package org.gloss.ui.document.internal;

import java.nio.file.Path;

import javafx.stage.Stage;

import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.ui.workbench.internal.shell.Contributions;
import org.gloss.ui.workbench.internal.shell.ProjectOpener;
import org.gloss.ui.workbench.internal.shell.WorkbenchSettings;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.gloss.ui.workbench.internal.views.CodebookView;
import org.gloss.ui.workbench.internal.views.CodedSegmentsView;
import org.gloss.ui.workbench.internal.views.MemoView;
import org.gloss.ui.workbench.internal.views.ProjectExplorerView;

/**
 * The real workbench window on a real SQLite project, with the contributions the OSGi runtime
 * would register added by hand (tests run without a framework).
 */
final class TestWorkbench {
    static final String CODER = "tester";

    private TestWorkbench() {
    }

    static Path createProject(Path dir, String documentName, String text) {
        Path project = dir.resolve("project.gloss");
        try (ProjectSession session = new SqliteStoreProvider().create(project.toString())) {
            session.documents().add(new NewDocument(documentName, text));
            session.codebook().add("debt concern", null, "#D1495B", null);
            session.codebook().add("transparency", null, "#2E86AB", null);
        }
        return project;
    }

    static ProjectSession open(Path project) {
        return new SqliteStoreProvider().open(project.toString());
    }

    static WorkbenchWindow open(Stage stage, Path dir, Path project) {
        return open(stage, dir, project, java.util.function.UnaryOperator.identity());
    }

    /** With importers, as the OSGi runtime would register them. */
    static WorkbenchWindow open(Stage stage, Path dir, Path project, java.util.List<org.gloss.api.importer.DocumentImporter> importers) {
        return open(stage, dir, project, java.util.function.UnaryOperator.identity(), importers);
    }

    static WorkbenchWindow open(Stage stage, Path dir, Path project, java.util.function.UnaryOperator<ProjectSession> sessions) {
        return open(stage, dir, project, sessions, java.util.List.of());
    }

    /** @param sessions wraps each session the window opens (the benchmark times the store through it) */
    static WorkbenchWindow open(Stage stage, Path dir, Path project, java.util.function.UnaryOperator<ProjectSession> sessions,
                                java.util.List<org.gloss.api.importer.DocumentImporter> importers) {
        Contributions contributions = new Contributions();
        contributions.importers().addAll(importers);
        contributions.setDocumentViews(new DocumentViews());
        contributions.addView(new ProjectExplorerView());
        contributions.addView(new CodebookView());
        contributions.addView(new CodedSegmentsView());
        contributions.addView(new MemoView());
        contributions.addView(new org.gloss.ui.workbench.internal.views.MemosView());
        SqliteStoreProvider store = new SqliteStoreProvider();
        ProjectOpener opener = new ProjectOpener() {
            @Override
            public ProjectSession open(String location) {
                return sessions.apply(store.open(location));
            }

            @Override
            public ProjectSession create(String location) {
                return sessions.apply(store.create(location));
            }
        };
        WorkbenchSettings settings = new WorkbenchSettings(dir.resolve("workbench.properties"));
        settings.remember(project == null ? "" : project.toString(), CODER);
        WorkbenchWindow window = new WorkbenchWindow(stage, contributions, opener, settings);
        stage.show();
        if (project != null) {
            window.openProject(project.toString());
        }
        return window;
    }
}
