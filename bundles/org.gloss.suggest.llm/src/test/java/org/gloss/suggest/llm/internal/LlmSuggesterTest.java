package org.gloss.suggest.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.gloss.api.suggest.CodeDescription;
import org.gloss.api.suggest.CodeSpan;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.Suggestion;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.api.suggest.TrainingDocument;
import org.gloss.api.suggest.TrainingSet;
import org.gloss.model.CodePointText;
import org.junit.jupiter.api.Test;

/** The language-model suggester against a real HTTP server speaking the chat-completions protocol. */
class LlmSuggesterTest {
    private static final List<CodeDescription> CODES = List.of(new CodeDescription("debt", "talk of owing money"),
            new CodeDescription("family", null));

    private static final String ENGLISH = "We took a loan in spring. The river was high. My brother still owes the bank.";

    private final LlmSuggester suggester = new LlmSuggester(Map.of("GLOSS_TEST_KEY", "sk-secret")::get);

    private static SuggestionDocument document(long id, String text) {
        return new SuggestionDocument(id, "doc" + id, text, null, List.of());
    }

    private static TrainingSet training() {
        SuggestionDocument taught = document(100, "He paid the debt off. We sang at the wedding.");
        return new TrainingSet(CODES, List.of(new TrainingDocument(taught, "ann",
                List.of(new CodeSpan("debt", 0, 21), new CodeSpan("family", 22, 45)))));
    }

    private static Map<String, String> options(FakeChatServer server, String... more) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("endpoint", server.endpoint());
        options.put("model", "tiny:1b");
        for (int i = 0; i < more.length; i += 2) {
            options.put(more[i], more[i + 1]);
        }
        return options;
    }

    private SuggestionModel model(FakeChatServer server, String... more) {
        return suggester.train(training(), new SuggestSettings(SuggestionUnit.SENTENCE, 0, 1, options(server, more)));
    }

    /** The model proposes, for "debt", every sentence of the text sent with one of these words. */
    private static String quoteSentencesWith(FakeChatServer.Request request, String... words) {
        List<List<String>> proposals = new ArrayList<>();
        for (String sentence : request.text().split("(?<=[.。!?])\\s*")) {
            for (String word : words) {
                if (sentence.contains(word)) {
                    proposals.add(List.of("debt", sentence.strip(), "mentions " + word));
                    break;
                }
            }
        }
        return FakeChatServer.codings(proposals);
    }

    @Test
    void goodAnswersBecomeSuggestionsOfTheQuotedSpansWithTheReason() throws IOException {
        try (FakeChatServer server = FakeChatServer.answering(r -> quoteSentencesWith(r, "loan", "owes"))) {
            SuggestionModel model = model(server, "api-key-env", "GLOSS_TEST_KEY");
            List<Suggestion> suggestions = model.suggest(document(1, ENGLISH), 0.5);

            assertThat(suggestions).extracting(s -> new CodePointText(ENGLISH).substring(s.start(), s.end()))
                    .containsExactly("We took a loan in spring.", "My brother still owes the bank.");
            assertThat(suggestions).allSatisfy(s -> {
                assertThat(s.code()).isEqualTo("debt");
                assertThat(s.documentId()).isEqualTo(1);
                assertThat(s.scored()).isFalse();
            });
            assertThat(suggestions.get(0).reasons()).containsExactly("mentions loan");
            assertThat(model.dropped()).isEmpty();
            assertThat(model.codes()).containsExactly("debt", "family");

            FakeChatServer.Request request = server.requests.get(0);
            assertThat(request.path()).isEqualTo("/v1/chat/completions");
            assertThat(request.authorization()).isEqualTo("Bearer sk-secret");
            assertThat(request.body().path("model").asText()).isEqualTo("tiny:1b");
            assertThat(request.body().path("temperature").asInt()).isZero();
            assertThat(request.body().path("seed").asLong()).isEqualTo(1);
            assertThat(request.text()).isEqualTo(ENGLISH);
            assertThat(request.system()).contains("- debt: talk of owing money", "- family\n",
                    "Example of a coded passage: \"He paid the debt off.\"",
                    "Example of a coded passage: \"We sang at the wedding.\"", "\"quote\"", "\"reason\"");
            assertThat(model.provenance()).contains("tiny:1b", server.endpoint() + "/v1/chat/completions", "not scored");
        }
    }

    @Test
    void noApiKeyIsSentUnlessOneIsNamedAndNoExamplesWithZero() throws IOException {
        try (FakeChatServer server = FakeChatServer.answering(r -> "{\"codings\": []}")) {
            assertThat(model(server, "examples", "0").suggest(document(1, ENGLISH), 0.5)).isEmpty();
            assertThat(server.requests.get(0).authorization()).isNull();
            assertThat(server.requests.get(0).system()).doesNotContain("Example");
        }
    }

    @Test
    void cyrillicAndCjkOffsetsAreCodePoints() throws IOException {
        // astral characters (an emoji, a CJK extension B ideograph) take two UTF-16 units each
        String text = "Мы взяли кредит 😀 весной. 天气很好。我们欠了𠀋银行的钱。Река разлилась.";
        try (FakeChatServer server = FakeChatServer.answering(r -> quoteSentencesWith(r, "кредит", "欠"))) {
            List<Suggestion> suggestions = model(server).suggest(document(2, text), 0.5);
            CodePointText cp = new CodePointText(text);
            assertThat(suggestions).extracting(s -> cp.substring(s.start(), s.end()))
                    .containsExactly("Мы взяли кредит 😀 весной.", "我们欠了𠀋银行的钱。");
            int second = text.codePointCount(0, text.indexOf("我们"));
            assertThat(suggestions.get(1).start()).isEqualTo(second);
            assertThat(suggestions.get(1).end()).isEqualTo(second + "我们欠了𠀋银行的钱。".codePointCount(0, 11));
            assertThat(suggestions.get(1).end() - suggestions.get(1).start()).isEqualTo(10);
        }
    }

    @Test
    void spansThatDoNotHoldAreDroppedAndCounted() throws IOException {
        String answer = FakeChatServer.codings(List.of(
                List.of("debt", "We took a loan in spring.", "a loan"),
                List.of("debt", "We borrowed from the bank.", "invented"),
                List.of("debt", "My brother still owes the BANK.", "case changed"),
                List.of("money", "My brother still owes the bank.", "not a code"),
                List.of("debt", "We took a loan in spring.", "said twice"),
                List.of("family", "My brother\n  still owes", "re-wrapped white space")))
                .replace("]}", ", {\"code\": \"debt\"}, {\"quote\": \"The river was high.\"}]}");
        try (FakeChatServer server = FakeChatServer.answering(r -> answer)) {
            SuggestionModel model = model(server);
            List<Suggestion> suggestions = model.suggest(document(1, ENGLISH), 0.5);
            CodePointText cp = new CodePointText(ENGLISH);
            assertThat(suggestions).extracting(s -> s.code() + ": " + cp.substring(s.start(), s.end()))
                    .containsExactly("debt: We took a loan in spring.", "family: My brother still owes");
            assertThat(model.dropped()).containsExactly(Map.entry(LlmModel.NOT_IN_TEXT, 2L),
                    Map.entry(LlmModel.UNKNOWN_CODE, 1L), Map.entry(LlmModel.INCOMPLETE, 2L), Map.entry(LlmModel.REPEATED, 1L));
        }
    }

    @Test
    void theSameQuoteTwiceCodesItsTwoOccurrences() throws IOException {
        String text = "I owe money. The sun. I owe money.";
        String answer = FakeChatServer.codings(List.of(List.of("debt", "I owe money.", "first"),
                List.of("debt", "I owe money.", "second")));
        try (FakeChatServer server = FakeChatServer.answering(r -> answer)) {
            List<Suggestion> suggestions = model(server).suggest(document(1, text), 0.5);
            assertThat(suggestions).extracting(Suggestion::start).containsExactly(0, 22);
        }
    }

    @Test
    void answersInCodeFencesOrAfterThinkingAreRead() throws IOException {
        String json = FakeChatServer.codings(List.of(List.of("debt", "We took a loan in spring.", "loan")));
        for (String content : List.of("```json\n" + json + "\n```", "<think>the user wants JSON</think>\n" + json,
                json.substring(json.indexOf('['), json.lastIndexOf(']') + 1))) {
            try (FakeChatServer server = FakeChatServer.answering(r -> content)) {
                assertThat(model(server).suggest(document(1, ENGLISH), 0.5)).as(content).hasSize(1);
            }
        }
    }

    @Test
    void longDocumentsAreSentInChunksOfWholeUnitsAndMappedBack() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 40; s++) {
            text.append("Предложение номер ").append(s).append(s % 7 == 3 ? " про кредит" : " про реку").append(". ");
        }
        String full = text.toString().strip();
        try (FakeChatServer server = FakeChatServer.answering(r -> quoteSentencesWith(r, "кредит"))) {
            List<Suggestion> suggestions = model(server, "chunk", "200").suggest(document(3, full), 0.5);
            assertThat(server.requests.size()).isGreaterThan(5);
            StringBuilder sent = new StringBuilder();
            for (FakeChatServer.Request request : server.requests) {
                assertThat(request.text().codePointCount(0, request.text().length())).isLessThanOrEqualTo(200);
                assertThat(request.text()).startsWith("Предложение").endsWith(".");
                sent.append(request.text()).append(' ');
            }
            assertThat(sent.toString().strip()).isEqualTo(full);
            CodePointText cp = new CodePointText(full);
            assertThat(suggestions).hasSize(6).allSatisfy(s ->
                    assertThat(cp.substring(s.start(), s.end())).matches("Предложение номер \\d+ про кредит\\."));
            assertThat(suggestions).extracting(s -> cp.substring(s.start(), s.end()))
                    .contains("Предложение номер 3 про кредит.", "Предложение номер 38 про кредит.");
        }
    }

    @Test
    void malformedAnswersAreOneClearError() throws IOException {
        try (FakeChatServer server = FakeChatServer.answering(r -> "Sure! Here are the codings: debt, family")) {
            assertThatThrownBy(() -> model(server).suggest(document(1, ENGLISH), 0.5)).isInstanceOf(GlossException.class)
                    .hasMessageContaining("the model tiny:1b did not answer with the JSON asked for (document doc1, code points 0-")
                    .hasMessageContaining("Sure! Here are the codings");
        }
        try (FakeChatServer server = FakeChatServer.answering(r -> "{\"codings\": {\"code\": \"debt\"}}")) {
            assertThatThrownBy(() -> model(server).suggest(document(1, ENGLISH), 0.5))
                    .hasMessageContaining("did not answer with the JSON asked for");
        }
        try (FakeChatServer server = new FakeChatServer((r, exchange) -> FakeChatServer.respond(exchange, 200, "{\"choices\": []"))) {
            assertThatThrownBy(() -> model(server).suggest(document(1, ENGLISH), 0.5)).isInstanceOf(GlossException.class)
                    .hasMessage("the answer of " + server.endpoint() + "/v1/chat/completions is not an OpenAI-style chat completion: {\"choices\": []");
        }
        try (FakeChatServer server = new FakeChatServer((r, exchange) -> FakeChatServer.respond(exchange, 200, "{\"choices\": []}"))) {
            assertThatThrownBy(() -> model(server).suggest(document(1, ENGLISH), 0.5))
                    .hasMessageContaining("is not an OpenAI-style chat completion");
        }
    }

    @Test
    void httpErrorsNameTheStatusAndTheServersMessage() throws IOException {
        try (FakeChatServer server = new FakeChatServer((r, exchange) -> FakeChatServer.respond(exchange, 404,
                "{\"error\": {\"message\": \"model 'tiny:1b' not found, try pulling it first\", \"type\": \"api_error\"}}"))) {
            assertThatThrownBy(() -> model(server).suggest(document(1, ENGLISH), 0.5)).isInstanceOf(GlossException.class)
                    .hasMessage("the language model at " + server.endpoint() + "/v1/chat/completions answered HTTP 404: "
                            + "model 'tiny:1b' not found, try pulling it first");
        }
        try (FakeChatServer server = new FakeChatServer((r, exchange) -> FakeChatServer.respond(exchange, 401,
                "{\"error\": \"invalid api key\"}"))) {
            assertThatThrownBy(() -> model(server).suggest(document(1, ENGLISH), 0.5)).hasMessageEndingWith("answered HTTP 401: invalid api key");
        }
        try (FakeChatServer server = new FakeChatServer((r, exchange) -> FakeChatServer.respond(exchange, 503, "<html>\n  overloaded\n</html>"))) {
            assertThatThrownBy(() -> model(server).suggest(document(1, ENGLISH), 0.5)).hasMessageEndingWith("answered HTTP 503: <html> overloaded </html>");
        }
    }

    @Test
    void aSlowAnswerTimesOut() throws IOException {
        try (FakeChatServer server = new FakeChatServer((r, exchange) -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FakeChatServer.respond(exchange, 200, FakeChatServer.completion("{\"codings\": []}"));
        })) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> model(server, "timeout", "300ms").suggest(document(1, ENGLISH), 0.5))
                    .isInstanceOf(GlossException.class)
                    .hasMessage("the language model at " + server.endpoint() + "/v1/chat/completions did not answer within "
                            + "300 ms (document doc1, code points 0-77); allow longer with --timeout");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2500);
        }
    }

    @Test
    void aServerThatGoesAwayMidRunIsAnError() throws IOException {
        try (FakeChatServer server = new FakeChatServer((r, exchange) -> {
            FakeChatServer.respond(exchange, 200, FakeChatServer.completion(quoteSentencesWith(r, "loan")));
            exchange.close();
            exchange.getHttpContext().getServer().stop(0); // after this answer, nobody listens
        })) {
            SuggestionModel model = model(server);
            assertThat(model.suggest(document(1, ENGLISH), 0.5)).hasSize(1);
            assertThatThrownBy(() -> model.suggest(document(2, ENGLISH), 0.5)).isInstanceOf(GlossException.class)
                    .message().matches("(cannot reach the language model at " + server.endpoint() + "/v1/chat/completions: "
                            + "|the connection to the language model at " + server.endpoint()
                            + "/v1/chat/completions was lost \\(document doc2, code points 0-77\\): ).+");
        }
    }

    @Test
    void anAnswerCutOffMidwayIsALostConnection() throws IOException {
        try (FakeChatServer server = new FakeChatServer((r, exchange) -> {
            exchange.sendResponseHeaders(200, 10_000);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"choices\": [{\"message\": {\"content\": \"{\\\"codi".getBytes());
            out.flush();
            exchange.getHttpContext().getServer().stop(0); // the server dies mid-answer
        })) {
            assertThatThrownBy(() -> model(server).suggest(document(1, ENGLISH), 0.5)).isInstanceOf(GlossException.class)
                    .hasMessageStartingWith("the connection to the language model at " + server.endpoint()
                            + "/v1/chat/completions was lost (document doc1, code points 0-77): ");
        }
    }

    @Test
    void nothingListeningIsConnectionRefused() throws IOException {
        FakeChatServer server = FakeChatServer.answering(r -> "{}");
        server.stop();
        assertThatThrownBy(() -> model(server).suggest(document(1, ENGLISH), 0.5)).isInstanceOf(GlossException.class)
                .hasMessageStartingWith("cannot reach the language model at http://127.0.0.1:" + server.port());
    }

    @Test
    void requestsGoOneAtATimeWhenDocumentsAreSuggestedInParallel() throws IOException {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        try (FakeChatServer server = new FakeChatServer((r, exchange) -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            FakeChatServer.respond(exchange, 200, FakeChatServer.completion(quoteSentencesWith(r, "loan")));
        })) {
            SuggestionModel model = model(server);
            List<Long> found = java.util.stream.LongStream.range(1, 9).parallel().boxed()
                    .map(id -> (long) model.suggest(document(id, ENGLISH), 0.5).size()).toList();
            assertThat(found).containsOnly(1L).hasSize(8);
            assertThat(server.requests).hasSize(8);
            assertThat(most.get()).isEqualTo(1);
        }
    }

    @Test
    void theMachineCoderIsNamedAfterTheModel() {
        assertThat(suggester.machineCoder(new SuggestSettings(SuggestionUnit.SENTENCE, 0, 1, Map.of("model", "qwen2.5:7b"))))
                .isEqualTo("suggest:llm:qwen2.5:7b");
        assertThat(suggester.machineCoder(new SuggestSettings(SuggestionUnit.SENTENCE, 0, 1))).isEqualTo("suggest:llm");
    }
}
