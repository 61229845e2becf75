package org.gloss.suggest.llm.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small OpenAI-compatible chat-completions server for tests (JDK's HttpServer on a free port of
 * the loopback): every request is recorded, and a behaviour decides the answer to each.
 */
final class FakeChatServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request as received: its JSON body and the Authorization header (null if none). */
    record Request(JsonNode body, String authorization, String path) {
        String system() {
            return body.path("messages").path(0).path("content").asText();
        }

        /** The text sent (the user message without its "Text:" line). */
        String text() {
            return body.path("messages").path(1).path("content").asText().replaceFirst("^Text:\n", "");
        }
    }

    /** What the server does with one request. */
    interface Behaviour {
        void answer(Request request, HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeChatServer(Behaviour behaviour) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (exchange) {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                Request request = new Request(body, exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestURI().getPath());
                requests.add(request);
                behaviour.answer(request, exchange);
            }
        });
        server.start();
    }

    /** A server whose model answers with the proposals the function makes of each request. */
    static FakeChatServer answering(Function<Request, String> content) throws IOException {
        return new FakeChatServer((request, exchange) -> respond(exchange, 200, completion(content.apply(request))));
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
    }

    /** A chat completion whose message content is {@code content}. */
    static String completion(String content) {
        try {
            return JSON.writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion", "model", "test",
                    "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                            "message", Map.of("role", "assistant", "content", content)))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {"codings": [...]} of (code, quote, reason) triples. */
    static String codings(List<List<String>> proposals) {
        try {
            return JSON.writeValueAsString(Map.of("codings", proposals.stream()
                    .map(p -> Map.of("code", p.get(0), "quote", p.get(1), "reason", p.get(2))).toList()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
