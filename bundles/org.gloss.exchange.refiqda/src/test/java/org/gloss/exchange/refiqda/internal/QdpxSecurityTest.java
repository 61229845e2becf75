package org.gloss.exchange.refiqda.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile archives are refused with a clear message, and nothing is written. */
class QdpxSecurityTest {
    @TempDir
    Path dir;

    private static final String VALID = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"v\">"
            + "<CodeBook><Codes><Code guid=\"aaaaaaaa-0000-0000-0000-000000000001\" name=\"c\" isCodable=\"true\"/></Codes></CodeBook>"
            + "</Project>";

    private void assertRefused(Path qdpx, String message) {
        assertRefused(new QdpxImporter(), qdpx, message);
    }

    private void assertRefused(QdpxImporter importer, Path qdpx, String message) {
        try (ProjectSession p = SampleProject.create(dir.resolve("target" + System.nanoTime() + ".gloss"))) {
            assertThatThrownBy(() -> importer.importProject(qdpx, p)).isInstanceOf(GlossException.class).hasMessage(message);
            assertThat(p.codebook().list()).isEmpty();
            assertThat(p.documents().list()).isEmpty();
            assertThat(p.coders().list()).isEmpty();
        }
    }

    private Path qdpx(String name, Map<String, String> entries) throws Exception {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        entries.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return Schemas.zip(dir.resolve(name), bytes);
    }

    @Test
    void externalEntitiesAreNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        Path file = qdpx("xxe.qdpx", Map.of("project.qde", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&xxe;\"/>"));
        assertRefused(file, "project.qde contains a DOCTYPE declaration; refused (external entities are never read)");
        Path laughs = qdpx("laughs.qdpx", Map.of("project.qde", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&lol2;\"/>"));
        assertRefused(laughs, "project.qde contains a DOCTYPE declaration; refused (external entities are never read)");
    }

    private static String withSource(String plainTextPath, String basePath) {
        String project = basePath == null ? "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"v\">"
                : "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"v\" basePath=\"" + basePath + "\">";
        return VALID.replace("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"v\">", project).replace("</Project>",
                "<Sources><TextSource guid=\"aaaaaaaa-0000-0000-0000-000000000002\" name=\"interview\" plainTextPath=\""
                        + plainTextPath + "\"/></Sources></Project>");
    }

    @Test
    void anAbsoluteSourcePathCannotPullALocalFileIntoTheProject() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "my own secret notes");
        String path = "absolute://" + secret.toAbsolutePath();
        assertRefused(qdpx("abs-source.qdpx", Map.of("project.qde", withSource(path, null))),
                "source 'interview' takes its text from a file outside the archive (" + path + "); refused so that a"
                        + " project file cannot pull your own files in (use --allow-external-sources to read it)");
    }

    @Test
    void aBasePathOrFolderRelativeSourceCannotPullALocalFileIntoTheProject() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("home"));
        Files.writeString(folder.resolve("secret.txt"), "my own secret notes");
        assertRefused(qdpx("base.qdpx", Map.of("project.qde", withSource("relative://secret.txt", folder.toString()))),
                "source 'interview' takes its text from a file outside the archive (relative://secret.txt); refused so"
                        + " that a project file cannot pull your own files in (use --allow-external-sources to read it)");
        // without basePath, relative:// falls back to the archive's folder: a local file too
        Files.writeString(dir.resolve("beside.txt"), "next to the download");
        assertRefused(qdpx("beside.qdpx", Map.of("project.qde", withSource("relative://beside.txt", null))),
                "source 'interview' takes its text from a file outside the archive (relative://beside.txt); refused so"
                        + " that a project file cannot pull your own files in (use --allow-external-sources to read it)");
        // a relative path found inside the archive is not external
        try (ProjectSession p = SampleProject.create(dir.resolve("in.gloss"))) {
            new QdpxImporter().importProject(qdpx("inside.qdpx", Map.of("project.qde", withSource("relative://beside.txt",
                    folder.toString()), "beside.txt", "inside the archive")), p);
            assertThat(p.documents().text(p.documents().get("interview").id())).isEqualTo("inside the archive");
        }
    }

    @Test
    void externalSourcesAreReadWhenAllowedAndEachReadIsReported() throws Exception {
        Path secret = Files.writeString(dir.resolve("notes.txt"), "shared on purpose");
        Path file = qdpx("allowed.qdpx", Map.of("project.qde", withSource("absolute://" + secret.toAbsolutePath(), null)));
        try (ProjectSession p = SampleProject.create(dir.resolve("allowed.gloss"))) {
            var report = new QdpxImporter().importProject(file, p, java.util.Set.of(
                    org.gloss.api.exchange.ProjectImporter.ALLOW_EXTERNAL_SOURCES));
            assertThat(p.documents().text(p.documents().get("interview").id())).isEqualTo("shared on purpose");
            assertThat(report.warnings()).containsExactly("source 'interview': text read from the local file "
                    + secret.toAbsolutePath() + " (--allow-external-sources)");
        }
    }

    @Test
    void aSourceWithoutTextIsSkippedWithAWarningNotImportedEmpty() throws Exception {
        Path file = qdpx("empty-source.qdpx", Map.of("project.qde", withSource("internal://nul.txt", null),
                "sources/nul.txt", "\u0000\u0000\n"));
        try (ProjectSession p = SampleProject.create(dir.resolve("empty-source.gloss"))) {
            var report = new QdpxImporter().importProject(file, p);
            assertThat(p.documents().list()).isEmpty();
            assertThat(report.warnings()).contains("source 'interview' has no text (empty, or only white space or"
                    + " control characters); skipped with its codings");
        }
    }

    @Test
    void entriesEscapingTheArchiveAreRefused() throws Exception {
        assertRefused(qdpx("slip.qdpx", Map.of("project.qde", VALID, "sources/../../evil.txt", "x")),
                "slip.qdpx: archive entry 'sources/../../evil.txt' points outside the archive (zip slip); refused");
        assertRefused(qdpx("abs.qdpx", Map.of("project.qde", VALID, "/etc/evil.txt", "x")),
                "abs.qdpx: archive entry '/etc/evil.txt' points outside the archive (zip slip); refused");
        assertRefused(qdpx("internal.qdpx", Map.of("project.qde", VALID.replace("</Project>",
                        "<Sources><TextSource guid=\"aaaaaaaa-0000-0000-0000-000000000002\" name=\"t\" "
                        + "plainTextPath=\"internal://../../etc/passwd.txt\"/></Sources></Project>"))),
                "internal.qdpx: archive entry 'internal://../../etc/passwd.txt' points outside the archive (zip slip); refused");
    }

    @Test
    void zipBombsAreRefusedWhileInflating() throws Exception {
        // 20 MB of zeros deflate to about 20 KB: a ratio near 1000:1
        Path bomb = dir.resolve("bomb.qdpx");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(VALID.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("sources/zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        try (ProjectSession p = SampleProject.create(dir.resolve("b.gloss"))) {
            assertThatThrownBy(() -> new QdpxImporter().importProject(bomb, p)).isInstanceOf(GlossException.class)
                    .hasMessageStartingWith("bomb.qdpx: entry 'sources/zeros.txt' has a compression ratio of ")
                    .hasMessageEndingWith(":1 (zip bomb?); refused");
        }
        // sizes: the same archive against small limits for one entry and for the whole archive
        assertRefused(new QdpxImporter(new SafeArchive.Limits(10, 1 << 20, 1L << 30, Long.MAX_VALUE, 0)), bomb,
                "bomb.qdpx: entry 'sources/zeros.txt' expands to more than 1048576 bytes (zip bomb?); refused");
        assertRefused(new QdpxImporter(new SafeArchive.Limits(10, 1L << 30, 4 << 20, Long.MAX_VALUE, 0)), bomb,
                "bomb.qdpx expands to more than 4194304 bytes in total (zip bomb?); refused");
        assertRefused(new QdpxImporter(new SafeArchive.Limits(1, 1L << 30, 1L << 30, Long.MAX_VALUE, 0)), bomb,
                "bomb.qdpx has more than 1 entries; refused");
    }

    @Test
    void missingDuplicateInvalidAndDanglingGuidsAreRefused() throws Exception {
        assertRefused(qdpx("missing.qdpx", Map.of("project.qde", VALID.replace("guid=\"aaaaaaaa-0000-0000-0000-000000000001\" ", ""))),
                "project.qde: a <Code> has no guid");
        assertRefused(qdpx("dup.qdpx", Map.of("project.qde", VALID.replace("</Codes>",
                        "<Code guid=\"{AAAAAAAA-0000-0000-0000-000000000001}\" name=\"d\" isCodable=\"true\"/></Codes>"))),
                "project.qde: guid {AAAAAAAA-0000-0000-0000-000000000001} is used by more than one element");
        assertRefused(qdpx("bad.qdpx", Map.of("project.qde", VALID.replace("aaaaaaaa-0000-0000-0000-000000000001", "not-a-guid"))),
                "project.qde: <Code> has an invalid guid 'not-a-guid'");
        assertRefused(qdpx("dangling.qdpx", Map.of("project.qde", VALID.replace("</Project>",
                        "<Sources><TextSource guid=\"aaaaaaaa-0000-0000-0000-000000000002\" name=\"t\"><PlainTextContent>abc</PlainTextContent>"
                        + "<PlainTextSelection guid=\"aaaaaaaa-0000-0000-0000-000000000003\" startPosition=\"0\" endPosition=\"1\">"
                        + "<Coding guid=\"aaaaaaaa-0000-0000-0000-000000000004\"><CodeRef targetGUID=\"aaaaaaaa-0000-0000-0000-000000000009\"/></Coding>"
                        + "</PlainTextSelection></TextSource></Sources></Project>"))),
                "project.qde: <CodeRef> refers to guid aaaaaaaa-0000-0000-0000-000000000009, which no element has");
    }

    @Test
    void brokenFilesAreRefusedClearly() throws Exception {
        assertRefused(Files.writeString(dir.resolve("text.qdpx"), "not a zip"), "text.qdpx is not a readable QDPX (zip) archive: zip END header not found");
        assertRefused(qdpx("empty.qdpx", Map.of("sources/a.txt", "a")), "empty.qdpx has no project.qde");
        Path order = qdpx("order.qdpx", Map.of("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"o\">"
                + "<Sources><TextSource guid=\"aaaaaaaa-0000-0000-0000-000000000002\"/></Sources>"
                + "<Users><User guid=\"aaaaaaaa-0000-0000-0000-000000000001\"/></Users></Project>"));
        try (ProjectSession p = SampleProject.create(dir.resolve("order.gloss"))) {
            assertThatThrownBy(() -> new QdpxImporter().importProject(order, p)).isInstanceOf(GlossException.class)
                    .hasMessageStartingWith("project.qde does not match the REFI-QDA schema (line 1): cvc-complex-type.2.4.a: ")
                    .hasMessageContaining("Users");
            assertThat(p.documents().list()).isEmpty();
        }
        assertRefused(qdpx("root.qdpx", Map.of("project.qde", "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>")),
                "project.qde: expected root element <Project xmlns=\"urn:QDA-XML:project:1.0\">, found <CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">");
        assertRefused(qdpx("malformed.qdpx", Map.of("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"m\">")),
                "project.qde is not well-formed XML (line 1): XML document structures must start and end within the same entity.");
    }
}
