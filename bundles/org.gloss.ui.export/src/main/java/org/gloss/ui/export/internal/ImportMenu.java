package org.gloss.ui.export.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gloss.api.exchange.CodebookImporter;
import org.gloss.api.exchange.ProjectImporter;
import org.gloss.api.store.ProjectStoreProvider;
import org.gloss.core.project.ProjectStores;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * File &gt; Import project (a whole project from another tool, e.g. REFI-QDA {@code .qdpx}, into a
 * new project file) and File &gt; Import codebook (e.g. {@code .qdc} into the open project): one
 * menu item per importer installed now.
 */
@Component(immediate = true)
public class ImportMenu {
    private final List<ProjectStoreProvider> stores = new CopyOnWriteArrayList<>();
    private final ImportDialogs dialogs = new FxImportDialogs();
    private final ActionRegistrations<ProjectImporter> projectItems = new ActionRegistrations<>(
            importer -> new ImportProjectAction(importer, dialogs,
                    location -> ProjectStores.providerFor(stores, location).create(location)));
    private final ActionRegistrations<CodebookImporter> codebookItems = new ActionRegistrations<>(
            importer -> new ImportCodebookAction(importer, dialogs));

    @Activate
    void activate(BundleContext context) {
        projectItems.activate(context);
        codebookItems.activate(context);
    }

    @Deactivate
    void deactivate() {
        projectItems.deactivate();
        codebookItems.deactivate();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStore(ProjectStoreProvider store) {
        stores.add(store);
    }

    void removeStore(ProjectStoreProvider store) {
        stores.remove(store);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProjectImporter(ProjectImporter importer) {
        projectItems.add(importer);
    }

    void removeProjectImporter(ProjectImporter importer) {
        projectItems.remove(importer);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCodebookImporter(CodebookImporter importer) {
        codebookItems.add(importer);
    }

    void removeCodebookImporter(CodebookImporter importer) {
        codebookItems.remove(importer);
    }
}
