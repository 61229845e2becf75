package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gloss.api.analysis.AnalysisSegment;
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

/**
 * The codebook hierarchy as a treemap (NVivo's hierarchy chart): each top-level code a rectangle
 * sized by its codings (or coded text) with its sub-codes, its sub-codes nested inside it, and a
 * code's own codings as a part of its own beside its sub-codes.
 */
@Component(service = ChartKind.class)
public class HierarchyChart implements ChartKind {
    private static final double HEADER = 16;

    @Override
    public String id() {
        return "hierarchy";
    }

    @Override
    public String title() {
        return "Codebook hierarchy";
    }

    @Override
    public String description() {
        return "treemap of the codebook, each code sized by its codings or coded text with its sub-codes";
    }

    @Override
    public List<ChartInput> needs() {
        return List.of();
    }

    @Override
    public List<ChartOption> options() {
        return List.of(CodeSizes.SIZE);
    }

    @Override
    public Chart draw(ChartProject project, ChartRequest request) {
        ChartSupport.check(this, request);
        List<CodeSizes.Node> tree = CodeSizes.tree(project, request);
        Map<String, Rgb> colours = ChartSupport.codeColours(project.session());
        String title = title() + " (sized by " + CodeSizes.unit(request) + ")";
        String note = ChartSupport.note(request.filter(), "a code's size includes its sub-codes'");
        SceneBuilder scene = new SceneBuilder(request.width(), request.height());
        Frame.Plot plot = Frame.draw(scene, title, note, List.of(), 0);
        List<ChartItem> items = new ArrayList<>();
        place(scene, tree, plot.x(), plot.y(), plot.width(), plot.height(), colours, items);
        return new Chart(id(), title, note, items, scene.build());
    }

    private static void place(SceneBuilder scene, List<CodeSizes.Node> nodes, double x, double y, double w, double h,
                              Map<String, Rgb> colours, List<ChartItem> items) {
        List<Treemap.Box> boxes = Treemap.layout(nodes.stream().map(CodeSizes.Node::size).toList(), x, y, w, h);
        for (int i = 0; i < nodes.size(); i++) {
            CodeSizes.Node node = nodes.get(i);
            Treemap.Box box = boxes.get(i);
            Rgb colour = colours.getOrDefault(node.code(), Palette.NEUTRAL_CODE).mix(Rgb.WHITE, Math.min(0.6, 0.2 * node.depth()));
            ChartItem item = ChartItem.of("code:" + node.code(), node.code(), List.of(node.code()), List.of(), null, node.size());
            items.add(item);
            scene.rect(box.x(), box.y(), box.width(), box.height(), colour, Rgb.WHITE, item.id());
            double labelSize = Math.min(12, Math.max(0, box.height() - 4));
            if (labelSize >= 7 && box.width() > 24) {
                String label = TextWidth.fit(node.code() + " (" + Frame.value(node.size()) + ")", labelSize, box.width() - 8);
                scene.text(box.x() + 4, box.y() + labelSize + 2, label, labelSize, node.depth() == 0, Anchor.START,
                        SceneBuilder.textOn(colour), item.id());
            }
            if (!node.children().isEmpty() && box.height() > HEADER + 8 && box.width() > 16) {
                // the children share the box below the header, with the code's own codings as one more part
                List<CodeSizes.Node> parts = new ArrayList<>(node.children());
                double inner = box.height() - HEADER - 3;
                double scaleOwn = node.own() / node.size();
                double childWidth = box.width() - 6;
                double childHeight = inner * (1 - scaleOwn);
                if (scaleOwn < 1) {
                    place(scene, parts, box.x() + 3, box.y() + HEADER, childWidth, childHeight, colours, items);
                }
            }
        }
    }

    @Override
    public List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item) {
        return new FrequenciesChart().segments(project, request.withOption("value", "codings").withOption("subcodes", "rollup")
                .withOption("by", "none"), item);
    }
}
