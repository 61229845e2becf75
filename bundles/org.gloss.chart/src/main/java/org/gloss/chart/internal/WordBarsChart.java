package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.WordCount;
import org.gloss.api.analysis.WordFrequencies;
import org.gloss.api.analysis.WordTable;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartInput;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartOption;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.Rgb;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The most frequent words as horizontal bars, most frequent first: the word cloud's figures, readable exactly. */
@Component(service = ChartKind.class)
public class WordBarsChart implements ChartKind {
    static final int DEFAULT_TOP = 25;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
    private volatile WordFrequencies words;

    public WordBarsChart() {
    }

    /** With a given word-frequency service (tests have no service registry). */
    public WordBarsChart(WordFrequencies words) {
        this.words = words;
    }

    @Override
    public String id() {
        return "wordbars";
    }

    @Override
    public String title() {
        return "Word frequencies";
    }

    @Override
    public String description() {
        return "bars of the most frequent words (stemmed forms grouped, stop words out)";
    }

    @Override
    public List<ChartInput> needs() {
        return List.of();
    }

    @Override
    public List<ChartOption> options() {
        return Words.OPTIONS;
    }

    @Override
    public Chart draw(ChartProject project, ChartRequest request) {
        ChartSupport.check(this, request);
        WordTable table = Words.count(words, project, request, DEFAULT_TOP);
        String code = request.option("code", null);
        Rgb colour = code == null ? Palette.series(0)
                : ChartSupport.codeColours(project.session()).getOrDefault(project.session().codebook().get(code).name(), Palette.NEUTRAL_CODE);
        List<ChartItem> items = new ArrayList<>();
        List<Bars.Bar> bars = new ArrayList<>();
        for (WordCount word : table.words()) {
            ChartItem item = ChartItem.of("word:" + word.stem(), word.word(), code == null ? List.of() : List.of(code), List.of(), null, word.count());
            items.add(item);
            String label = word.forms().size() > 1 ? word.word() + " (" + word.forms().size() + " forms)" : word.word();
            bars.add(new Bars.Bar(label, null, List.of(new Bars.Part(item.id(), word.count(), colour)), Double.NaN, Double.NaN));
        }
        String title = title() + " (" + Words.scope(request) + ")";
        String note = ChartSupport.note(request.filter(), String.format(java.util.Locale.ROOT, "%,d words counted, %,d distinct",
                table.totalWords(), table.distinct()));
        SceneBuilder scene = new SceneBuilder(request.width(), request.height());
        Frame.Plot plot = Frame.draw(scene, title, note, List.of(), Bars.AXIS_ROOM);
        Bars.draw(scene, plot, bars, 0, Math.max(1, items.stream().mapToDouble(ChartItem::value).max().orElse(1)), "occurrences", false);
        return new Chart(id(), title, note, items, scene.build());
    }

    @Override
    public List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item) {
        return Words.occurrences(words, project, request, item);
    }
}
