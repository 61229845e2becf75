package org.gloss.suggest.llm.internal;

import java.net.URI;

import org.gloss.api.error.GlossException;

/** The user-facing errors of the language-model suggester: each names the endpoint and what to do. */
final class LlmErrors {
    private LlmErrors() {
    }

    static GlossException noEndpoint() {
        return new GlossException("the llm suggester needs --endpoint URL, the OpenAI-compatible server to ask "
                + "(e.g. http://localhost:11434 for Ollama); nothing is sent anywhere without it");
    }

    static GlossException noModel() {
        return new GlossException("the llm suggester needs --model M, the model the endpoint runs (e.g. qwen2.5:7b)");
    }

    static GlossException badEndpoint(String endpoint) {
        return new GlossException("--endpoint must be an http:// or https:// URL, got '" + endpoint + "'");
    }

    static GlossException missingApiKey(String variable) {
        return new GlossException("the environment variable " + variable + " named by --api-key-env is not set");
    }

    static GlossException badNumber(String option, String value, int min) {
        return new GlossException("--" + option + " must be a whole number of at least " + min + ", got '" + value + "'");
    }

    static GlossException badTimeout(String value) {
        return new GlossException("--timeout must be a duration such as 90s, 5m or 500ms, got '" + value + "'");
    }

    static GlossException unreachable(URI endpoint, String why) {
        return new GlossException("cannot reach the language model at " + endpoint + ": " + why);
    }

    static GlossException timedOut(URI endpoint, String seconds, String where) {
        return new GlossException("the language model at " + endpoint + " did not answer within " + seconds
                + " (" + where + "); allow longer with --timeout");
    }

    static GlossException lost(URI endpoint, String why, String where) {
        return new GlossException("the connection to the language model at " + endpoint + " was lost (" + where + "): " + why);
    }

    static GlossException httpStatus(URI endpoint, int status, String message) {
        return new GlossException("the language model at " + endpoint + " answered HTTP " + status
                + (message.isEmpty() ? "" : ": " + message));
    }

    static GlossException notACompletion(URI endpoint, String excerpt) {
        return new GlossException("the answer of " + endpoint + " is not an OpenAI-style chat completion: " + excerpt);
    }

    static GlossException notTheJsonAskedFor(String model, String where, String excerpt) {
        return new GlossException("the model " + model + " did not answer with the JSON asked for (" + where + "): " + excerpt);
    }

    static GlossException interrupted() {
        return new GlossException("interrupted while waiting for the language model");
    }
}
