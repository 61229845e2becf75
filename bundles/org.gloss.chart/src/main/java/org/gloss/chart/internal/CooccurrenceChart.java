package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CooccurrenceInstance;
import org.gloss.api.analysis.CooccurrencePair;
import org.gloss.api.analysis.CooccurrenceTable;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartInput;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartOption;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.Rgb;
import org.osgi.service.component.annotations.Component;

/**
 * Code co-occurrence as a heat map: codes on both axes in codebook order, each cell shaded by the
 * engine's co-occurrence measure for that pair and its value written in it. The table is symmetric;
 * both cells of a pair stand for one item.
 */
@Component(service = ChartKind.class)
public class CooccurrenceChart implements ChartKind {
    @Override
    public String id() {
        return "cooccurrence";
    }

    @Override
    public String title() {
        return "Code co-occurrence";
    }

    @Override
    public String description() {
        return "heat map of how often codes occur together (pairs of segments, documents, c-coefficient or Jaccard)";
    }

    @Override
    public List<ChartInput> needs() {
        return List.of();
    }

    @Override
    public List<ChartOption> options() {
        return List.of(Cooccurrences.MEASURE, Cooccurrences.PROXIMITY);
    }

    @Override
    public Chart draw(ChartProject project, ChartRequest request) {
        ChartSupport.check(this, request);
        String measure = request.option("measure", "pairs");
        CooccurrenceTable table = project.analysis().cooccurrence(Cooccurrences.request(request));
        Map<String, Rgb> colours = ChartSupport.codeColours(project.session());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.codes().size(); i++) {
            index.put(table.codes().get(i), i);
        }
        List<ChartItem> items = new ArrayList<>();
        List<HeatMap.Cell> cells = new ArrayList<>();
        for (CooccurrencePair pair : table.pairs()) {
            double value = Cooccurrences.value(pair, measure);
            ChartItem item = ChartItem.of("pair:" + pair.a() + "|" + pair.b(), pair.a() + " × " + pair.b(), List.of(pair.a(), pair.b()),
                    List.of(), null, value);
            items.add(item);
            int a = index.get(pair.a());
            int b = index.get(pair.b());
            String text = Cooccurrences.text(value, measure);
            cells.add(new HeatMap.Cell(a, b, value, text, item.id()));
            cells.add(new HeatMap.Cell(b, a, value, text, item.id()));
        }
        String proximity = request.option("proximity", "overlap");
        String title = title() + " (" + Cooccurrences.label(measure) + ")";
        String note = ChartSupport.note(request.filter(), "together: " + proximity);
        SceneBuilder scene = new SceneBuilder(request.width(), request.height());
        Frame.Plot plot = Frame.draw(scene, title, note, List.of(), 0);
        HeatMap.draw(scene, plot, table.codes(), table.codes().stream().map(c -> colours.getOrDefault(c, Palette.NEUTRAL_CODE)).toList(),
                table.codes(), cells, false);
        return new Chart(id(), title, note, items, scene.build());
    }

    @Override
    public List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item) {
        List<AnalysisSegment> segments = new ArrayList<>();
        for (CooccurrenceInstance pair : project.analysis().cooccurrences(Cooccurrences.request(request), item.codes().get(0),
                item.codes().get(1))) {
            segments.add(pair.a());
            segments.add(pair.b());
        }
        return segments;
    }
}
