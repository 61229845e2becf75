package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and exchange through bin/gloss: formats found at run time, QDPX round trip, refused archives. */
class ExportIT {
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

    private String userError(String... args) {
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err().lines()).as(result.toString()).hasSize(1).allMatch(l -> l.startsWith("gloss: error: "));
        return result.err().strip();
    }

    @Test
    void everyInstalledFormatIsListedAndExports() throws Exception {
        ok("demo", "demo.gloss");
        String list = ok("export", "--list").out();
        String[] formats = {"csv", "xlsx", "html", "matrix", "qdc", "qdpx", "agreement"};
        for (String format : formats) {
            assertThat(list).as(list).containsPattern("(?m)^" + format + " ");
        }
        for (String format : formats) {
            Path out = dir.resolve("out." + format);
            GlossProcess.Result result = ok("export", "demo.gloss", "--format", format, "--out", out.toString());
            assertThat(result.err()).as(format + ": " + result).isEmpty();
            assertThat(Files.size(out)).as(format).isPositive();
        }
        // the agreement report compares the demo's two coders unless told otherwise
        assertThat(Files.readString(dir.resolve("out.agreement"))).contains("<h1>Agreement of aida, ben</h1>");
        String csv = Files.readString(dir.resolve("out.csv"));
        assertThat(csv).startsWith("document,code,code path,coder,start,end,text,memo");
        assertThat(Files.readAllBytes(dir.resolve("out.xlsx"))).startsWith(new byte[] {'P', 'K'});
        // a filtered export, and --excel
        ok("export", "demo.gloss", "--format", "csv", "--out", "aida.csv", "--coder", "aida", "--excel");
        byte[] aida = Files.readAllBytes(dir.resolve("aida.csv"));
        assertThat(aida).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(aida, StandardCharsets.UTF_8).lines().skip(1)).isNotEmpty().allMatch(l -> l.contains(",aida,"));
    }

    @Test
    void projectRoundTripsThroughQdpx() throws Exception {
        ok("demo", "demo.gloss");
        // a case with a range and a whole document and an attribute, a smart set and a listed one
        ok("case", "add", "demo.gloss", "Interviewee", "--range", "interview:0-40", "--doc", "article",
                "--description", "the one we talked to");
        ok("case", "attr", "set", "demo.gloss", "Interviewee", "age", "27");
        ok("set", "add", "demo.gloss", "interviews", "--where", "\"source type\"=interview");
        ok("set", "add", "demo.gloss", "reading", "--doc", "article");
        ok("export", "demo.gloss", "--format", "qdpx", "--out", "demo.qdpx");
        String imported = ok("import-project", "demo.qdpx", "--out", "copy.gloss").out();
        assertThat(imported).contains("imported demo.qdpx into copy.gloss");
        // the same coded segments; each project numbers its codings itself
        assertThat(withoutIds(ok("coding", "list", "copy.gloss").out())).isEqualTo(withoutIds(ok("coding", "list", "demo.gloss").out()));
        assertThat(ok("code", "list", "copy.gloss").out()).isEqualTo(ok("code", "list", "demo.gloss").out());
        assertThat(ok("doc", "list", "copy.gloss").out().replaceAll("\\s+\\d+\\s", " "))
                .isEqualTo(ok("doc", "list", "demo.gloss").out().replaceAll("\\s+\\d+\\s", " "));
        // cases and sets come back as they were (JSON compared as trees: key order may differ between processes)
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String kind : new String[] {"case", "set"}) {
            String before = ok(kind, "list", "demo.gloss", "--json").out();
            assertThat(json.readTree(ok(kind, "list", "copy.gloss", "--json").out())).as(kind).isEqualTo(json.readTree(before));
            assertThat(before).contains(kind.equals("case") ? "Interviewee" : "source type");
        }
    }

    @Test
    void refusedArchivesAndBadRequestsWriteNothing() throws Exception {
        ok("demo", "demo.gloss");
        zip(dir.resolve("slip.qdpx"), Map.of("project.qde", "<Project/>", "../../evil.txt", "x"));
        assertThat(userError("import-project", "slip.qdpx", "--out", "slip.gloss"))
                .isEqualTo("gloss: error: slip.qdpx: archive entry '../../evil.txt' points outside the archive (zip slip); refused");
        zip(dir.resolve("xxe.qdpx"), Map.of("project.qde", "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>"));
        assertThat(userError("import-project", "xxe.qdpx", "--out", "xxe.gloss")).contains("DOCTYPE");
        assertThat(dir.resolve("slip.gloss")).doesNotExist();
        assertThat(dir.resolve("xxe.gloss")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("importing") || n.endsWith(".part"));
        }
        assertThat(userError("import-project", "xxe.qdpx", "--out", "demo.gloss")).isEqualTo("gloss: error: project already exists: demo.gloss");
        assertThat(userError("export", "demo.gloss", "--format", "pdf", "--out", "x.pdf")).startsWith("gloss: error: unknown export format 'pdf'");
        assertThat(userError("export", "demo.gloss", "--format", "csv", "--out", "y.csv", "--code", "nope"))
                .isEqualTo("gloss: error: unknown code: nope");
        assertThat(dir.resolve("y.csv")).doesNotExist();
    }

    private static void zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    /** A coding list without its id column. */
    private static String withoutIds(String codingListCsv) {
        return codingListCsv.replaceAll(",id\r\n", "\r\n").replaceAll(",\\d+\r\n", "\r\n");
    }
}
