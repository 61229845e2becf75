package org.gloss.exchange.refiqda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.gloss.api.exchange.ImportReport;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.ExportScope;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gloss -> QDPX -> Gloss loses nothing a user can see. */
class QdpxRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void roundTripKeepsTextsCodebookCodersCodingsMemosAttributesCasesAndSets() throws Exception {
        Map<String, Object> before;
        byte[] qdpx;
        try (ProjectSession original = SampleProject.create(dir.resolve("original.gloss"))) {
            SampleProject.fill(original);
            before = SampleProject.picture(original);
            qdpx = Schemas.export(new QdpxExporter(), original, ExportRequest.all());
        }
        Path file = Files.write(dir.resolve("exchange.qdpx"), qdpx);
        ImportReport report;
        try (ProjectSession copy = SampleProject.create(dir.resolve("copy.gloss"))) {
            report = new QdpxImporter().importProject(file, copy);
            assertThat(SampleProject.picture(copy)).isEqualTo(before);
        }
        assertThat(report.warnings()).isEmpty();
        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.codings()).isEqualTo(5);
        assertThat(report.coders()).isEqualTo(3);
        assertThat(report.memos()).as("project, document, code, two codings, one free memo").isEqualTo(6);
        // and a second trip gives the same project again
        byte[] again;
        try (ProjectSession copy = SampleProject.open(dir.resolve("copy.gloss"))) {
            again = Schemas.export(new QdpxExporter(), copy, ExportRequest.all());
        }
        try (ProjectSession third = SampleProject.create(dir.resolve("third.gloss"))) {
            new QdpxImporter().importProject(Files.write(dir.resolve("again.qdpx"), again), third);
            assertThat(SampleProject.picture(third)).isEqualTo(before);
        }
    }

    @Test
    void projectXmlValidatesAndPositionsAreCodePointsIntoTheSourceFile() throws Exception {
        byte[] qdpx;
        try (ProjectSession p = SampleProject.create(dir.resolve("p.gloss"))) {
            SampleProject.fill(p);
            qdpx = Schemas.export(new QdpxExporter(), p, ExportRequest.all());
        }
        Map<String, byte[]> entries = Schemas.unzip(qdpx);
        assertThat(entries).containsKey("project.qde");
        Schemas.validate(entries.get("project.qde"), "Project.xsd");
        String xml = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
        assertThat(xml).contains("xmlns=\"urn:QDA-XML:project:1.0\"").contains("plainTextPath=\"internal://");
        // every source file is the stored text, and the selection [59, 77) covers code points, not chars
        String interviewEntry = entries.keySet().stream().filter(n -> n.startsWith("sources/"))
                .filter(n -> new String(entries.get(n), StandardCharsets.UTF_8).equals(SampleProject.INTERVIEW))
                .findFirst().orElseThrow();
        assertThat(xml).contains("plainTextPath=\"internal://" + interviewEntry.substring("sources/".length()) + "\"");
        assertThat(xml).contains("startPosition=\"59\" endPosition=\"77\"");
        String text = SampleProject.INTERVIEW;
        assertThat(text.substring(text.offsetByCodePoints(0, 59), text.offsetByCodePoints(0, 77))).isEqualTo(": Debt 💸 worries m");
    }

    @Test
    void guidsAreStableAcrossExports() throws Exception {
        try (ProjectSession p = SampleProject.create(dir.resolve("p.gloss"))) {
            SampleProject.fill(p);
            byte[] first = Schemas.export(new QdpxExporter(), p, ExportRequest.all());
            byte[] second = Schemas.export(new QdpxExporter(), p, ExportRequest.all());
            assertThat(Schemas.unzip(second).get("project.qde")).isEqualTo(Schemas.unzip(first).get("project.qde"));
            assertThat(Schemas.unzip(second).keySet()).isEqualTo(Schemas.unzip(first).keySet());
        }
    }

    @Test
    void scopeRestrictsTheCodingsButKeepsTheCodebook() throws Exception {
        try (ProjectSession p = SampleProject.create(dir.resolve("p.gloss"))) {
            SampleProject.fill(p);
            byte[] qdpx = Schemas.export(new QdpxExporter(), p,
                    new ExportRequest(new ExportScope(null, null, "ben"), Map.of()));
            String xml = new String(Schemas.unzip(qdpx).get("project.qde"), StandardCharsets.UTF_8);
            assertThat(xml.split("<Coding ", -1)).as("ben's two codings").hasSize(3);
            assertThat(xml).contains("name=\"generational shift\"");
            Schemas.validate(xml.getBytes(StandardCharsets.UTF_8), "Project.xsd");
        }
    }

    /** The GUIDs of the identified elements of a project.qde, by element name. */
    private static Map<String, java.util.Set<String>> guids(byte[] qdpx) throws java.io.IOException {
        String xml = new String(Schemas.unzip(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        Map<String, java.util.Set<String>> guids = new java.util.TreeMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<(User|Code|Case|TextSource|PlainTextSelection|Coding|Note|Set) [^>]*?guid=\"([^\"]+)\"").matcher(xml);
        while (m.find()) {
            guids.computeIfAbsent(m.group(1), k -> new java.util.TreeSet<>()).add(m.group(2));
        }
        return guids;
    }

    @Test
    void aReExportUsesTheGuidsOfTheImportedFile() throws Exception {
        byte[] exported;
        try (ProjectSession original = SampleProject.create(dir.resolve("original.gloss"))) {
            SampleProject.fill(original);
            exported = Schemas.export(new QdpxExporter(), original, ExportRequest.all());
        }
        byte[] reExported;
        try (ProjectSession copy = SampleProject.create(dir.resolve("copy.gloss"))) {
            new QdpxImporter().importProject(Files.write(dir.resolve("exchange.qdpx"), exported), copy);
            reExported = Schemas.export(new QdpxExporter(), copy, ExportRequest.all());
        }
        Map<String, java.util.Set<String>> before = guids(exported);
        assertThat(before.keySet()).containsExactly("Case", "Code", "Coding", "Note", "PlainTextSelection", "Set", "TextSource",
                "User");
        assertThat(guids(reExported)).isEqualTo(before);
        assertThat(Schemas.unzip(reExported).keySet()).isEqualTo(Schemas.unzip(exported).keySet());
        Schemas.validate(Schemas.unzip(reExported).get("project.qde"), "Project.xsd");
    }

    @Test
    void objectsAddedAfterTheImportGetGuidsOfTheirOwn() throws Exception {
        byte[] exported;
        try (ProjectSession original = SampleProject.create(dir.resolve("original.gloss"))) {
            SampleProject.fill(original);
            exported = Schemas.export(new QdpxExporter(), original, ExportRequest.all());
        }
        try (ProjectSession copy = SampleProject.create(dir.resolve("copy.gloss"))) {
            new QdpxImporter().importProject(Files.write(dir.resolve("exchange.qdpx"), exported), copy);
            copy.codebook().add("added later", null, null, null);
            byte[] reExported = Schemas.export(new QdpxExporter(), copy, ExportRequest.all());
            Map<String, java.util.Set<String>> after = guids(reExported);
            assertThat(after.get("Code")).containsAll(guids(exported).get("Code")).hasSize(guids(exported).get("Code").size() + 1);
            Schemas.validate(Schemas.unzip(reExported).get("project.qde"), "Project.xsd");
        }
    }
}
