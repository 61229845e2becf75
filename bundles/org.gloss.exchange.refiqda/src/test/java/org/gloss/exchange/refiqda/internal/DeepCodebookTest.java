package org.gloss.exchange.refiqda.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.store.ProjectSession;
import org.gloss.exchange.refiqda.internal.QdaXml.Node;
import org.gloss.model.CodeTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deep codebooks (issue 14, item 2): no StackOverflowError, a clear error past 64 levels. */
class DeepCodebookTest {
    @TempDir
    Path dir;

    /** A .qdc whose codes are nested {@code levels} deep, one code per line after the header. */
    private static String nestedCodebook(int levels) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n");
        for (int i = 1; i <= levels; i++) {
            xml.append("<Code guid=\"").append(UUID.randomUUID()).append("\" name=\"level ").append(i)
                    .append("\" isCodable=\"true\">\n");
        }
        xml.append("</Code>".repeat(levels)).append("</Codes>\n</CodeBook>\n");
        return xml.toString();
    }

    @Test
    void fiveThousandNestedCodesAreRefusedWithALineNotAStackOverflow() throws Exception {
        Path file = Files.writeString(dir.resolve("deep.qdc"), nestedCodebook(5_000));
        try (ProjectSession project = SampleProject.create(dir.resolve("p.gloss"))) {
            assertThatThrownBy(() -> new QdcImporter().importCodebook(file, project))
                    .isInstanceOf(GlossException.class)
                    .hasMessage("deep.qdc line 68: codes are nested more than 64 levels deep; Gloss allows at most 64");
            assertThat(project.codebook().list()).isEmpty();
        }
    }

    @Test
    void sixtyFourLevelsImportAndExportAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("deep.qdc"), nestedCodebook(CodeTree.MAX_DEPTH));
        try (ProjectSession project = SampleProject.create(dir.resolve("p.gloss"))) {
            assertThat(new QdcImporter().importCodebook(file, project).codes()).isEqualTo(64);
            assertThat(new CodeTree(project.codebook().list()).depth()).isEqualTo(64);
            byte[] again = Schemas.export(new QdcExporter(), project, ExportRequest.all());
            Schemas.validate(again, "Codebook.xsd");
            assertThat(new String(again, StandardCharsets.UTF_8).split("<Code ", -1)).hasSize(65);
        }
        Path tooDeep = Files.writeString(dir.resolve("65.qdc"), nestedCodebook(CodeTree.MAX_DEPTH + 1));
        try (ProjectSession project = SampleProject.create(dir.resolve("q.gloss"))) {
            assertThatThrownBy(() -> new QdcImporter().importCodebook(tooDeep, project))
                    .hasMessageContaining("codes are nested more than 64 levels deep");
        }
    }

    @Test
    void deeplyNestedOtherElementsAreRefusedBeforeTheSchemaValidator() {
        String xml = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">" + "<x>".repeat(10_000) + "</x>".repeat(10_000)
                + "</CodeBook>";
        assertThatThrownBy(() -> QdaXml.parse(xml.getBytes(StandardCharsets.UTF_8), "x.qdc"))
                .hasMessage("x.qdc line 1: elements are nested more than 100 levels deep; this is not a REFI-QDA file"
                        + " Gloss can read");
    }

    @Test
    void theGuidCheckWalksAHundredThousandLevelsWithoutRecursion() {
        // the parser bounds the depth, but the walk must not rely on it
        Node node = new Node("Code", "", Map.of("guid", UUID.randomUUID().toString()), List.of(), "", 1);
        for (int i = 0; i < 100_000; i++) {
            node = new Node("Code", "", Map.of("guid", UUID.randomUUID().toString()), new ArrayList<>(List.of(node)), null, 1);
        }
        assertThat(GuidCheck.check(node, "deep")).hasSize(100_001);
    }
}
