package org.gloss.cli.internal.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.model.Code;
import org.gloss.model.CodeTree;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

class CodeTreeJsonTest {
    private static String json(List<Code> codes, Map<Long, Integer> counts) {
        StringWriter text = new StringWriter();
        CodeTreeJson.write(new PrintWriter(text), new CodeTree(codes).preorder(Comparator.comparing(Code::name)), counts);
        return text.toString();
    }

    @Test
    void theJsonIsTheNestedTreeItAlwaysWas() throws Exception {
        List<Code> codes = List.of(new Code(1, "economy", null, "#112233", "money"), new Code(2, "two-way road", 1L, null, null),
                new Code(3, "debt", 1L, null, null), new Code(4, "other", null, null, null));
        // what `code list --json` printed before: nested maps through Jackson databind
        List<Map<String, Object>> expected = List.of(
                node(codes.get(0), 0, List.of(node(codes.get(2), 5, List.of()), node(codes.get(1), 0, List.of()))),
                node(codes.get(3), 0, List.of()));
        String before = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(expected) + "\n";
        assertThat(json(codes, Map.of(3L, 5))).isEqualTo(before.replace("\n", System.lineSeparator()));
        assertThat(json(List.of(), Map.of()).strip()).isEqualTo("[ ]");
    }

    private static Map<String, Object> node(Code code, int codings, List<Map<String, Object>> children) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", code.name());
        node.put("id", code.id());
        node.put("color", code.color());
        node.put("description", code.description());
        node.put("codings", codings);
        node.put("children", children);
        return node;
    }

    @Test
    void aSixHundredLevelCodebookFromBeforeTheLimitIsStillListed() throws Exception {
        // databind stopped at its nesting limit of 1,000 (exit 3 and a 2,000-line trace)
        List<Code> codes = new ArrayList<>();
        for (long id = 1; id <= 600; id++) {
            codes.add(new Code(id, "level " + id, id == 1 ? null : id - 1, null, null));
        }
        String text = json(codes, Map.of(600L, 1));
        ObjectMapper reader = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(5_000).build()).build());
        JsonNode node = reader.readTree(text).get(0);
        int levels = 1;
        while (!node.get("children").isEmpty()) {
            node = node.get("children").get(0);
            levels++;
        }
        assertThat(levels).isEqualTo(600);
        assertThat(node.get("name").asText()).isEqualTo("level 600");
        assertThat(node.get("codings").asInt()).isEqualTo(1);
    }
}
