package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inter-coder agreement through bin/gloss on the demo project (coders aida and ben). */
class AgreementIT {
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

    @Test
    void agreeReportsEveryCoefficientPerCodeAndOverallAsJson() {
        String json = ok("agree", "x.gloss", "--coders", "aida,ben", "--format", "json", "--bootstrap", "200").out();
        assertThat(json).contains("\"unit\" : \"char\"", "\"coders\" : [ \"aida\", \"ben\" ]", "\"codes\" : {",
                "\"debt concern\" : {", "\"two-way road\" : {", "\"transparency\" : {", "\"overall\" : {",
                "\"percent_agreement\" : {", "\"aida|ben\" : ", "\"cohen_kappa\" : {", "\"scott_pi\" : {",
                "\"fleiss_kappa\" : ", "\"krippendorff_alpha\" : ", "\"gwet_ac1\" : ", "\"u_alpha\" : ",
                "\"units\" : ", "\"prevalence\" : ", "\"ci\" : {");
        // nobody coded the parent code "economy" itself: by default it is "not used", not 1.000 (issue 19),
        // and the report names the documents it covered
        assertThat(json).contains("\"codes_not_used\" : [ \"economy\" ]", "\"documents\" : [ \"article\", \"interview\" ]",
                "\"documents_left_out\" : [ ]").doesNotContain("\"economy\" : {");
        // --all-codes compares it too: agreement on absence, chance-corrected coefficients undefined
        String all = ok("agree", "x.gloss", "--coders", "aida,ben", "--format", "json", "--bootstrap", "0", "--all-codes").out();
        assertThat(all).containsPattern("\"economy\" : \\{\\s*\"percent_agreement\" : \\{\\s*\"aida\\|ben\" : 1\\.0\\s*},"
                + "\\s*\"cohen_kappa\" : \\{\\s*\"aida\\|ben\" : null");
    }

    @Test
    void tableCsvAndOtherUnits() {
        assertThat(ok("agree", "x.gloss", "--coders", "aida,ben").out()).contains("code: debt concern", "Cohen's kappa", "overall");
        assertThat(ok("agree", "x.gloss", "--coders", "aida,ben", "--format", "csv", "--bootstrap", "0").out())
                .startsWith("code,document,measure,pair,value,ci_low,ci_high,units,prevalence");
        for (String unit : new String[] {"segment", "document", "sentence", "paragraph", "turn"}) {
            assertThat(ok("agree", "x.gloss", "--coders", "aida,ben", "--unit", unit, "--format", "json", "--bootstrap", "0").out())
                    .as(unit).contains("\"unit\" : \"" + unit + "\"");
        }
        GlossProcess.Result bad = gloss.run("agree", "x.gloss", "--coders", "aida");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).startsWith("gloss: error: agreement needs at least two coders");
    }

    @Test
    void disagreementsAdjudicationAndHtmlReport() throws Exception {
        String csv = ok("disagreements", "x.gloss", "--coders", "aida,ben", "--code", "transparency").out();
        assertThat(csv).startsWith("document,code,start,end,text,coders,others\r\n")
                .contains("interview,transparency,", "If we knew the terms of the credit, there would be less fear.", ",ben,aida");
        String before = ok("coding", "list", "x.gloss", "--coder", "aida").out() + ok("coding", "list", "x.gloss", "--coder", "ben").out();
        assertThat(ok("adjudicate", "x.gloss", "--coders", "aida,ben", "--into", "consensus", "--accept", "agreed",
                "--by", "lead", "--note", "first pass").out()).startsWith("consensus: ");
        String after = ok("coding", "list", "x.gloss", "--coder", "aida").out() + ok("coding", "list", "x.gloss", "--coder", "ben").out();
        assertThat(after).isEqualTo(before);
        assertThat(ok("coding", "list", "x.gloss", "--coder", "consensus", "--code", "transparency").out())
                .contains("Be open about the contracts.");
        // one decision, as the comparison view takes it: ben's longer extent of "transparency"
        assertThat(ok("adjudicate-span", "x.gloss", "--coders", "aida,ben", "--doc", "interview", "--code", "transparency",
                "--start", "775", "--end", "865", "--choose", "ben", "--by", "lead").out())
                .isEqualTo("consensus: accepted, 1 coding(s) added\n");
        assertThat(ok("coding", "list", "x.gloss", "--coder", "consensus", "--code", "transparency").out())
                .contains("If we knew the terms of the credit");
        assertThat(ok("adjudication-log", "x.gloss").out()).startsWith("id,decided_at,decided_by,document,code,start,end,coders,"
                + "consensus,outcome,rule,note").contains(",lead,", "accepted", "rejected", "first pass", "manual:ben");
        ok("agree", "x.gloss", "--coders", "aida,ben", "--format", "html", "--out", "report.html");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<table>", "debt concern", "Adjudication log", "first pass");
    }

    @Test
    void benchmarkRunsAtSmallScale() {
        assertThat(ok("bench", "agreement", "--scale", "0.02").out()).contains("all 7 coefficients", "units overall");
    }
}
