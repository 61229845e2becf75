package org.gloss.ui.analysis.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gloss.api.exporter.TableExporter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The table exporters installed now (CSV, XLSX, a plugin's), as the views' Export menus list them:
 * a service of this bundle only, so that every view sees the same list.
 */
@Component(service = InstalledTableExporters.class)
public class InstalledTableExporters {
    private final List<TableExporter> exporters = new CopyOnWriteArrayList<>();

    public InstalledTableExporters() {
    }

    /** With a fixed list, for tests. */
    InstalledTableExporters(List<TableExporter> fixed) {
        exporters.addAll(fixed);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExporter(TableExporter exporter) {
        exporters.add(exporter);
    }

    void removeExporter(TableExporter exporter) {
        exporters.remove(exporter);
    }

    List<TableExporter> now() {
        return List.copyOf(exporters);
    }
}
