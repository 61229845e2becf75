package org.gloss.suggest.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.suggest.CodeSuggester;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.core.suggest.SuggestErrors;

import picocli.CommandLine.Option;

/** The options {@code suggest} and {@code suggest evaluate} share: teachers, scope, unit and learning settings. */
final class SuggestOptions {
    // not required for picocli: the parent command's required options would be demanded with its subcommand too
    @Option(names = "--learn-from", split = ",", paramLabel = "A[,B]", description = "the coders to learn from (required)")
    List<String> learnFrom = new ArrayList<>();
    @Option(names = "--code", paramLabel = "C", description = "code(s) to suggest (default: all); repeatable")
    List<String> codes = new ArrayList<>();
    @Option(names = "--unit", defaultValue = "sentence", paramLabel = "sentence|paragraph|turn",
            description = "the unit a suggestion codes (default sentence)")
    String unit;
    @Option(names = "--min-score", defaultValue = "0.5", paramLabel = "S",
            description = "suggest units scored at least S, a calibrated probability (default 0.5)")
    double minScore;
    @Option(names = "--min-coverage", defaultValue = "0", paramLabel = "SHARE",
            description = "a unit teaches a code when the code covers more than SHARE of it (default 0: any overlap)")
    double minCoverage;
    @Option(names = "--suggester", defaultValue = "local", paramLabel = "ID", description = "the suggester (default local)")
    String suggester;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "every random choice derives from it")
    long seed;
    // a language model's settings (--suggester llm, docs/suggestions.md); passed to the suggester, which checks them
    @Option(names = "--endpoint", paramLabel = "URL", description = "--suggester llm: the OpenAI-compatible server, "
            + "e.g. http://localhost:11434 (or the full .../chat/completions URL); nothing leaves the machine without it")
    String endpoint;
    @Option(names = "--model", paramLabel = "M", description = "--suggester llm: the model the server runs")
    String model;
    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "--suggester llm: the environment variable holding an API key (sent to the endpoint, never stored)")
    String apiKeyEnv;
    @Option(names = "--examples", paramLabel = "N",
            description = "--suggester llm: coded segments per code shown as examples (default 2; 0 for the codebook alone)")
    String examples;
    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "--suggester llm: the longest wait for one answer, e.g. 90s or 5m (default 60s)")
    String timeout;
    @Option(names = "--chunk", paramLabel = "N",
            description = "--suggester llm: the most code points of text per request, whole units (default 6000)")
    String chunk;

    SuggestSettings settings() {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw SuggestErrors.badMinScore(minScore);
        }
        if (!(minCoverage >= 0 && minCoverage < 1)) {
            throw SuggestErrors.badMinCoverage(minCoverage);
        }
        if (learnFrom.stream().allMatch(String::isBlank)) {
            throw SuggestErrors.noLearnFrom();
        }
        return new SuggestSettings(unit(unit), minCoverage, seed, suggesterOptions());
    }

    /** The suggester's own options the user gave, by name without the dashes. */
    private Map<String, String> suggesterOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        put(options, "endpoint", endpoint);
        put(options, "model", model);
        put(options, "api-key-env", apiKeyEnv);
        put(options, "examples", examples);
        put(options, "timeout", timeout);
        put(options, "chunk", chunk);
        return options;
    }

    private static void put(Map<String, String> options, String name, String value) {
        if (value != null) {
            options.put(name, value);
        }
    }

    static SuggestionUnit unit(String key) {
        for (SuggestionUnit u : SuggestionUnit.values()) {
            if (u.key().equals(key)) {
                return u;
            }
        }
        throw SuggestErrors.badUnit(key);
    }

    static CodeSuggester suggester(CommandContext context, String id) {
        List<CodeSuggester> installed = context.services(CodeSuggester.class);
        return installed.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> SuggestErrors.unknownSuggester(id, installed.stream().map(CodeSuggester::id).sorted().toList()));
    }
}
