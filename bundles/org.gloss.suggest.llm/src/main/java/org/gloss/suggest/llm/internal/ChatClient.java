package org.gloss.suggest.llm.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One request of the OpenAI-compatible chat-completions protocol, as Ollama, llama.cpp's server,
 * vLLM and hosted services speak it: a system message and a user message in, the first choice's
 * message content out. Deterministic settings (temperature 0, the seed) and a JSON answer are
 * asked for. Every failure becomes one {@link org.gloss.api.error.GlossException} naming the
 * endpoint. Safe to use from several threads.
 */
final class ChatClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXCERPT = 160;

    private final LlmSettings settings;
    private final long seed;
    private final HttpClient http;

    ChatClient(LlmSettings settings, long seed) {
        this.settings = settings;
        this.seed = seed;
        // HTTP/1.1: local servers do not speak HTTP/2, and an upgrade attempt confuses some of them
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The model's answer to the instruction and the text; {@code where} says what was asked about, for messages. */
    String complete(String instruction, String text, String where) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint()).timeout(settings.timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(instruction, text), StandardCharsets.UTF_8));
        if (settings.apiKey() != null) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw LlmErrors.unreachable(settings.endpoint(), "no connection within " + settings.timeoutText());
        } catch (HttpTimeoutException e) {
            throw LlmErrors.timedOut(settings.endpoint(), settings.timeoutText(), where);
        } catch (ConnectException e) {
            throw LlmErrors.unreachable(settings.endpoint(), e.getMessage() == null ? "connection refused" : message(e));
        } catch (IOException e) {
            throw LlmErrors.lost(settings.endpoint(), message(e), where);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LlmErrors.interrupted();
        }
        if (response.statusCode() != 200) {
            throw LlmErrors.httpStatus(settings.endpoint(), response.statusCode(), errorMessage(response.body()));
        }
        return content(response.body());
    }

    private String body(String instruction, String text) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("model", settings.model());
        body.put("messages", List.of(Map.of("role", "system", "content", instruction),
                Map.of("role", "user", "content", "Text:\n" + text)));
        body.put("temperature", 0);
        body.put("seed", seed);
        body.put("response_format", Map.of("type", "json_object"));
        body.put("stream", false);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // plain maps and strings always serialise
        }
    }

    /** choices[0].message.content of a completion. */
    private String content(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw LlmErrors.notACompletion(settings.endpoint(), excerpt(body));
        }
        JsonNode content = root == null ? null : root.path("choices").path(0).path("message").path("content");
        if (content == null || !content.isTextual()) {
            throw LlmErrors.notACompletion(settings.endpoint(), excerpt(body));
        }
        return content.asText();
    }

    /** The server's error message ({"error": {"message": ...}} or {"error": "..."}), or the body's start. */
    private static String errorMessage(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.isTextual()) {
                return excerpt(error.asText());
            }
            if (error.path("message").isTextual()) {
                return excerpt(error.path("message").asText());
            }
        } catch (JsonProcessingException | NullPointerException e) {
            // not JSON: show the text
        }
        return excerpt(body == null ? "" : body);
    }

    private static String message(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    static String excerpt(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        int length = one.codePointCount(0, one.length());
        return length <= EXCERPT ? one : one.substring(0, one.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
