package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The analysis commands through bin/gloss in the real framework, on the demo project (an article
 * and an interview; codes economy &gt; debt concern, two-way road, generational shift, transparency;
 * coders aida and ben).
 */
class AnalysisIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private GlossProcess gloss;

    @BeforeEach
    void setUp() {
        gloss = new GlossProcess(dir);
        ok("demo", "x.gloss");
    }

    private GlossProcess.Result ok(String... args) {
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isZero();
        return result;
    }

    private JsonNode json(String... args) throws Exception {
        return JSON.readTree(ok(args).out());
    }

    private void fails(int status, String message, String... args) {
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isEqualTo(status);
        assertThat(result.err()).as(result.toString()).contains(message);
        if (status == 1) {
            assertThat(result.err().strip().lines().count()).as("one line").isEqualTo(1);
        }
    }

    private Map<String, String> texts() {
        Map<String, String> texts = new HashMap<>();
        for (String document : new String[] {"article", "interview"}) {
            texts.put(document, ok("doc", "text", "x.gloss", document).out());
        }
        return texts;
    }

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void queryResultsAreExactPassagesAndCanBeCoded() throws Exception {
        JsonNode rows = json("query", "x.gloss", "\"debt concern\" NEAR/1p \"two-way road\"", "--format", "json");
        assertThat(rows.size()).isPositive();
        Map<String, String> texts = texts();
        for (JsonNode row : rows) {
            assertThat(row.fieldNames()).toIterable().containsExactly("document", "start", "end", "text", "codes");
            assertThat(row.get("text").asText()).isEqualTo(codePoints(texts.get(row.get("document").asText()),
                    row.get("start").asInt(), row.get("end").asInt()));
            assertThat(row.get("codes").toString()).contains("debt concern");
        }
        assertThat(json("query", "x.gloss", "transparency AND \"generational shift\" AND \"debt concern\"", "--format", "json"))
                .isEmpty();
        String coded = ok("query", "x.gloss", "\"debt concern\" NEAR/1p \"two-way road\"", "--coder", "aida", "--code-as",
                "debt near road").out();
        assertThat(coded).containsPattern("coded \\d+ segments? with debt near road as aida \\(new code\\)");
        assertThat(ok("coding", "list", "x.gloss", "--code", "debt near road", "--format", "json").out()).contains("\"aida\"");
        assertThat(ok("query", "x.gloss", "\"debt concern\" NEAR/1p \"two-way road\"", "--coder", "aida", "--code-as",
                "debt near road").out()).contains("coded 0 segments", "already coded");
    }

    @Test
    void badInputIsOneLineAndNothingIsWritten() throws Exception {
        fails(1, "gloss: error: unknown code 'debt' in code query", "query", "x.gloss", "debt AND transparency");
        fails(1, "at column 1: '(' is not closed", "query", "x.gloss", "(transparency OR economy");
        // a hostile query nested 50,000 deep is refused in one line, not by a stack overflow
        fails(1, "at column 201: the query nests more than 200 levels deep", "query", "x.gloss",
                "(".repeat(50_000) + "transparency" + ")".repeat(50_000));
        fails(1, "gloss: error: no document has the attribute 'country'", "matrix", "x.gloss", "--columns", "attr:country");
        fails(1, "gloss: error: unknown coder: zoe", "cooccurrence", "x.gloss", "--coder", "zoe");
        fails(1, "gloss: error: --format xlsx writes a file", "matrix", "x.gloss", "--format", "xlsx");
        fails(2, "--value", "matrix", "x.gloss", "--value", "words");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("x.gloss"))).isEmpty();
    }

    @Test
    void cooccurrenceMatrixAndFrequenciesHaveTheDocumentedShape() throws Exception {
        JsonNode pairs = json("cooccurrence", "x.gloss", "--by", "paragraph", "--format", "json");
        assertThat(pairs.size()).isPositive();
        for (JsonNode pair : pairs) {
            assertThat(pair.fieldNames()).toIterable().containsExactly("a", "b", "pairs", "documents", "c", "jaccard");
            assertThat(pair.get("pairs").asLong()).isPositive();
        }
        JsonNode matrix = json("matrix", "x.gloss", "--format", "json");
        assertThat(matrix.fieldNames()).toIterable().containsExactly("rows", "columns", "cells", "row_totals", "column_totals");
        assertThat(matrix.get("columns").toString()).isEqualTo("[\"article\",\"interview\"]");
        // every coding of a code is in one document: row totals are the codings per code
        JsonNode codes = json("code", "list", "x.gloss", "--json");
        assertThat(codes.toString()).contains("debt concern");
        long codings = 0;
        for (JsonNode total : matrix.get("row_totals")) {
            codings += total.asLong();
        }
        assertThat(codings).isEqualTo(20);
        JsonNode byCoder = json("matrix", "x.gloss", "--columns", "coders", "--value", "share", "--format", "json");
        assertThat(byCoder.get("columns").toString()).isEqualTo("[\"aida\",\"ben\"]");
        JsonNode frequencies = json("frequencies", "x.gloss", "--by", "coder", "--format", "json");
        assertThat(frequencies.get("total").get("codings").asLong()).isEqualTo(20);
        assertThat(ok("frequencies", "x.gloss").out()).contains("economy > debt concern");
        ok("matrix", "x.gloss", "--columns", "coders", "--format", "xlsx", "--out", "matrix.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("matrix.xlsx"))))) {
            assertThat(book.getSheet("Matrix").getRow(0).getCell(1).getStringCellValue()).isEqualTo("aida");
            assertThat(book.getSheet("Matrix").getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
        }
        ok("cooccurrence", "x.gloss", "--format", "csv", "--out", "pairs.csv");
        assertThat(Files.readString(dir.resolve("pairs.csv"))).startsWith("a,b,pairs,documents,c,jaccard\r\n");
    }

    @Test
    void wordFrequenciesComeFromTheIndex() throws Exception {
        JsonNode words = json("words", "x.gloss", "--stop-words", "en", "--stop-words", "ru", "--top", "5", "--format", "json");
        assertThat(words).hasSize(5);
        for (JsonNode w : words) {
            assertThat(w.fieldNames()).toIterable().containsExactly("word", "count", "documents", "forms");
            assertThat(w.get("word").asText()).isNotIn("the", "and", "of");
        }
        assertThat(words.get(0).get("word").asText()).isEqualTo("road");
        assertThat(words.get(0).get("forms").toString()).isEqualTo("[\"road\",\"roads\"]");
        JsonNode unstemmed = json("words", "x.gloss", "--no-stem", "--format", "json");
        assertThat(unstemmed.toString()).contains("\"roads\"");
        Files.writeString(dir.resolve("stop.txt"), "# my list\nRoad\nroads\n");
        assertThat(ok("words", "x.gloss", "--stop-words", "stop.txt", "--format", "csv").out()).startsWith("word,count,documents,forms")
                .doesNotContain("\nroad,");
        JsonNode inCode = json("words", "x.gloss", "--code", "debt concern", "--format", "json");
        assertThat(inCode.toString()).contains("\"debt\"");
        fails(1, "gloss: error: no stop list 'xx'", "words", "x.gloss", "--stop-words", "xx");
    }
}
