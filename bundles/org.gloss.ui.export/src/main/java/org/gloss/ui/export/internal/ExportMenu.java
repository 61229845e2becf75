package org.gloss.ui.export.internal;

import org.gloss.api.exporter.Exporter;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Keeps File &gt; Export in step with the exporters installed now: for every {@link Exporter}
 * service it registers one menu item (the workbench puts it in the Export submenu), and withdraws
 * it when the exporter goes, e.g. when its plugin jar is removed from {@code plugins/} while the
 * workbench runs.
 */
@Component(immediate = true)
public class ExportMenu {
    private final ExportDialogs dialogs = new FxExportDialogs();
    private final ActionRegistrations<Exporter> items = new ActionRegistrations<>(e -> new ExportAction(e, dialogs));

    @Activate
    void activate(BundleContext context) {
        items.activate(context);
    }

    @Deactivate
    void deactivate() {
        items.deactivate();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExporter(Exporter exporter) {
        items.add(exporter);
    }

    void removeExporter(Exporter exporter) {
        items.remove(exporter);
    }
}
