package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Cases and sets through bin/gloss in the real framework (issue 17): cases from the speakers of
 * imported transcripts, the --case and --set filters of coding list and the analyses, smart sets
 * following attributes, the classification sheet, and one-line errors that leave the project as it was.
 */
class CasesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private GlossProcess gloss;

    @BeforeEach
    void setUp() throws Exception {
        gloss = new GlossProcess(dir);
        ok("new", "p.gloss");
        Files.writeString(dir.resolve("focus.transcript"), "Aida: We borrowed money.\nBolat: Never again.\nAida: Twice, in fact.\n");
        Files.writeString(dir.resolve("follow-up.transcript"), "Aida: Paid back.\nZarina: Not yet.\n");
        ok("doc", "import", "p.gloss", "focus.transcript", "follow-up.transcript");
        ok("doc", "attr", "set", "p.gloss", "focus", "year", "2021");
        ok("doc", "attr", "set", "p.gloss", "follow-up", "year", "2019");
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
            assertThat(result.err().strip().lines().toList()).as("one line").containsExactly("gloss: error: " + message);
        }
    }

    /** The [start, end) of each turn of a speaker in a document, as gloss doc turns says. */
    private List<int[]> turns(String document, String speaker) throws Exception {
        List<int[]> spans = new ArrayList<>();
        for (JsonNode turn : json("doc", "turns", "p.gloss", document, "--json")) {
            if (turn.get("speaker").asText().equals(speaker)) {
                spans.add(new int[] {turn.get("start").asInt(), turn.get("end").asInt()});
            }
        }
        return spans;
    }

    @Test
    void casesFromSpeakersFilterCodingsAndAnalysesByOverlap() throws Exception {
        assertThat(ok("case", "from-speakers", "p.gloss", "focus").out()).startsWith("2 new case(s), 3 turn(s) added");
        assertThat(ok("case", "from-speakers", "p.gloss", "focus", "follow-up").out()).startsWith("1 new case(s), 2 turn(s) added");
        assertThat(ok("case", "from-speakers", "p.gloss", "focus", "follow-up").out()).startsWith("0 new case(s), 0 turn(s) added");

        int[] aidaFirst = turns("focus", "Aida").get(0);
        int[] bolat = turns("focus", "Bolat").get(0);
        ok("code", "add", "p.gloss", "debt");
        // partly inside Aida's first turn, running into Bolat's; and one inside Bolat's only
        ok("coding", "add", "p.gloss", "--doc", "focus", "--code", "debt", "--coder", "ann",
                "--start", String.valueOf(aidaFirst[1] - 3), "--end", String.valueOf(bolat[0] + 2));
        ok("coding", "add", "p.gloss", "--doc", "focus", "--code", "debt", "--coder", "ann",
                "--start", String.valueOf(bolat[0] + 3), "--end", String.valueOf(bolat[1]));
        assertThat(json("coding", "list", "p.gloss", "--case", "Aida", "--format", "json")).hasSize(1);
        assertThat(json("coding", "list", "p.gloss", "--case", "Bolat", "--format", "json")).hasSize(2);
        assertThat(json("coding", "list", "p.gloss", "--case", "Zarina", "--format", "json")).isEmpty();
        assertThat(json("coding", "list", "p.gloss", "--case", "Aida", "--case", "Zarina", "--format", "json")).hasSize(1);

        JsonNode cases = json("case", "list", "p.gloss", "--json");
        assertThat(cases).extracting(c -> c.get("name").asText()).containsExactly("Aida", "Bolat", "Zarina");
        assertThat(cases).extracting(c -> c.get("coded_segments").asInt()).containsExactly(1, 2, 0);

        JsonNode matrix = json("matrix", "p.gloss", "--columns", "case", "--format", "json");
        assertThat(matrix.get("columns").toString()).isEqualTo("[\"Aida\",\"Bolat\",\"Zarina\"]");
        assertThat(matrix.get("cells").toString()).isEqualTo("[[1,2,0]]");
        JsonNode frequencies = json("frequencies", "p.gloss", "--case", "Aida", "--format", "json");
        assertThat(frequencies.toString()).contains("\"codings\":1");

        ok("case", "remove", "p.gloss", "Bolat");
        assertThat(json("coding", "list", "p.gloss", "--format", "json")).as("removing a case keeps the codings").hasSize(2);
        assertThat(json("doc", "list", "p.gloss", "--json")).hasSize(2);
    }

    @Test
    void aSmartSetFollowsTheAttributesAndAStaticSetItsList() throws Exception {
        ok("code", "add", "p.gloss", "debt");
        ok("coding", "add", "p.gloss", "--doc", "follow-up", "--code", "debt", "--coder", "ann", "--start", "0", "--end", "4");
        assertThat(ok("set", "add", "p.gloss", "recent", "--where", "year>=2020").out())
                .isEqualTo("added smart set recent (1 document(s) now)\n");
        assertThat(json("coding", "list", "p.gloss", "--set", "recent", "--format", "json")).isEmpty();
        ok("doc", "attr", "set", "p.gloss", "follow-up", "year", "2022");
        assertThat(json("coding", "list", "p.gloss", "--set", "recent", "--format", "json")).hasSize(1);
        assertThat(json("set", "list", "p.gloss", "--json").get(0).get("documents").toString())
                .isEqualTo("[\"focus\",\"follow-up\"]");

        ok("set", "add", "p.gloss", "wave 1", "--doc", "focus");
        assertThat(json("matrix", "p.gloss", "--set", "wave 1", "--format", "json").get("columns").toString()).isEqualTo("[\"focus\"]");
        ok("set", "add-doc", "p.gloss", "wave 1", "follow-up");
        assertThat(json("coding", "list", "p.gloss", "--set", "wave 1", "--format", "json")).hasSize(1);
        ok("set", "remove", "p.gloss", "wave 1");
        assertThat(json("doc", "list", "p.gloss", "--json")).hasSize(2);
    }

    @Test
    void theClassificationSheetImportsAndExports() throws Exception {
        ok("case", "add", "p.gloss", "Aida", "--doc", "focus", "--description", "teacher");
        ok("case", "add", "p.gloss", "Bolat", "--range", "focus:0-5");
        Files.writeString(dir.resolve("sheet.csv"), "case,age,region\nAida,34,Naryn\nBolat,41,Osh\n");
        assertThat(ok("case", "attr", "import", "p.gloss", "sheet.csv").out()).isEqualTo("set 4 attribute value(s) on 2 case(s)\n");
        ok("case", "attr", "export", "p.gloss", "out.csv");
        assertThat(Files.readString(dir.resolve("out.csv"))).isEqualTo("case,age:number,region:text\r\nAida,34,Naryn\r\nBolat,41,Osh\r\n");
        JsonNode matrix = json("matrix", "p.gloss", "--columns", "case-attr:region", "--format", "json");
        assertThat(matrix.get("columns").toString()).isEqualTo("[\"Naryn\",\"Osh\"]");
    }

    @Test
    void unknownNamesAndBadConditionsAreOneLineAndChangeNothing() throws Exception {
        fails(1, "unknown document: nowhere", "case", "add", "p.gloss", "Aida", "--doc", "focus", "--doc", "nowhere");
        assertThat(json("case", "list", "p.gloss", "--json")).isEmpty();
        fails(1, "unknown case: Aida", "coding", "list", "p.gloss", "--case", "Aida");
        fails(1, "unknown set: wave 9", "matrix", "p.gloss", "--set", "wave 9");
        fails(1, "unknown attribute: yaer (known: year)", "set", "add", "p.gloss", "recent", "--where", "yaer>=2020");
        fails(1, "bad set condition 'year>2020': '>' alone is not an operator: write >= (bounds are inclusive) (at column 5)",
                "set", "add", "p.gloss", "recent", "--where", "year>2020");
        fails(2, "mutually exclusive", "set", "add", "p.gloss", "recent", "--where", "year>=2020", "--doc", "focus");
        fails(1, "unknown case attribute: region (no case has attributes)", "matrix", "p.gloss", "--columns", "case-attr:region");
        assertThat(json("set", "list", "p.gloss", "--json")).isEmpty();
    }

    /** search, autocode, agree and disagreements on the demo project, each compared with the unfiltered output filtered by hand. */
    @Test
    void searchAgreementAndDisagreementsTakeSetsAndCases() throws Exception {
        ok("demo", "x.gloss");
        int length = json("doc", "list", "x.gloss", "--json").get(1).get("length").asInt();
        int half = length / 2;
        ok("case", "add", "x.gloss", "first half", "--range", "interview:0-" + half);
        ok("set", "add", "x.gloss", "interviews", "--where", "\"source type\"=interview");

        assertThat(ok("search", "x.gloss", "debt", "--set", "interviews", "--json").out())
                .isEqualTo(ok("search", "x.gloss", "debt", "--doc", "interview", "--json").out());
        List<String> inHalf = new ArrayList<>();
        for (JsonNode hit : json("search", "x.gloss", "the", "--doc", "interview", "--json")) {
            if (hit.get("start").asInt() < half) {
                inHalf.add(hit.toString());
            }
        }
        assertThat(inHalf).isNotEmpty();
        List<String> inCase = new ArrayList<>();
        json("search", "x.gloss", "the", "--case", "first half", "--json").forEach(hit -> inCase.add(hit.toString()));
        assertThat(inCase).isEqualTo(inHalf);
        assertThat(ok("autocode", "x.gloss", "the", "--code", "debt concern", "--coder", "aida", "--case", "first half", "--dry-run").out())
                .contains("dry run: " + inHalf.size() + " hit");

        assertThat(ok("agree", "x.gloss", "--coders", "aida,ben", "--set", "interviews", "--format", "json", "--bootstrap", "0").out())
                .isEqualTo(ok("agree", "x.gloss", "--coders", "aida,ben", "--doc", "interview", "--format", "json", "--bootstrap", "0").out());
        List<String> expected = new ArrayList<>();
        for (JsonNode d : json("disagreements", "x.gloss", "--coders", "aida,ben", "--format", "json")) {
            if (d.get("document").asText().equals("interview") && d.get("start").asInt() < half) {
                expected.add(d.toString());
            }
        }
        List<String> found = new ArrayList<>();
        json("disagreements", "x.gloss", "--coders", "aida,ben", "--case", "first half", "--format", "json").forEach(d -> found.add(d.toString()));
        assertThat(found).isEqualTo(expected);
        fails(1, "unknown set: nope", "agree", "x.gloss", "--coders", "aida,ben", "--set", "nope");
        ok("set", "add", "x.gloss", "none", "--where", "year>=2100");
        fails(1, "no document is in set 'none' (with the other filters given)", "search", "x.gloss", "debt", "--set", "none");
    }
}
