package org.gloss.exchange.refiqda.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QdcTest {
    @TempDir
    Path dir;

    @Test
    void codebookExportValidatesAndImportsIntoAnotherProject() throws Exception {
        byte[] qdc;
        try (ProjectSession p = SampleProject.create(dir.resolve("p.gloss"))) {
            SampleProject.fill(p);
            qdc = Schemas.export(new QdcExporter(), p, ExportRequest.all());
        }
        Schemas.validate(qdc, "Codebook.xsd");
        assertThat(new String(qdc, StandardCharsets.UTF_8)).contains("urn:QDA-XML:codebook:1.0");
        Path file = Files.write(dir.resolve("codes.qdc"), qdc);
        try (ProjectSession other = SampleProject.create(dir.resolve("other.gloss"))) {
            other.codebook().add("Economy", null, "#000000", null);
            var report = new QdcImporter().importCodebook(file, other);
            assertThat(report.codes()).isEqualTo(3);
            assertThat(report.warnings()).containsExactly("code 'Economy' already exists; kept as it is");
            Code loans = other.codebook().get("loans 💸");
            Code debt = other.codebook().get("debt concern");
            assertThat(loans.parentId()).isEqualTo(debt.id());
            assertThat(loans.description()).isEqualTo("three levels deep");
            assertThat(debt.color()).isEqualTo("#AbCdEf");
            assertThat(debt.parentId()).isEqualTo(other.codebook().get("Economy").id());
            assertThat(other.codebook().get("Economy").color()).isEqualTo("#000000");
        }
    }

    private static java.util.Set<String> codeGuids(byte[] qdc) {
        java.util.Set<String> guids = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<Code [^>]*?guid=\"([^\"]+)\"")
                .matcher(new String(qdc, StandardCharsets.UTF_8));
        while (m.find()) {
            guids.add(m.group(1));
        }
        return guids;
    }

    @Test
    void importedCodesKeepTheirGuidsInTheNextExport() throws Exception {
        byte[] qdc;
        try (ProjectSession p = SampleProject.create(dir.resolve("p.gloss"))) {
            SampleProject.fill(p);
            qdc = Schemas.export(new QdcExporter(), p, ExportRequest.all());
        }
        try (ProjectSession other = SampleProject.create(dir.resolve("other.gloss"))) {
            new QdcImporter().importCodebook(Files.write(dir.resolve("codes.qdc"), qdc), other);
            byte[] again = Schemas.export(new QdcExporter(), other, ExportRequest.all());
            assertThat(codeGuids(qdc)).hasSize(4);
            assertThat(codeGuids(again)).isEqualTo(codeGuids(qdc));
        }
    }

    @Test
    void typoNamespaceShortColoursAndBracedGuidsAreRead() throws Exception {
        String qdc = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1:0\" origin=\"NVivo 12 Mac\"><Codes>"
                + "<Code guid=\"{AAAAAAAA-0000-0000-0000-000000000001}\" name=\"Ökonomie\" isCodable=\"false\" color=\"#f0a\">"
                + "<Description>Geld</Description>"
                + "<Code guid=\"aaaaaaaa-0000-0000-0000-000000000002\" name=\"Schulden\" isCodable=\"true\"/></Code>"
                + "</Codes></CodeBook>";
        Path file = Files.writeString(dir.resolve("nvivo.qdc"), qdc);
        try (ProjectSession p = SampleProject.create(dir.resolve("p.gloss"))) {
            new QdcImporter().importCodebook(file, p);
            assertThat(p.codebook().get("Ökonomie").color()).isEqualTo("#ff00aa");
            assertThat(p.codebook().get("Ökonomie").description()).isEqualTo("Geld");
            assertThat(p.codebook().get("Schulden").parentId()).isEqualTo(p.codebook().get("Ökonomie").id());
            // no colour in the file: the store gives the code a palette colour
            assertThat(org.gloss.core.project.CodePalette.nameOf(p.codebook().get("Schulden").color())).isPresent();
        }
    }

    @Test
    void xxeInCodebookIsRefusedAndNothingIsAdded() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String qdc = "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                + "<Code guid=\"aaaaaaaa-0000-0000-0000-000000000001\" name=\"&xxe;\" isCodable=\"true\"/></Codes></CodeBook>";
        Path file = Files.writeString(dir.resolve("evil.qdc"), qdc);
        try (ProjectSession p = SampleProject.create(dir.resolve("p.gloss"))) {
            assertThatThrownBy(() -> new QdcImporter().importCodebook(file, p)).isInstanceOf(GlossException.class)
                    .hasMessage("evil.qdc contains a DOCTYPE declaration; refused (external entities are never read)");
            assertThat(p.codebook().list()).isEmpty();
        }
    }
}
