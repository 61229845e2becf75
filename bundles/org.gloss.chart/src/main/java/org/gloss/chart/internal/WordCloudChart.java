package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.gloss.api.chart.Scene.Anchor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The word cloud: the most frequent words (stemmed forms grouped under their most frequent form,
 * stop words left out), each written with a size by its count, placed from the centre outwards
 * along a spiral where it overlaps no word placed before. Horizontal only, so every word reads.
 */
@Component(service = ChartKind.class)
public class WordCloudChart implements ChartKind {
    static final int DEFAULT_TOP = 80;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
    private volatile WordFrequencies words;

    public WordCloudChart() {
    }

    /** With a given word-frequency service (tests have no service registry). */
    public WordCloudChart(WordFrequencies words) {
        this.words = words;
    }

    @Override
    public String id() {
        return "wordcloud";
    }

    @Override
    public String title() {
        return "Word cloud";
    }

    @Override
    public String description() {
        return "the most frequent words, sized by count (stemmed forms grouped, stop words out)";
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
        Map<String, Rgb> colours = ChartSupport.codeColours(project.session());
        Rgb codeColour = code == null ? null : colours.getOrDefault(project.session().codebook().get(code).name(), Palette.NEUTRAL_CODE);
        String title = title() + " (" + Words.scope(request) + ")";
        String note = ChartSupport.note(request.filter(), String.format(java.util.Locale.ROOT, "%,d words counted, %,d distinct",
                table.totalWords(), table.distinct()));
        SceneBuilder scene = new SceneBuilder(request.width(), request.height());
        Frame.Plot plot = Frame.draw(scene, title, note, List.of(), 0);
        List<ChartItem> items = new ArrayList<>();
        long max = table.words().stream().mapToLong(WordCount::count).max().orElse(1);
        long min = table.words().stream().mapToLong(WordCount::count).min().orElse(1);
        double biggest = Math.min(64, plot.height() / 6);
        double smallest = Math.max(9, biggest / 6);
        List<double[]> placed = new ArrayList<>();
        double cx = plot.x() + plot.width() / 2;
        double cy = plot.y() + plot.height() / 2;
        for (int rank = 0; rank < table.words().size(); rank++) {
            WordCount word = table.words().get(rank);
            double share = max == min ? 1 : Math.sqrt((double) (word.count() - min) / (max - min));
            double size = smallest + (biggest - smallest) * share;
            // a margin of a third of the size around each word: estimated widths must not let words touch
            double w = TextWidth.of(word.word(), size) + size * 0.35;
            double h = size * 1.2;
            double[] box = place(placed, cx, cy, w, h, plot);
            if (box == null) {
                continue;
            }
            placed.add(box);
            ChartItem item = ChartItem.of("word:" + word.stem(), word.word(), code == null ? List.of() : List.of(code), List.of(), null, word.count());
            items.add(item);
            Rgb colour = codeColour != null ? codeColour.mix(Rgb.BLACK, 0.25 * (1 - share)) : Palette.series(rank % 6).mix(Rgb.BLACK, 0.15);
            scene.text(box[0] + w / 2, box[1] + size * 0.9, word.word(), size, rank < 3, Anchor.MIDDLE, colour, item.id());
        }
        return new Chart(id(), title, note, items, scene.build());
    }

    /** The first free box of w x h along an Archimedean spiral from the centre, or null when none fits in the plot. */
    static double[] place(List<double[]> placed, double cx, double cy, double w, double h, Frame.Plot plot) {
        double aspect = plot.width() / Math.max(1, plot.height());
        for (double t = 0; t < 600; t += 0.12) {
            double r = 2.2 * t;
            double x = cx + r * Math.cos(t) * aspect - w / 2;
            double y = cy + r * Math.sin(t) - h / 2;
            if (x < plot.x() || y < plot.y() || x + w > plot.right() || y + h > plot.bottom()) {
                if (r * Math.min(1, aspect) > Math.max(plot.width(), plot.height())) {
                    return null;
                }
                continue;
            }
            boolean free = true;
            for (double[] b : placed) {
                if (x < b[0] + b[2] && b[0] < x + w && y < b[1] + b[3] && b[1] < y + h) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return new double[] {x, y, w, h};
            }
        }
        return null;
    }

    @Override
    public List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item) {
        return Words.occurrences(words, project, request, item);
    }
}
