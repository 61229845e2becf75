package org.gloss.exchange.refiqda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.exchange.ImportReport;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.CodedSegments;
import org.gloss.model.CodedSegment;
import org.gloss.model.MemoTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QDPX files as other tools write them, built by hand. */
class QdpxInteropTest {
    private static final String U1 = "AAAAAAAA-0000-0000-0000-00000000000";
    @TempDir
    Path dir;

    private static String guid(int n) {
        return "aaaaaaaa-0000-0000-0000-" + String.format("%012d", n);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<CodedSegment> importAndList(Path qdpx, List<String> warningsOut) {
        try (ProjectSession p = SampleProject.create(dir.resolve("p" + System.nanoTime() + ".gloss"))) {
            ImportReport report = new QdpxImporter().importProject(qdpx, p);
            warningsOut.addAll(report.warnings());
            return CodedSegments.list(p, CodingFilter.ALL);
        }
    }

    @Test
    void qualCoderStyleExportWithCapitalSourcesBomCrlfBracedGuidsAndTypoNamespace() throws Exception {
        // QualCoder writes utf-8-sig (BOM), NVivo counts CR and LF separately and wrote "Sources/" and the 1:0 typo
        String text = "Line one\r\nЖол екі 😀 here\r\nend";
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1:0\" name=\"nvivo\" origin=\"NVivo 12 Mac\">"
                + "<Users><User guid=\"{" + U1 + "1}\" name=\"Ана\"/></Users>"
                + "<CodeBook><Codes>"
                + "<Code guid=\"" + guid(10) + "\" name=\"Тема\" isCodable=\"false\" color=\"#0f0\">"
                + "<Code guid=\"" + guid(11) + "\" name=\"Қарыз\" isCodable=\"true\"><Description>sub</Description></Code>"
                + "</Code></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"" + guid(20) + "\" name=\"Сұхбат\" plainTextPath=\"internal://" + guid(20) + ".txt\">"
                // "Жол екі 😀" starts after "Line one\r\n": raw 10, stored 9; it is 9 code points long
                + "<PlainTextSelection guid=\"" + guid(30) + "\" startPosition=\"10\" endPosition=\"19\" creatingUser=\"" + U1.toLowerCase() + "1\">"
                + "<Description>memo here</Description>"
                + "<Coding guid=\"" + guid(31) + "\" creatingUser=\"" + U1 + "1\"><CodeRef targetGUID=\"" + guid(11) + "\"/></Coding>"
                + "</PlainTextSelection>"
                // "end" after the second CRLF: raw 26..29, stored 24..27
                + "<PlainTextSelection guid=\"" + guid(32) + "\" startPosition=\"26\" endPosition=\"29\">"
                + "<Coding guid=\"" + guid(33) + "\" creatingUser=\"" + guid(99) + "\"><CodeRef targetGUID=\"" + guid(10) + "\"/></Coding>"
                + "</PlainTextSelection>"
                + "</TextSource></Sources></Project>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", utf8(xml));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8(text);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        entries.put("Sources/" + guid(20) + ".txt", withBom);
        Path qdpx = Schemas.zip(dir.resolve("nvivo.qdpx"), entries);
        List<String> warnings = new java.util.ArrayList<>();
        try (ProjectSession p = SampleProject.create(dir.resolve("nvivo.gloss"))) {
            ImportReport report = new QdpxImporter().importProject(qdpx, p);
            warnings.addAll(report.warnings());
            assertThat(p.documents().text(p.documents().get("Сұхбат").id())).isEqualTo("Line one\nЖол екі 😀 here\nend");
            assertThat(p.codebook().get("Тема").color()).isEqualTo("#00ff00");
            // no colour in the file: the store gives the code a palette colour
            assertThat(org.gloss.core.project.CodePalette.nameOf(p.codebook().get("Қарыз").color())).isPresent();
            assertThat(p.codebook().get("Қарыз").parentId()).isEqualTo(p.codebook().get("Тема").id());
            assertThat(p.codebook().get("Қарыз").description()).isEqualTo("sub");
            List<CodedSegment> segments = CodedSegments.list(p, CodingFilter.ALL);
            assertThat(segments).extracting(CodedSegment::text).containsExactly("Жол екі 😀", "end");
            assertThat(segments.get(0).coder()).isEqualTo("Ана");
            assertThat(segments.get(0).memo()).isEqualTo("memo here");
            assertThat(segments.get(1).coder()).isEqualTo(ProjectLoader.UNKNOWN_CODER);
        }
        assertThat(warnings).anyMatch(w -> w.contains("1:0")).anyMatch(w -> w.contains(ProjectLoader.UNKNOWN_CODER));
    }

    @Test
    void atlasTiCountsCrlfAsOneCharacter() throws Exception {
        String xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"a\" origin=\"ATLAS.ti 23\">"
                + "<Users><User guid=\"" + guid(1) + "\" name=\"x\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"" + guid(10) + "\" name=\"c\" isCodable=\"true\"/></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"" + guid(20) + "\" name=\"t\" plainTextPath=\"internal://" + guid(20) + ".txt\">"
                + "<PlainTextSelection guid=\"" + guid(30) + "\" startPosition=\"3\" endPosition=\"6\">"
                + "<Coding guid=\"" + guid(31) + "\" creatingUser=\"" + guid(1) + "\"><CodeRef targetGUID=\"" + guid(10) + "\"/></Coding>"
                + "</PlainTextSelection></TextSource></Sources></Project>";
        Path qdpx = Schemas.zip(dir.resolve("atlas.qdpx"), Map.of("project.qde", utf8(xml),
                "sources/" + guid(20) + ".txt", utf8("ab\r\ncde\r\n")));
        assertThat(importAndList(qdpx, new java.util.ArrayList<>())).extracting(CodedSegment::text).containsExactly("cde");
    }

    @Test
    void relativePathsInlineTextDecomposedAccentsDuplicateNamesNotesAndCases() throws Exception {
        Path media = Files.createDirectories(dir.resolve("media"));
        Files.writeString(media.resolve("external.txt"), "external text");
        String decomposed = "cafe\u0301 au lait"; // "café" with a combining accent: 5 code points for 4 in NFC
        String xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"m\" origin=\"MAXQDA 2022\" basePath=\"" + media.toUri().getPath() + "\">"
                + "<Users><User guid=\"" + guid(1) + "\" name=\"m\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"" + guid(10) + "\" name=\"same\" isCodable=\"true\"/>"
                + "<Code guid=\"" + guid(11) + "\" name=\"same\" isCodable=\"true\"><NoteRef targetGUID=\"" + guid(50) + "\"/></Code></Codes></CodeBook>"
                + "<Variables><Variable guid=\"" + guid(40) + "\" name=\"Cases:Age group\" typeOfVariable=\"Integer\"/></Variables>"
                + "<Cases><Case guid=\"" + guid(41) + "\"><VariableValue><VariableRef targetGUID=\"" + guid(40) + "\"/><IntegerValue>30</IntegerValue></VariableValue>"
                + "<SourceRef targetGUID=\"" + guid(21) + "\"/></Case></Cases>"
                + "<Sources>"
                + "<TextSource guid=\"" + guid(20) + "\" name=\"doc\" plainTextPath=\"relative:///external.txt\"/>"
                + "<TextSource guid=\"" + guid(21) + "\" name=\"doc\"><PlainTextContent>" + decomposed + "</PlainTextContent>"
                + "<PlainTextSelection guid=\"" + guid(30) + "\" startPosition=\"6\" endPosition=\"8\">"
                + "<Coding guid=\"" + guid(31) + "\" creatingUser=\"" + guid(1) + "\"><CodeRef targetGUID=\"" + guid(11) + "\"/></Coding>"
                + "</PlainTextSelection><NoteRef targetGUID=\"" + guid(51) + "\"/></TextSource>"
                + "<TextSource guid=\"" + guid(22) + "\" name=\"empty\"/>"
                + "<PictureSource guid=\"" + guid(23) + "\" name=\"photo\" path=\"internal://x.png\"/>"
                + "</Sources>"
                + "<Notes><Note guid=\"" + guid(50) + "\" name=\"n\" creatingUser=\"" + guid(1) + "\"><PlainTextContent>code note</PlainTextContent></Note>"
                + "<Note guid=\"" + guid(51) + "\" name=\"Journal\"><PlainTextContent>doc note</PlainTextContent></Note>"
                + "<Note guid=\"" + guid(52) + "\"><PlainTextContent>loose note</PlainTextContent></Note></Notes>"
                + "</Project>";
        Path qdpx = Schemas.zip(dir.resolve("maxqda.qdpx"), Map.of("project.qde", utf8(xml)));
        try (ProjectSession p = SampleProject.create(dir.resolve("m.gloss"))) {
            // a basePath source is read only when allowed, and the read is reported
            ImportReport report = new QdpxImporter().importProject(qdpx, p,
                    java.util.Set.of(org.gloss.api.exchange.ProjectImporter.ALLOW_EXTERNAL_SOURCES));
            assertThat(p.documents().text(p.documents().get("doc").id())).isEqualTo("external text");
            assertThat(report.warnings()).contains("source 'doc': text read from the local file "
                    + media.resolve("external.txt").toAbsolutePath() + " (--allow-external-sources)");
            long second = p.documents().get("doc (2)").id();
            assertThat(p.documents().text(second)).isEqualTo("café au lait");
            // a MAXQDA case has no name: it is named by its GUID; its variables are the case's attributes, not the document's
            assertThat(p.documents().get("doc (2)").attributes()).isEmpty();
            org.gloss.model.Case kase = p.cases().get("case aaaaaaaa");
            assertThat(kase.attributes().get("Cases:Age group"))
                    .isEqualTo(new org.gloss.model.AttributeValue(org.gloss.model.AttributeType.NUMBER, "30"));
            assertThat(kase.members()).containsExactly(org.gloss.model.CaseMember.wholeDocument(second));
            assertThat(p.codebook().find("same (2)")).isPresent();
            // raw [6, 8) is "au" after the decomposed "café "; in NFC it is [5, 7)
            assertThat(CodedSegments.list(p, CodingFilter.ALL)).extracting(CodedSegment::text, CodedSegment::code,
                    CodedSegment::start).containsExactly(org.assertj.core.groups.Tuple.tuple("au", "same (2)", 5));
            assertThat(p.memos().find(MemoTarget.CODE, p.codebook().get("same (2)").id()).orElseThrow().author()).isEqualTo("m");
            assertThat(p.memos().find(MemoTarget.DOCUMENT, second).orElseThrow().text()).isEqualTo("doc note");
            assertThat(p.memos().findFree("Note 1").orElseThrow().text()).isEqualTo("loose note");
            assertThat(report.warnings()).anyMatch(w -> w.contains("'empty' has no plain text"))
                    .anyMatch(w -> w.contains("PictureSource"))
                    .anyMatch(w -> w.contains("'doc' appears more than once"))
                    .anyMatch(w -> w.contains("'same' appears more than once"));
        }
    }

    @Test
    void selectionsOutsideTheTextAreSkippedWithAWarning() throws Exception {
        String xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"q\">"
                + "<CodeBook><Codes><Code guid=\"" + guid(10) + "\" name=\"c\" isCodable=\"true\"/></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"" + guid(20) + "\" name=\"t\"><PlainTextContent>short</PlainTextContent>"
                + "<PlainTextSelection guid=\"" + guid(30) + "\" startPosition=\"2\" endPosition=\"99\">"
                + "<Coding guid=\"" + guid(31) + "\"><CodeRef targetGUID=\"" + guid(10) + "\"/></Coding>"
                + "</PlainTextSelection></TextSource></Sources></Project>";
        Path qdpx = Schemas.zip(dir.resolve("q.qdpx"), Map.of("project.qde", utf8(xml)));
        List<String> warnings = new java.util.ArrayList<>();
        assertThat(importAndList(qdpx, warnings)).isEmpty();
        assertThat(warnings).anyMatch(w -> w.contains("[2, 99) is outside the text (5 code points)"));
    }
}
