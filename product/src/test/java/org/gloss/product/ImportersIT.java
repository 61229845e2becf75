package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer bundles inside the real product: each format through bin/gloss (so the bundles
 * and their embedded libraries resolve and work in Felix), bad files, duplicates, provenance,
 * transcripts' turns and document attributes.
 */
class ImportersIT {
    /** English, Russian, Kazakh (қ ә ң ө ү ұ і), an emoji and U+20000 (CJK Extension B). */
    static final String MIXED = "Debt is a two-way road. Долг платежом красен. Қарыз: ә ң ө ү ұ і. 😀 \uD840\uDC00";

    @TempDir
    Path dir;

    private GlossProcess gloss;

    @BeforeEach
    void setUp() {
        gloss = new GlossProcess(dir);
    }

    private GlossProcess.Result ok(String... args) {
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isZero();
        return result;
    }

    /**
     * As {@link #ok}, and nothing on stderr: no POI, Log4j or PDFBox log lines. The one thing
     * allowed through is sqlite-jdbc's "Failed to delete old native lib" record, which the store's
     * JDBC driver logs when another Gloss process on the machine removes the same temporary
     * native library first (a race between parallel processes, not the importers').
     */
    private GlossProcess.Result quiet(String... args) {
        GlossProcess.Result result = ok(args);
        List<String> others = result.err().lines()
                .filter(line -> !line.contains("org.sqlite.") && !line.startsWith("SEVERE: Failed to delete old native lib")
                        && !line.matches("java\\.nio\\.file\\.\\w+Exception: /tmp/sqlite-.*") && !line.startsWith("\tat ")
                        && !line.startsWith("\t... "))
                .toList();
        assertThat(others).as(result.toString()).isEmpty();
        return result;
    }

    @Test
    void listShowsEveryImporterWithItsFileTypes() {
        String out = ok("doc", "import", "--list").out();
        assertThat(out).containsPattern("text +.*\\.txt \\.md")
                .containsPattern("docx +.*\\.docx")
                .containsPattern("odt +.*\\.odt")
                .containsPattern("html +.*\\.html \\.htm")
                .containsPattern("pdf +.*\\.pdf")
                .containsPattern("transcript +.*\\.vtt \\.srt \\.transcript");
    }

    @Test
    void wordOpenDocumentAndWebPagesImportInsideTheProductWithoutNoiseOnStderr() throws Exception {
        ok("new", "p.gloss");
        docx(dir.resolve("word.docx"), MIXED);
        odt(dir.resolve("open.odt"), "<text:h>Қарыз</text:h><text:p>" + MIXED + "</text:p>");
        Files.writeString(dir.resolve("page.html"), "<html><head><title>T</title><script>x()</script></head>"
                + "<body><nav>menu</nav><h1>Қарыз (web)</h1><p>" + MIXED + "</p></body></html>");
        GlossProcess.Result imported = quiet("doc", "import", "p.gloss", "word.docx", "open.odt", "page.html");
        assertThat(imported.out()).isEqualTo("imported word (103 code points)\n"
                + "imported open (76 code points)\nimported page (82 code points)\n");
        assertThat(ok("doc", "text", "p.gloss", "word").out())
                .isEqualTo(MIXED + "[1]\n\n——— Footnotes ———\n[1] Сноска.");
        assertThat(ok("doc", "text", "p.gloss", "open").out()).isEqualTo("Қарыз\n\n" + MIXED);
        assertThat(ok("doc", "text", "p.gloss", "page").out()).isEqualTo("Қарыз (web)\n\n" + MIXED);
        String json = ok("doc", "list", "p.gloss", "--json").out();
        assertThat(json).contains("\"importer\" : \"docx\"", "\"importer\" : \"odt\"", "\"importer\" : \"html\"",
                "\"file\" : \"word.docx\"", "\"sha256\" : \"" + sha256(dir.resolve("word.docx")) + "\"",
                "\"size\" : " + Files.size(dir.resolve("word.docx")));
    }

    @Test
    void pdfImportsInReadingOrderAndReflowsOnRequest() throws Exception {
        ok("new", "p.gloss");
        Path font = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        try (PDDocument doc = new PDDocument()) {
            PDFont dejaVu = PDType0Font.load(doc, font.toFile());
            for (int number = 1; number <= 2; number++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    show(cs, dejaVu, 8, 200, 40, "Journal of Steppe Studies 12");
                    show(cs, dejaVu, 12, 72, 100, number == 1 ? "Қарыз: a two-way road, whose long develop-" : "that families built.");
                    show(cs, dejaVu, 12, 72, 115, number == 1 ? "ment changed the infrastructure of trust" : "Долг платежом красен.");
                    show(cs, dejaVu, 9, 295, 810, Integer.toString(number));
                }
            }
            doc.save(dir.resolve("article.pdf").toFile());
        }
        quiet("doc", "import", "p.gloss", "article.pdf");
        assertThat(ok("doc", "text", "p.gloss", "article").out()).isEqualTo("Journal of Steppe Studies 12\n"
                + "Қарыз: a two-way road, whose long develop-\nment changed the infrastructure of trust\n1\n\n"
                + "Journal of Steppe Studies 12\nthat families built.\nДолг платежом красен.\n2");
        Files.copy(dir.resolve("article.pdf"), dir.resolve("reflowed.pdf"));
        quiet("doc", "import", "p.gloss", "reflowed.pdf", "--reflow");
        assertThat(ok("doc", "text", "p.gloss", "reflowed").out()).isEqualTo(
                // headers and page numbers gone, the hyphenated word and the page break joined; the
                // short line "that families built." ends a paragraph
                "Қарыз: a two-way road, whose long development changed the infrastructure of trust that families built."
                        + "\n\nДолг платежом красен.");
    }

    @Test
    void transcriptsKeepTheirTurns() throws Exception {
        ok("new", "p.gloss");
        Files.writeString(dir.resolve("talk.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:04.500\n<v Interviewer>Қарыз бар ма?\n\n"
                + "00:12:03.000 --> 00:12:09.000\n<v Айгүл>Иә, бар 😀.\n");
        Files.writeString(dir.resolve("notes.txt"), "[00:00:05] Ben: Debt is a two-way road.\nAnn (01:02:03): Yes.\n");
        ok("doc", "import", "p.gloss", "talk.vtt");
        ok("doc", "import", "p.gloss", "notes.txt", "--importer", "transcript");
        assertThat(ok("doc", "text", "p.gloss", "talk").out()).isEqualTo("Interviewer: Қарыз бар ма?\n\nАйгүл: Иә, бар 😀.");
        assertThat(ok("doc", "turns", "p.gloss", "talk").out()).isEqualTo(
                "00:00:01.000 00:00:04.500 Interviewer          [13, 26)\n"
                        + "00:12:03.000 00:12:09.000 Айгүл                [35, 45)\n");
        String json = ok("doc", "turns", "p.gloss", "notes", "--json").out();
        assertThat(json).contains("\"speaker\" : \"Ben\"", "\"start_time\" : \"00:00:05.000\"", "\"end_time\" : null",
                "\"speaker\" : \"Ann\"", "\"start_time\" : \"01:02:03.000\"", "\"start\" : 5", "\"end\" : 28");
        assertThat(ok("doc", "list", "p.gloss", "--json").out()).contains("\"importer\" : \"transcript\"");
        GlossProcess.Result unknown = gloss.run("doc", "import", "p.gloss", "notes.txt", "--importer", "nope");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("gloss: error: no importer with id 'nope' (see 'gloss doc import --list')\n");
    }

    static void show(PDPageContentStream cs, PDFont font, float size, float x, float yFromTop, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, PDRectangle.A4.getHeight() - yFromTop);
        cs.showText(text);
        cs.endText();
    }

    @Test
    void badFilesAreOneLineEachAndTheGoodOnesAreKept() throws Exception {
        ok("new", "p.gloss");
        docx(dir.resolve("good.docx"), MIXED);
        byte[] bytes = Files.readAllBytes(dir.resolve("good.docx"));
        Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.writeString(dir.resolve("wrong.odt"), "text, not a zip");
        Files.createFile(dir.resolve("empty.html"));
        Files.write(dir.resolve("latin1.html"), "<p>café</p>".getBytes(StandardCharsets.ISO_8859_1));
        GlossProcess.Result result = gloss.run("doc", "import", "p.gloss", "truncated.docx", "good.docx", "wrong.odt",
                "empty.html", "latin1.html");
        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err().lines()).as(result.toString()).hasSize(4).allMatch(l -> l.startsWith("gloss: error: "));
        assertThat(result.err()).contains("truncated.docx is not a valid DOCX file or is damaged",
                "wrong.odt is not a valid ODT file or is damaged", "empty.html is empty",
                "latin1.html is not valid UTF-8 (bad byte at offset 6)");
        assertThat(result.out()).isEqualTo("imported good (103 code points)\n");
        assertThat(ok("doc", "list", "p.gloss").out()).contains("good").doesNotContain("truncated", "wrong", "empty", "latin1");
    }

    @Test
    void duplicateContentIsReportedUnlessAllowed() throws Exception {
        ok("new", "p.gloss");
        docx(dir.resolve("first.docx"), MIXED);
        Files.copy(dir.resolve("first.docx"), dir.resolve("copy.docx"));
        quiet("doc", "import", "p.gloss", "first.docx");
        GlossProcess.Result duplicate = gloss.run("doc", "import", "p.gloss", "copy.docx");
        assertThat(duplicate.status()).isEqualTo(1);
        assertThat(duplicate.err()).isEqualTo("gloss: error: document 'copy' has the same content as 'first'"
                + " (use --allow-duplicate to import it anyway)\n");
        ok("doc", "import", "p.gloss", "copy.docx", "--allow-duplicate");
        assertThat(ok("doc", "list", "p.gloss").out()).contains("first", "copy");
    }

    @Test
    void documentAttributesAreSetOneByOneOrFromCsvAndListed() throws Exception {
        ok("new", "p.gloss");
        Files.writeString(dir.resolve("aigul.txt"), "Айгүл: Қарыз бар.");
        Files.writeString(dir.resolve("ben.txt"), "Ben: No debt.");
        ok("doc", "import", "p.gloss", "aigul.txt", "ben.txt");
        assertThat(ok("doc", "attr", "set", "p.gloss", "aigul", "age", "34").out()).isEqualTo("aigul: age = 34 (number)\n");
        assertThat(ok("doc", "attr", "set", "p.gloss", "aigul", "code", "007", "--type", "text").out())
                .isEqualTo("aigul: code = 007 (text)\n");
        GlossProcess.Result bad = gloss.run("doc", "attr", "set", "p.gloss", "aigul", "age", "old", "--type", "number");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo("gloss: error: attribute 'age' of document 'aigul': 'old' is not a number (type number)\n");
        Files.writeString(dir.resolve("cases.csv"), "document,region,interviewed:date,age\n"
                + "aigul,Алматы,2024-05-01,34\nben,Leeds,2024-06-11,n/a\n");
        assertThat(ok("doc", "attr", "import", "p.gloss", "cases.csv").out())
                .isEqualTo("set 6 attribute value(s) on 2 document(s)\n");
        String json = ok("doc", "list", "p.gloss", "--json").out();
        assertThat(json).containsPattern(attribute("region", "text", "Алматы"))
                .containsPattern(attribute("interviewed", "date", "2024-05-01"))
                .containsPattern(attribute("code", "text", "007"))
                // "n/a" in the age column makes the whole column text
                .containsPattern(attribute("age", "text", "n/a"));
        Files.writeString(dir.resolve("bad.csv"), "document,age:number\naigul,34\nnobody,5\n");
        GlossProcess.Result badCsv = gloss.run("doc", "attr", "import", "p.gloss", "bad.csv");
        assertThat(badCsv.status()).isEqualTo(1);
        assertThat(badCsv.err()).isEqualTo("gloss: error: bad.csv line 3: unknown document 'nobody'\n");
    }

    /** A typed attribute in `doc list --json`, whatever the order of its fields. */
    static String attribute(String key, String type, String value) {
        String t = "\"type\" : \"" + type + "\"";
        String v = "\"value\" : \"" + java.util.regex.Pattern.quote(value) + "\"";
        return "\"" + key + "\" : \\{\\s*(" + t + ",\\s*" + v + "|" + v + ",\\s*" + t + ")\\s*}";
    }

    static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    static void docx(Path file, String paragraph) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText(paragraph);
            XWPFFootnote footnote = doc.createFootnote();
            footnote.createParagraph().createRun().setText("Сноска.");
            p.createRun().getCTR().addNewFootnoteReference().setId(footnote.getId());
            doc.write(out);
        }
    }

    /** A minimal ODT written by hand: mimetype, manifest and content.xml. */
    static void odt(Path file, String officeText) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                    + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                    + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                    + "<office:body><office:text>" + officeText + "</office:text></office:body></office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
