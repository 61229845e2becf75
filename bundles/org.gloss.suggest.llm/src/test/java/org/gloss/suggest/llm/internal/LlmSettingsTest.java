package org.gloss.suggest.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.junit.jupiter.api.Test;

/** Reading the language model's settings from the suggester options. */
class LlmSettingsTest {
    private static LlmSettings read(Map<String, String> options) {
        return LlmSettings.of(options, Map.of("KEY", "sk-1", "EMPTY", "")::get);
    }

    @Test
    void theEndpointIsTheServerOrTheFullUrl() {
        assertThat(LlmSettings.chatCompletions("http://localhost:11434").toString()).isEqualTo("http://localhost:11434/v1/chat/completions");
        assertThat(LlmSettings.chatCompletions("http://localhost:11434/").toString()).isEqualTo("http://localhost:11434/v1/chat/completions");
        assertThat(LlmSettings.chatCompletions("http://127.0.0.1:8080/v1").toString()).isEqualTo("http://127.0.0.1:8080/v1/chat/completions");
        assertThat(LlmSettings.chatCompletions("https://example.org/openai/deployments/x/chat/completions?api-version=1").toString())
                .isEqualTo("https://example.org/openai/deployments/x/chat/completions?api-version=1");
        assertThat(LlmSettings.chatCompletions("https://example.org/api").toString()).isEqualTo("https://example.org/api/v1/chat/completions");
    }

    @Test
    void defaultsAndGivenValues() {
        LlmSettings defaults = read(Map.of("endpoint", "http://h:1", "model", "m"));
        assertThat(defaults.examples()).isEqualTo(2);
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.chunk()).isEqualTo(6000);
        assertThat(defaults.apiKey()).isNull();
        LlmSettings given = read(Map.of("endpoint", "http://user:pw@h:1", "model", " m ", "api-key-env", "KEY",
                "examples", "0", "timeout", "5m", "chunk", "800"));
        assertThat(given.model()).isEqualTo("m");
        assertThat(given.apiKey()).isEqualTo("sk-1");
        assertThat(given.examples()).isZero();
        assertThat(given.timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(given.chunk()).isEqualTo(800);
        assertThat(given.recordedEndpoint()).isEqualTo("http://h:1/v1/chat/completions");
        assertThat(LlmSettings.duration("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(LlmSettings.duration("250ms")).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void badSettingsAreOneClearError() {
        assertThatThrownBy(() -> read(Map.of("model", "m"))).isInstanceOf(GlossException.class)
                .hasMessageStartingWith("the llm suggester needs --endpoint URL");
        assertThatThrownBy(() -> read(Map.of("endpoint", "http://h:1"))).hasMessageStartingWith("the llm suggester needs --model M");
        assertThatThrownBy(() -> read(Map.of("endpoint", "ftp://h", "model", "m"))).hasMessage("--endpoint must be an http:// or https:// URL, got 'ftp://h'");
        assertThatThrownBy(() -> read(Map.of("endpoint", "localhost:11434", "model", "m"))).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> read(Map.of("endpoint", "http://h:1", "model", "m", "api-key-env", "NOPE")))
                .hasMessage("the environment variable NOPE named by --api-key-env is not set");
        assertThatThrownBy(() -> read(Map.of("endpoint", "http://h:1", "model", "m", "api-key-env", "EMPTY")))
                .hasMessageContaining("EMPTY named by --api-key-env is not set");
        assertThatThrownBy(() -> read(Map.of("endpoint", "http://h:1", "model", "m", "examples", "-1")))
                .hasMessage("--examples must be a whole number of at least 0, got '-1'");
        assertThatThrownBy(() -> read(Map.of("endpoint", "http://h:1", "model", "m", "chunk", "50")))
                .hasMessage("--chunk must be a whole number of at least 200, got '50'");
        assertThatThrownBy(() -> read(Map.of("endpoint", "http://h:1", "model", "m", "timeout", "soon")))
                .hasMessage("--timeout must be a duration such as 90s, 5m or 500ms, got 'soon'");
        assertThatThrownBy(() -> read(Map.of("endpoint", "http://h:1", "model", "m", "timeout", "0s")))
                .hasMessageContaining("got '0s'");
        assertThatThrownBy(() -> read(Map.of("endpoint", "http://h:1", "model", "m", "min-tokens", "5")))
                .hasMessage("the llm suggester does not take --min-tokens");
    }
}
