package org.gloss.core.exchange;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.gloss.api.exporter.Exporter;

/** Chooses among the exporters registered now. */
public final class Exporters {
    private Exporters() {
    }

    /** The exporter with this id (case-insensitive). */
    public static Exporter byId(Collection<Exporter> exporters, String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return exporters.stream().filter(e -> e.id().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> ExchangeErrors.unknownFormat(id, sorted(exporters).stream().map(Exporter::id).toList()));
    }

    public static List<Exporter> sorted(Collection<Exporter> exporters) {
        return exporters.stream().sorted(Comparator.comparing(Exporter::id)).toList();
    }
}
