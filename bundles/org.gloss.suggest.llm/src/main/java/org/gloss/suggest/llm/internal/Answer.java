package org.gloss.suggest.llm.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A model's answer read as the JSON the instruction asks for: {@code {"codings": [{"code", "quote",
 * "reason"}]}}, or the bare list. Code fences and a reasoning model's {@code <think>} section
 * around the JSON are tolerated; anything else that is not that JSON is malformed (null).
 */
final class Answer {
    /** One proposed coding as the model wrote it; a field it left out is null. */
    record Proposal(String code, String quote, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Answer() {
    }

    /** The proposals, or null when the content is not the JSON asked for. */
    static List<Proposal> read(String content) {
        String json = content.replaceAll("(?s)<think>.*?</think>", "").strip();
        if (json.startsWith("```")) {
            json = json.replaceFirst("^```[A-Za-z]*\\s*", "").replaceFirst("\\s*```\\s*$", "");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
        JsonNode list = root == null ? null : root.isArray() ? root : root.get("codings");
        if (list == null || !list.isArray()) {
            return null;
        }
        List<Proposal> proposals = new ArrayList<>();
        for (JsonNode item : list) {
            proposals.add(new Proposal(text(item, "code"), text(item, "quote"), text(item, "reason")));
        }
        return proposals;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
