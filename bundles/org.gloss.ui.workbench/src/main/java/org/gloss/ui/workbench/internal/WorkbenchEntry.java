package org.gloss.ui.workbench.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.store.ProjectCheck;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.store.ProjectStoreProvider;
import org.gloss.core.project.ProjectStores;
import org.gloss.ui.workbench.api.ActionContribution;
import org.gloss.ui.workbench.api.DocumentViewFactory;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.internal.shell.Contributions;
import org.gloss.ui.workbench.internal.shell.FxThread;
import org.gloss.ui.workbench.internal.shell.ProjectOpener;
import org.gloss.ui.workbench.internal.shell.WorkbenchSettings;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The workbench entry point: the launcher finds it as a {@code Function<String[], Integer>} with
 * {@code gloss.entry=gui} (plain Java types, like the command line), calls it with
 * {@code [PROJECT]}, and it returns when the window closes. Nothing JavaFX happens before that
 * call, so command-line runs, which never call it, pay nothing for the workbench.
 */
@Component(service = Function.class, property = "gloss.entry=gui")
public class WorkbenchEntry implements Function<String[], Integer>, ProjectOpener {
    private final Contributions contributions = new Contributions();
    private final List<ProjectStoreProvider> stores = new CopyOnWriteArrayList<>();
    private final List<ProjectCheck> checks = new CopyOnWriteArrayList<>();

    @Override
    public Integer apply(String[] args) {
        FxThread.ensureStarted();
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
            WorkbenchSettings settings = WorkbenchSettings.forUser();
            WorkbenchWindow window = new WorkbenchWindow(stage, contributions, this, settings);
            // an exception escaping an event handler is a bug: it is logged and shown, never lost
            Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> window.showFailure("handling an action", failure));
            stage.show();
            FirstPaint.report(stage.getScene());
            if (args.length > 0) {
                // a server project is a URL (postgresql://...), a project file a path
                window.openProject(args[0].contains("://") ? args[0] : Path.of(args[0]).toAbsolutePath().toString());
            } else {
                // a server may be down or slow to answer: its project is offered on the welcome
                // page rather than opened before the window can be used
                settings.lastProject().filter(last -> !WorkbenchSettings.isServerLocation(last))
                        .ifPresent(window::openProject);
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    @Override
    public ProjectSession open(String location) {
        return ProjectStores.providerFor(stores, location).open(location);
    }

    @Override
    public ProjectSession create(String location) {
        return ProjectStores.providerFor(stores, location).create(location);
    }

    @Override
    public List<String> quickCheck(String location) {
        return checks.stream().filter(c -> c.handles(location)).findFirst().map(c -> c.check(location, true))
                .orElse(List.of());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(ProjectCheck check) {
        checks.add(check);
    }

    void removeCheck(ProjectCheck check) {
        checks.remove(check);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStore(ProjectStoreProvider store) {
        stores.add(store);
    }

    void removeStore(ProjectStoreProvider store) {
        stores.remove(store);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution view) {
        contributions.addView(view);
    }

    void removeView(ViewContribution view) {
        contributions.removeView(view);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAction(ActionContribution action) {
        contributions.addAction(action);
    }

    void removeAction(ActionContribution action) {
        contributions.removeAction(action);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addImporter(DocumentImporter importer) {
        contributions.importers().add(importer);
    }

    void removeImporter(DocumentImporter importer) {
        contributions.importers().remove(importer);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setDocumentViews(DocumentViewFactory factory) {
        contributions.setDocumentViews(factory);
    }

    void unsetDocumentViews(DocumentViewFactory factory) {
        contributions.unsetDocumentViews(factory);
    }
}
