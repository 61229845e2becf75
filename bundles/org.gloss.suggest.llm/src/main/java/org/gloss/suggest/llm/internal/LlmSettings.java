package org.gloss.suggest.llm.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gloss.core.suggest.SuggestErrors;

/**
 * The language model to ask, read from the suggester options ({@code gloss suggest --endpoint ...}).
 * The API key is read from the environment variable the user names and held only in memory.
 *
 * @param endpoint the chat-completions URL requests are posted to
 * @param apiKey   sent as a bearer token; null for none
 * @param examples coded segments shown per code
 * @param chunk    the most code points of text per request (whole units; a longer unit goes alone)
 */
record LlmSettings(URI endpoint, String model, String apiKey, int examples, Duration timeout, int chunk) {
    static final int DEFAULT_EXAMPLES = 2;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    static final int DEFAULT_CHUNK = 6000;
    static final int MIN_CHUNK = 200;
    private static final Set<String> OPTIONS = Set.of("endpoint", "model", "api-key-env", "examples", "timeout", "chunk");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    static LlmSettings of(Map<String, String> options, Function<String, String> environment) {
        for (String name : options.keySet()) {
            if (!OPTIONS.contains(name)) {
                throw SuggestErrors.optionNotTaken(LlmSuggester.ID, name);
            }
        }
        String endpoint = options.get("endpoint");
        if (endpoint == null || endpoint.isBlank()) {
            throw LlmErrors.noEndpoint();
        }
        String model = options.get("model");
        if (model == null || model.isBlank()) {
            throw LlmErrors.noModel();
        }
        String apiKey = null;
        String variable = options.get("api-key-env");
        if (variable != null) {
            apiKey = environment.apply(variable);
            if (apiKey == null || apiKey.isBlank()) {
                throw LlmErrors.missingApiKey(variable);
            }
        }
        return new LlmSettings(chatCompletions(endpoint.strip()), model.strip(), apiKey,
                number(options, "examples", DEFAULT_EXAMPLES, 0),
                options.containsKey("timeout") ? duration(options.get("timeout")) : DEFAULT_TIMEOUT,
                number(options, "chunk", DEFAULT_CHUNK, MIN_CHUNK));
    }

    /** The URL as given when it ends in /chat/completions; else the server's /v1/chat/completions. */
    static URI chatCompletions(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw LlmErrors.badEndpoint(endpoint);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw LlmErrors.badEndpoint(endpoint);
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        if (path.endsWith("/chat/completions")) {
            return uri;
        }
        String full = path.endsWith("/v1") ? path + "/chat/completions" : path + "/v1/chat/completions";
        try {
            return new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), uri.getPort(), full, uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw LlmErrors.badEndpoint(endpoint);
        }
    }

    /** The endpoint as recorded with suggestions: without any user name or password in it. */
    String recordedEndpoint() {
        try {
            return new URI(endpoint.getScheme(), null, endpoint.getHost(), endpoint.getPort(), endpoint.getPath(), null, null)
                    .toString();
        } catch (URISyntaxException e) {
            return endpoint.getHost();
        }
    }

    /** "60 s" or "500 ms", as messages show the timeout. */
    String timeoutText() {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private static int number(Map<String, String> options, String name, int fallback, int min) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min) {
                throw LlmErrors.badNumber(name, value, min);
            }
            return n;
        } catch (NumberFormatException e) {
            throw LlmErrors.badNumber(name, value, min);
        }
    }

    /** 90 or 90s (seconds), 5m, 500ms; more than zero. */
    static Duration duration(String value) {
        Matcher m = DURATION.matcher(value.strip());
        if (!m.matches()) {
            throw LlmErrors.badTimeout(value);
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw LlmErrors.badTimeout(value);
        }
        String unit = m.group(2) == null ? "s" : m.group(2);
        Duration d = switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.isZero()) {
            throw LlmErrors.badTimeout(value);
        }
        return d;
    }
}
