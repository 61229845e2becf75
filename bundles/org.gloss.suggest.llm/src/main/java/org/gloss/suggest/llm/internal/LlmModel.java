package org.gloss.suggest.llm.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.Suggestion;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.model.CodePointText;

/**
 * Asks the language model about each chunk of a document and keeps the proposals that hold: a
 * code of the codebook and a quote found in the chunk. The others are dropped and counted by
 * reason. Suggestions are the quoted spans, unscored (a model's own confidence is not a calibrated
 * probability; the audit measures how far to trust them), with the model's reason. Requests go one
 * at a time even when documents are suggested for in parallel: local servers answer one after the
 * other anyway, and a request queued behind another would spend its {@code --timeout} waiting.
 */
final class LlmModel implements SuggestionModel {
    static final String NOT_IN_TEXT = "quote not in the text";
    static final String UNKNOWN_CODE = "code not in the codebook";
    static final String INCOMPLETE = "without code or quote";
    static final String REPEATED = "repeated";
    private static final List<String> REASONS = List.of(NOT_IN_TEXT, UNKNOWN_CODE, INCOMPLETE, REPEATED);

    private final Codebook codebook;
    private final String instruction;
    private final Set<String> codes;
    private final LlmSettings llm;
    private final SuggestSettings settings;
    private final ChatClient client;
    private final Map<String, LongAdder> dropped = new ConcurrentHashMap<>();
    private final Semaphore oneRequest = new Semaphore(1, true);

    LlmModel(Codebook codebook, LlmSettings llm, SuggestSettings settings, ChatClient client) {
        this.codebook = codebook;
        this.instruction = codebook.instruction();
        this.codes = Set.copyOf(codebook.codeNames());
        this.llm = llm;
        this.settings = settings;
        this.client = client;
    }

    @Override
    public List<String> codes() {
        return codebook.codeNames();
    }

    @Override
    public Map<String, String> skipped() {
        return Map.of();
    }

    /** Every span the model proposes that holds, in the order of the chunks; {@code minScore} does not apply (unscored). */
    @Override
    public List<Suggestion> suggest(SuggestionDocument document, double minScore) {
        CodePointText text = new CodePointText(document.text());
        List<Suggestion> suggestions = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Chunks.Chunk chunk : Chunks.of(document, settings.unit(), llm.chunk())) {
            String chunkText = text.substring(chunk.start(), chunk.end());
            String where = "document " + document.name() + ", code points " + chunk.start() + "-" + chunk.end();
            String content = ask(chunkText, where);
            List<Answer.Proposal> proposals = Answer.read(content);
            if (proposals == null) {
                throw LlmErrors.notTheJsonAskedFor(llm.model(), where, ChatClient.excerpt(content));
            }
            QuoteLocator locator = new QuoteLocator(chunkText);
            for (Answer.Proposal p : proposals) {
                if (p.code() == null || p.quote() == null || p.quote().isBlank()) {
                    drop(INCOMPLETE);
                } else if (!codes.contains(p.code().strip())) {
                    drop(UNKNOWN_CODE);
                } else {
                    String code = p.code().strip();
                    int[] span = locator.locate(code, p.quote());
                    if (span == null) {
                        drop(NOT_IN_TEXT);
                    } else if (!seen.add(List.of(code, chunk.start() + span[0], chunk.start() + span[1]))) {
                        drop(REPEATED);
                    } else {
                        String reason = p.reason() == null ? "" : p.reason().strip().replaceAll("\\s+", " ");
                        suggestions.add(new Suggestion(document.id(), code, chunk.start() + span[0], chunk.start() + span[1],
                                Double.NaN, reason.isEmpty() ? List.of() : List.of(reason)));
                    }
                }
            }
        }
        return suggestions;
    }

    private String ask(String chunkText, String where) {
        try {
            oneRequest.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LlmErrors.interrupted();
        }
        try {
            return client.complete(instruction, chunkText, where);
        } finally {
            oneRequest.release();
        }
    }

    private void drop(String reason) {
        dropped.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    @Override
    public Map<String, Long> dropped() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String reason : REASONS) {
            LongAdder n = dropped.get(reason);
            if (n != null && n.sum() > 0) {
                counts.put(reason, n.sum());
            }
        }
        return counts;
    }

    /** The endpoint and model, recorded with every suggestion. */
    @Override
    public String provenance() {
        return "language model " + llm.model() + " at " + llm.recordedEndpoint() + ", codebook with "
                + codebook.exampleCount() + " examples, " + settings.unit().key() + " chunks of at most " + llm.chunk()
                + " code points; not scored";
    }
}
