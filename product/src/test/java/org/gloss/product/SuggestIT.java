package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * Suggested codings through bin/gloss: a project built with the command line (documents imported
 * from text files, codings from CSV) where ann codes "debt" on every sentence with a word about
 * debt and ben does too but misses some.
 */
class SuggestIT {
    private static final String[] FILLER = {"the", "village", "market", "river", "school", "family", "winter", "road",
            "teacher", "harvest", "children", "weather", "house", "bread", "music", "garden"};
    private static final String[] DEBT = {"debt", "loan", "creditor", "borrowing"};

    @TempDir
    Path dir;
    private GlossProcess gloss;

    @BeforeEach
    void project() throws Exception {
        gloss = new GlossProcess(dir);
        ok("new", "p.gloss");
        SplittableRandom random = new SplittableRandom(3);
        List<String> files = new ArrayList<>();
        StringBuilder csv = new StringBuilder("document,coder,code,start,end\n");
        for (int d = 1; d <= 12; d++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 12; s++) {
                int start = text.length();
                boolean debt = random.nextInt(3) == 0;
                int words = 6 + random.nextInt(5);
                int at = debt ? random.nextInt(words) : -1;
                for (int w = 0; w < words; w++) {
                    String word = w == at ? DEBT[random.nextInt(DEBT.length)] : FILLER[random.nextInt(FILLER.length)];
                    text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w == words - 1 ? "." : " ");
                }
                if (debt) {
                    csv.append("doc").append(d).append(",ann,debt,").append(start).append(',').append(text.length()).append('\n');
                    if (random.nextInt(8) != 0) {
                        csv.append("doc").append(d).append(",ben,debt,").append(start).append(',').append(text.length()).append('\n');
                    }
                }
                text.append(' ');
            }
            Files.writeString(dir.resolve("doc" + d + ".txt"), text.toString().strip());
            files.add("doc" + d + ".txt");
        }
        List<String> importArgs = new ArrayList<>(List.of("doc", "import", "p.gloss"));
        importArgs.addAll(files);
        ok(importArgs.toArray(String[]::new));
        Files.writeString(dir.resolve("codings.csv"), csv);
        ok("coding", "import", "p.gloss", "codings.csv");
    }

    private GlossProcess.Result ok(String... args) {
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isZero();
        return result;
    }

    @Test
    void suggestWritesAMachineCoderThatAgreeCompares() {
        String dry = ok("suggest", "p.gloss", "--learn-from", "ann", "--doc", "doc2", "--dry-run").out();
        assertThat(dry).contains("learned 1 of 1 codes from ann (12 documents, sentence units)", "doc2\tdebt\t",
                "(dry run: nothing written)");
        assertThat(ok("coding", "list", "p.gloss", "--coder", "ann", "--format", "csv").out()).doesNotContain("suggest:local");
        String wrote = ok("suggest", "p.gloss", "--learn-from", "ann").out();
        assertThat(wrote).contains("wrote ", " suggestions for 12 documents as suggest:local");
        String listed = ok("coding", "list", "p.gloss", "--coder", "suggest:local", "--format", "csv").out();
        assertThat(listed).contains(",debt,suggest:local,", "Suggested by suggest:local (local: logistic regression");
        String agree = ok("agree", "p.gloss", "--coders", "suggest:local,ann", "--unit", "sentence", "--format", "json",
                "--bootstrap", "0").out();
        assertThat(agree).contains("\"suggest:local|ann\"");
    }

    @Test
    void evaluateIsReproducibleAndReadsOnly() {
        String[] args = {"suggest", "evaluate", "p.gloss", "--learn-from", "ann", "--against", "ann,ben", "--folds", "3",
                "--bootstrap", "200", "--seed", "7", "--format", "json"};
        String first = ok(args).out();
        assertThat(first).contains("\"machineCoder\" : \"suggest:local (cross-validated)\"",
                "\"suggest:local (cross-validated)|ann\"", "\"ann|ben\"", "\"learningCurve\"", "\"precisionRecall\"");
        assertThat(ok(args).out()).isEqualTo(first);
        String table = ok("suggest", "evaluate", "p.gloss", "--learn-from", "ann", "--against", "ann,ben", "--folds", "3").out();
        assertThat(table).contains("machine | ann", "ann | ben (humans)", "Learning curve");
        assertThat(ok("coding", "list", "p.gloss", "--format", "csv").out()).doesNotContain("suggest:");
    }

    @Test
    void badInputIsOneLineAndWritesNothing() {
        for (String[] args : new String[][] {
                {"suggest", "p.gloss", "--learn-from", "ann", "--as", "ben"},
                {"suggest", "p.gloss", "--learn-from", "nobody"},
                {"suggest", "p.gloss", "--learn-from", "ann", "--unit", "word"},
                {"suggest", "evaluate", "p.gloss", "--learn-from", "ann", "--against", "ann,ben", "--folds", "40"}}) {
            GlossProcess.Result result = gloss.run(args);
            assertThat(result.status()).as(result.toString()).isEqualTo(1);
            assertThat(result.err()).startsWith("gloss: error: ");
            assertThat(result.err().strip().lines().count()).as(result.err()).isEqualTo(1);
        }
        assertThat(ok("coding", "list", "p.gloss", "--format", "csv").out()).doesNotContain("suggest:");
    }

    /**
     * A chat-completions server on the loopback whose "model" quotes, as debt, every sentence of the
     * text sent with a word about debt, plus one invented sentence per request; it stops answering
     * after {@code answers} requests (closing its port).
     */
    private static HttpServer chatServer(int answers, List<String> authorizations) throws IOException {
        ObjectMapper json = new ObjectMapper();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool()); // not the dispatcher: a handler stops the server
        AtomicInteger served = new AtomicInteger();
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String text = request.path("messages").path(1).path("content").asText().replaceFirst("^Text:\n", "");
            List<Map<String, String>> codings = new ArrayList<>();
            for (String sentence : text.split("(?<=\\.)\\s+")) {
                if (List.of(DEBT).stream().anyMatch(sentence::contains)) {
                    codings.add(Map.of("code", "debt", "quote", sentence.strip(), "reason", "talks about owing"));
                }
            }
            codings.add(Map.of("code", "debt", "quote", "We never spoke of money.", "reason", "invented"));
            String content = json.writeValueAsString(Map.of("codings", codings));
            byte[] body = json.writeValueAsBytes(Map.of("choices", List.of(Map.of("index", 0,
                    "message", Map.of("role", "assistant", "content", content)))));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
            if (served.incrementAndGet() == answers) {
                server.stop(0);
            }
        });
        server.start();
        return server;
    }

    @Test
    void aLanguageModelSuggestsThroughAnEndpointTheUserGives() throws IOException {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpServer server = chatServer(Integer.MAX_VALUE, authorizations);
        try {
            String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
            GlossProcess withKey = new GlossProcess(dir, Map.of("GLOSS_IT_LLM_KEY", "sk-it"));
            GlossProcess.Result result = withKey.run("suggest", "p.gloss", "--suggester", "llm", "--endpoint", endpoint,
                    "--model", "tiny:1b", "--api-key-env", "GLOSS_IT_LLM_KEY", "--learn-from", "ann");
            assertThat(result.status()).as(result.toString()).isZero();
            assertThat(result.out()).contains("learned 1 of 1 codes from ann", "language model tiny:1b at " + endpoint
                    + "/v1/chat/completions", "dropped 12 of the model's spans: 12 quote not in the text",
                    " suggestions for 12 documents as suggest:llm:tiny:1b");
            assertThat(authorizations).hasSize(12).containsOnly("Bearer sk-it");
            String listed = ok("coding", "list", "p.gloss", "--coder", "suggest:llm:tiny:1b", "--format", "csv").out();
            assertThat(listed).contains(",debt,suggest:llm:tiny:1b,", "Suggested by suggest:llm:tiny:1b (llm: language model "
                    + "tiny:1b at " + endpoint + "/v1/chat/completions", "reason: talks about owing");
            assertThat(listed).doesNotContain("sk-it");
            // the machine agrees with ann wherever ann coded debt (ann codes exactly the sentences with a debt word)
            String agree = ok("agree", "p.gloss", "--coders", "suggest:llm:tiny:1b,ann", "--unit", "sentence",
                    "--bootstrap", "0", "--format", "json").out();
            assertThat(agree).contains("\"suggest:llm:tiny:1b|ann\"");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aLanguageModelServerThatGoesAwayWritesNothing() throws IOException {
        HttpServer server = chatServer(3, new CopyOnWriteArrayList<>());
        String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            GlossProcess.Result result = gloss.run("suggest", "p.gloss", "--suggester", "llm", "--endpoint", endpoint,
                    "--model", "tiny:1b", "--learn-from", "ann");
            assertThat(result.status()).as(result.toString()).isEqualTo(1);
            assertThat(result.err()).startsWith("gloss: error: ").contains("language model at " + endpoint);
            assertThat(result.err().strip().lines().count()).as(result.err()).isEqualTo(1);
        } finally {
            server.stop(0);
        }
        assertThat(ok("coding", "list", "p.gloss", "--format", "csv").out()).doesNotContain("suggest:");
        for (String[] args : new String[][] {
                {"suggest", "p.gloss", "--suggester", "llm", "--model", "m", "--learn-from", "ann"},
                {"suggest", "p.gloss", "--learn-from", "ann", "--endpoint", endpoint},
                {"suggest", "p.gloss", "--suggester", "llm", "--endpoint", endpoint, "--model", "m", "--learn-from", "ann",
                        "--api-key-env", "GLOSS_IT_UNSET_VARIABLE"}}) {
            GlossProcess.Result bad = gloss.run(args);
            assertThat(bad.status()).as(bad.toString()).isEqualTo(1);
            assertThat(bad.err().strip().lines().count()).as(bad.err()).isEqualTo(1);
        }
        assertThat(gloss.run("suggest", "p.gloss", "--suggester", "llm", "--model", "m", "--learn-from", "ann").err())
                .startsWith("gloss: error: the llm suggester needs --endpoint URL");
    }
}
