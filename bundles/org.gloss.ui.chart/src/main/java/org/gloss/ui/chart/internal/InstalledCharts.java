package org.gloss.ui.chart.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartWriter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The chart kinds and chart file writers installed now: a plugin's kind joins the views' choosers
 * when its bundle starts and leaves when it stops. Listeners are told on the thread that changed
 * the list (a framework thread), so views hand the news to the FX thread.
 */
@Component(service = InstalledCharts.class)
public class InstalledCharts {
    private final List<ChartKind> kinds = new CopyOnWriteArrayList<>();
    private final List<ChartWriter> writers = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public InstalledCharts() {
    }

    /** With fixed lists, for tests. */
    InstalledCharts(List<ChartKind> kinds, List<ChartWriter> writers) {
        this.kinds.addAll(kinds);
        this.writers.addAll(writers);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKind(ChartKind kind) {
        kinds.add(kind);
        listeners.forEach(Runnable::run);
    }

    void removeKind(ChartKind kind) {
        kinds.remove(kind);
        listeners.forEach(Runnable::run);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addWriter(ChartWriter writer) {
        writers.add(writer);
    }

    void removeWriter(ChartWriter writer) {
        writers.remove(writer);
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The kinds by title, as the chooser lists them. */
    List<ChartKind> kinds() {
        return kinds.stream().sorted(Comparator.comparing(ChartKind::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** A writer of files with this extension ("svg", "png"). */
    Optional<ChartWriter> writer(String format) {
        return writers.stream().filter(w -> w.formats().contains(format)).findFirst();
    }

    /** Every format some writer writes, SVG and PNG first. */
    List<String> formats() {
        return writers.stream().flatMap(w -> w.formats().stream()).distinct()
                .sorted(Comparator.comparingInt((String f) -> f.equals("svg") ? 0 : f.equals("png") ? 1 : 2).thenComparing(f -> f))
                .toList();
    }
}
