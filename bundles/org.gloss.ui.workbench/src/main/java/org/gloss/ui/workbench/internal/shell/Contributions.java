package org.gloss.ui.workbench.internal.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gloss.api.importer.DocumentImporter;
import org.gloss.ui.workbench.api.ActionContribution;
import org.gloss.ui.workbench.api.DocumentViewFactory;
import org.gloss.ui.workbench.api.ViewContribution;

/**
 * The contributions known right now, as observable lists changed only on the FX thread: the OSGi
 * component feeds it from service events, tests feed it directly.
 */
public final class Contributions {
    private final ObservableList<ViewContribution> views = FXCollections.observableArrayList();
    private final ObservableList<ActionContribution> actions = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentViewFactory> documentViews = new SimpleObjectProperty<>();
    private final java.util.List<DocumentImporter> importers = new java.util.concurrent.CopyOnWriteArrayList<>();


    /** Told after the workbench adds documents (the search index follows). */

    /** The document importers installed now (their extensions make the import dialog's filters). */
    public java.util.List<DocumentImporter> importers() {
        return importers;
    }

    public ObservableList<ViewContribution> views() {
        return views;
    }

    public ObservableList<ActionContribution> actions() {
        return actions;
    }

    public ObjectProperty<DocumentViewFactory> documentViews() {
        return documentViews;
    }

    public void addView(ViewContribution view) {
        FxThread.run(() -> views.add(view));
    }

    public void removeView(ViewContribution view) {
        FxThread.run(() -> views.remove(view));
    }

    public void addAction(ActionContribution action) {
        FxThread.run(() -> actions.add(action));
    }

    public void removeAction(ActionContribution action) {
        FxThread.run(() -> actions.remove(action));
    }

    public void setDocumentViews(DocumentViewFactory factory) {
        FxThread.run(() -> documentViews.set(factory));
    }

    public void unsetDocumentViews(DocumentViewFactory factory) {
        FxThread.run(() -> {
            if (documentViews.get() == factory) {
                documentViews.set(null);
            }
        });
    }
}
