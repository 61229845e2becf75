package org.gloss.ui.export.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.exporter.Exporter;
import org.gloss.ui.workbench.api.ActionContribution;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Keeps File &gt; Export in step with the exporters installed now: for every {@link Exporter}
 * service it registers one {@link ActionContribution} (the workbench puts it in the Export
 * submenu), and withdraws it when the exporter goes, e.g. when its plugin jar is removed from
 * {@code plugins/} while the workbench runs.
 */
@Component(immediate = true)
public class ExportMenu {
    private final Map<Exporter, ServiceRegistration<ActionContribution>> items = new IdentityHashMap<>();
    private final List<Exporter> exporters = new ArrayList<>();
    private final ExportDialogs dialogs = new FxExportDialogs();
    private BundleContext bundle;

    @Activate
    synchronized void activate(BundleContext context) {
        bundle = context;
        exporters.forEach(this::register);
    }

    @Deactivate
    synchronized void deactivate() {
        items.values().forEach(ExportMenu::unregisterQuietly);
        items.clear();
        bundle = null;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addExporter(Exporter exporter) {
        exporters.add(exporter);
        if (bundle != null) {
            register(exporter);
        }
    }

    synchronized void removeExporter(Exporter exporter) {
        exporters.remove(exporter);
        ServiceRegistration<ActionContribution> item = items.remove(exporter);
        if (item != null) {
            unregisterQuietly(item);
        }
    }

    private void register(Exporter exporter) {
        items.put(exporter, bundle.registerService(ActionContribution.class, new ExportAction(exporter, dialogs), null));
    }

    private static void unregisterQuietly(ServiceRegistration<ActionContribution> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping and the framework already withdrew it
        }
    }
}
