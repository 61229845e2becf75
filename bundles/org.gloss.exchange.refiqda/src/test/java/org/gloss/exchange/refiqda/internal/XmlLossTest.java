package org.gloss.exchange.refiqda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 8: what QDA-XML cannot carry is said, and what it can is kept exactly. */
class XmlLossTest {
    @TempDir
    Path dir;

    private byte[] export(ProjectSession p, List<String> warnings) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new QdpxExporter().export(p, ExportRequest.all(), out, warnings::add);
        return out.toByteArray();
    }

    @Test
    void aLineBreakOrTabInACodeNameComesBackAsWritten() throws Exception {
        List<String> warnings = new ArrayList<>();
        byte[] qdpx;
        try (ProjectSession p = SampleProject.create(dir.resolve("p.gloss"))) {
            p.codebook().add("two\nlines\tand tab", null, null, "a description\nover two lines");
            qdpx = export(p, warnings);
        }
        assertThat(warnings).isEmpty();
        Path file = Files.write(dir.resolve("x.qdpx"), qdpx);
        try (ProjectSession q = SampleProject.create(dir.resolve("q.gloss"))) {
            new QdpxImporter().importProject(file, q);
            assertThat(q.codebook().find("two\nlines\tand tab")).isPresent()
                    .hasValueSatisfying(c -> assertThat(c.description()).isEqualTo("a description\nover two lines"));
        }
    }

    @Test
    void controlCharactersXmlCannotCarryAreReportedNotSilentlyReplaced() throws Exception {
        List<String> warnings = new ArrayList<>();
        try (ProjectSession p = SampleProject.create(dir.resolve("p.gloss"))) {
            p.codebook().add("bell\u0007code", null, null, null);
            p.coders().getOrCreate("esc\u001Bcoder");
            export(p, warnings);
        }
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).isEqualTo("2 value(s) held control characters that QDA-XML (XML 1.0) cannot carry;"
                + " they were written as U+FFFD: <User name> 'esc␛coder', <Code name> 'bell␇code'");
    }
}
