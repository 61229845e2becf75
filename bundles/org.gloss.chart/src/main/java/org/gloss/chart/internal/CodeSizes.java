package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.analysis.CodeMatrix;
import org.gloss.api.analysis.MatrixColumns;
import org.gloss.api.analysis.MatrixRequest;
import org.gloss.api.analysis.MatrixValue;
import org.gloss.api.analysis.Percentages;
import org.gloss.api.chart.ChartOption;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.model.Code;

/**
 * The codebook as a tree sized for the treemap and the sunburst: a code's size is its own value
 * (its codings, or the code points they cover: the engine's code matrix row totals) plus its
 * sub-codes' sizes. For codings that is the engine's "with sub-codes" count exactly; for coded text
 * a passage coded with a code and its sub-code counts for each.
 */
final class CodeSizes {
    static final ChartOption SIZE = new ChartOption("value", "what sizes a code: its codings or its coded text (code points)",
            List.of("segments", "text"), "segments");

    /** One code of the tree. */
    record Node(String code, int depth, double own, double size, List<Node> children) {
    }

    private CodeSizes() {
    }

    /** The top-level codes with their sub-code trees, in codebook order; codes of size 0 left out. */
    static List<Node> tree(ChartProject project, ChartRequest request) {
        boolean text = request.option("value", "segments").equals("text");
        // the row totals of the code x coder matrix: each code's own codings or coded code points in the filter
        CodeMatrix matrix = project.analysis().matrix(new MatrixRequest(List.of(), false, MatrixColumns.CODERS, null,
                text ? MatrixValue.CHARS : MatrixValue.SEGMENTS, Percentages.NONE, request.filter()));
        Map<String, Double> own = new LinkedHashMap<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            own.put(matrix.rows().get(r), matrix.rowTotals().get(r));
        }
        Map<Long, List<Code>> children = new HashMap<>();
        for (Code code : project.session().codebook().list()) {
            children.computeIfAbsent(code.parentId(), k -> new ArrayList<>()).add(code);
        }
        Map<String, Integer> order = new HashMap<>();
        int i = 0;
        for (String code : own.keySet()) {
            order.put(code, i++);
        }
        return nodes(children, null, 0, own, order);
    }

    private static List<Node> nodes(Map<Long, List<Code>> children, Long parent, int depth, Map<String, Double> own, Map<String, Integer> order) {
        List<Node> nodes = new ArrayList<>();
        List<Code> codes = new ArrayList<>(children.getOrDefault(parent, List.of()));
        codes.sort(java.util.Comparator.comparingInt(c -> order.getOrDefault(c.name(), Integer.MAX_VALUE)));
        for (Code code : codes) {
            List<Node> below = nodes(children, code.id(), depth + 1, own, order);
            double value = own.getOrDefault(code.name(), 0.0);
            double size = value + below.stream().mapToDouble(Node::size).sum();
            if (size > 0) {
                nodes.add(new Node(code.name(), depth, value, size, below));
            }
        }
        return nodes;
    }

    static String unit(ChartRequest request) {
        return request.option("value", "segments").equals("text") ? "coded text (code points)" : "codings";
    }
}
