package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite (issue 14) through {@code bin/gloss}: user regular expressions, deep
 * structures, archives that reach for local files, documents without text, and the holes closed
 * before (XXE, zip bombs, zip slip). Each case is a real process; its exit status and its one
 * line on standard error are the contract. {@link DamagedProjectIT} and {@link HostileOutputIT}
 * cover damaged projects and output, messages and coders.
 */
class HostileInputIT {
    @TempDir
    Path dir;

    private HostileInputs gloss;

    @BeforeEach
    void setUp() {
        gloss = new HostileInputs(new GlossProcess(dir));
    }

    @AfterAll
    static void count() {
        System.out.println("hostile inputs run through bin/gloss so far: " + HostileInputs.count());
    }

    /** 20,000 words of mixed scripts, in lines, as in the adversarial run. */
    private void longDocument() throws Exception {
        Random random = new Random(14);
        String[] words = {"debt", "road", "кредит", "қарыз", "a", "aa", "b"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append(words[random.nextInt(words.length)]).append(i % 17 == 16 ? "\n" : " ");
        }
        Files.writeString(dir.resolve("long.txt"), text);
        gloss.ok("new", "p.gloss");
        gloss.ok("doc", "import", "p.gloss", "long.txt");
    }

    @Test
    void userRegularExpressionsNeitherCrashNorHang() throws Exception {
        longDocument();
        for (String pattern : new String[] {"(\\w|\\s)+", "(.|\\n)*", "(a|b)+", "(a|aa)*c"}) {
            GlossProcess.Result result = gloss.survived("search", "p.gloss", pattern, "--regex", "--limit", "1");
            assertThat(result.err()).doesNotContain("StackOverflowError");
        }
        gloss.ok("code", "add", "p.gloss", "auto");
        assertThat(gloss.survived("autocode", "p.gloss", "(\\w|\\s)+", "--regex", "--code", "auto", "--coder", "x",
                "--dry-run").out()).isNotEmpty();
        gloss.refused("query '((a{1000}){1000}){1000}' is too complex", "search", "p.gloss", "((a{1000}){1000}){1000}", "--regex");
        gloss.refused("malformed regular expression '(a)\\1'", "search", "p.gloss", "(a)\\1", "--regex");
        gloss.usage("--literal and --regex exclude each other", "search", "p.gloss", "a", "--regex", "--literal");
    }

    /** A codebook of {@code levels} nested codes, one per line after the three header lines. */
    private static String nestedCodes(int levels) {
        StringBuilder xml = new StringBuilder();
        for (int i = 1; i <= levels; i++) {
            xml.append("<Code guid=\"").append(UUID.randomUUID()).append("\" name=\"level ").append(i)
                    .append("\" isCodable=\"true\">\n");
        }
        return xml.append("</Code>".repeat(levels)).toString();
    }

    private Path qdpx(String name, Map<String, byte[]> entries) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void deepCodebooksAreRefusedWithALineAndTheLimitHoldsOnEveryPath() throws Exception {
        gloss.ok("new", "p.gloss");
        Files.writeString(dir.resolve("deep.qdc"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n" + nestedCodes(5_000) + "</Codes>\n</CodeBook>\n");
        gloss.refused("deep.qdc line 68: codes are nested more than 64 levels deep; Gloss allows at most 64",
                "import-codebook", "p.gloss", "deep.qdc");
        assertThat(gloss.ok("code", "list", "p.gloss").out()).isEmpty();
        qdpx("deep.qdpx", Map.of("project.qde", utf8("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"deep\">\n<CodeBook><Codes>\n" + nestedCodes(5_000)
                + "</Codes></CodeBook>\n</Project>\n")));
        gloss.refused("project.qde line 68: codes are nested more than 64 levels deep", "import-project", "deep.qdpx",
                "--out", "deep.gloss");
        assertThat(dir.resolve("deep.gloss")).doesNotExist();

        Files.writeString(dir.resolve("64.qdc"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n" + nestedCodes(64) + "</Codes>\n</CodeBook>\n");
        gloss.ok("import-codebook", "p.gloss", "64.qdc");
        gloss.refused("cannot add code 'x' under 'level 64': the codebook would be 65 levels deep, and Gloss allows at most 64",
                "code", "add", "p.gloss", "x", "--parent", "level 64");
        gloss.ok("code", "add", "p.gloss", "branch");
        gloss.ok("code", "add", "p.gloss", "leaf", "--parent", "branch");
        gloss.refused("cannot move code 'branch' under 'level 63': the codebook would be 65 levels deep",
                "code", "move", "p.gloss", "branch", "level 63");
        gloss.refused("cannot merge code 'branch' into 'level 64' (its sub-codes move under it): the codebook would be 65",
                "code", "merge", "p.gloss", "branch", "level 64");
        String json = gloss.survived("code", "list", "p.gloss", "--json").out();
        assertThat(json.split("\"children\"", -1)).hasSize(67);
    }

    private static String withSource(String plainTextPath, String basePath) {
        return "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"v\"" + (basePath == null ? "" : " basePath=\"" + basePath + "\"")
                + "><Sources><TextSource guid=\"aaaaaaaa-0000-0000-0000-000000000002\" name=\"interview\" plainTextPath=\""
                + plainTextPath + "\"/></Sources></Project>";
    }

    @Test
    void aProjectFileCannotPullLocalFilesIntoTheProject() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "my own secret notes");
        qdpx("abs.qdpx", Map.of("project.qde", utf8(withSource("absolute://" + secret.toAbsolutePath(), null))));
        gloss.refused("source 'interview' takes its text from a file outside the archive (absolute://" + secret.toAbsolutePath()
                + "); refused", "import-project", "abs.qdpx", "--out", "a.gloss");
        qdpx("base.qdpx", Map.of("project.qde", utf8(withSource("relative://secret.txt", dir.toString()))));
        gloss.refused("source 'interview' takes its text from a file outside the archive (relative://secret.txt)",
                "import-project", "base.qdpx", "--out", "b.gloss");
        assertThat(dir.resolve("a.gloss")).doesNotExist();
        assertThat(dir.resolve("b.gloss")).doesNotExist();
        GlossProcess.Result allowed = gloss.survived("import-project", "abs.qdpx", "--out", "c.gloss", "--allow-external-sources");
        assertThat(allowed.err()).isEqualTo("gloss: warning: source 'interview': text read from the local file "
                + secret.toAbsolutePath() + " (--allow-external-sources)\n");
        assertThat(gloss.ok("doc", "text", "c.gloss", "interview").out()).isEqualTo("my own secret notes");
    }

    @Test
    void documentsWithoutTextAreRefusedByEveryImporterNamingTheFile() throws Exception {
        gloss.ok("new", "p.gloss");
        Files.createFile(dir.resolve("empty.txt"));
        Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Files.write(dir.resolve("nul.txt"), new byte[64]);
        Files.write(dir.resolve("controls.md"), new byte[] {7, 8, 27, 10, 13, 10, 9});
        Files.writeString(dir.resolve("blank.html"), "<html><body><p>\u00A0 \u200B</p></body></html>");
        ImportersIT.odt(dir.resolve("blank.odt"), "<text:p>\u0007 </text:p>");
        gloss.refused("empty.txt is empty", "doc", "import", "p.gloss", "empty.txt");
        gloss.refused("bom.txt is empty", "doc", "import", "p.gloss", "bom.txt");
        gloss.refused("nul.txt has no text: only white space or control characters", "doc", "import", "p.gloss", "nul.txt");
        gloss.refused("controls.md has no text: only white space or control characters", "doc", "import", "p.gloss", "controls.md");
        gloss.refused("blank.html", "doc", "import", "p.gloss", "blank.html");
        gloss.refused("blank.odt", "doc", "import", "p.gloss", "blank.odt");
        assertThat(gloss.ok("doc", "list", "p.gloss", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void theHolesClosedBeforeStayClosed() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        qdpx("xxe.qdpx", Map.of("project.qde", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&xxe;\"/>")));
        gloss.refused("project.qde contains a DOCTYPE declaration; refused", "import-project", "xxe.qdpx", "--out", "x.gloss");
        Map<String, byte[]> slip = new LinkedHashMap<>();
        slip.put("project.qde", utf8("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"v\"/>"));
        slip.put("sources/../../evil.txt", utf8("x"));
        qdpx("slip.qdpx", slip);
        gloss.refused("slip.qdpx: archive entry 'sources/../../evil.txt' points outside the archive (zip slip)",
                "import-project", "slip.qdpx", "--out", "s.gloss");
        Path bomb = dir.resolve("bomb.qdpx");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(utf8("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"v\"/>"));
            zip.putNextEntry(new ZipEntry("sources/zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        gloss.refused("bomb.qdpx", "import-project", "bomb.qdpx", "--out", "z.gloss");
        // the same for documents: a DOCX bomb and an XHTML page whose DTD names a local file
        Path docxBomb = dir.resolve("bomb.docx");
        try (OutputStream out = Files.newOutputStream(docxBomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(utf8("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        gloss.ok("new", "p.gloss");
        gloss.refused("bomb.docx", "doc", "import", "p.gloss", "bomb.docx");
        Files.writeString(dir.resolve("page.xhtml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n  <!ENTITY s SYSTEM \""
                + secret.toUri() + "\">\n]>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Only this. &s;</p></body></html>");
        gloss.survived("doc", "import", "p.gloss", "page.xhtml");
        assertThat(gloss.ok("doc", "text", "p.gloss", "page").out()).startsWith("Only this.").doesNotContain("top secret", "]>");
        for (String name : new String[] {"x.gloss", "s.gloss", "z.gloss"}) {
            assertThat(dir.resolve(name)).doesNotExist();
        }
    }
}
