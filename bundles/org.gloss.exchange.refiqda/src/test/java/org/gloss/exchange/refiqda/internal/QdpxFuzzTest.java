package org.gloss.exchange.refiqda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.testing.HostileBytes;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing the QDPX and QDC importers with damaged files: Gloss's own export (project.qde, its
 * sources and the codebook) with mutations, zipped again, and sometimes the zip's bytes mutated.
 * Each import either succeeds or fails with one of Gloss's own errors, and a failure writes
 * nothing into the target project.
 */
class QdpxFuzzTest {
    private static Path dir;
    private static Map<String, byte[]> exported;
    private static byte[] qdc;
    private static int run;

    @BeforeContainer
    static void exportSample() throws Exception {
        dir = Files.createTempDirectory("gloss-qdpx-fuzz");
        try (ProjectSession p = SampleProject.create(dir.resolve("sample.gloss"))) {
            SampleProject.fill(p);
            exported = Schemas.unzip(Schemas.export(new QdpxExporter(), p, ExportRequest.all()));
            qdc = Schemas.export(new QdcExporter(), p, ExportRequest.all());
        }
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A .qdpx: the project XML or one source mutated and zipped, or the whole zip's bytes mutated. */
    @Provide
    Arbitrary<byte[]> archives() throws Exception {
        byte[] validZip = Files.readAllBytes(Schemas.zip(dir.resolve("valid.qdpx"), exported));
        String source = exported.keySet().stream().filter(k -> !k.equals(QdpxLayout.PROJECT_ENTRY)).findFirst().orElseThrow();
        Arbitrary<byte[]> project = HostileBytes.mutationsOf(List.of(exported.get(QdpxLayout.PROJECT_ENTRY)))
                .map(xml -> zipWith(QdpxLayout.PROJECT_ENTRY, xml));
        Arbitrary<byte[]> sourceText = HostileBytes.mutationsOf(List.of(exported.get(source))).map(text -> zipWith(source, text));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, project), net.jqwik.api.Tuple.of(2, sourceText),
                net.jqwik.api.Tuple.of(2, HostileBytes.mutationsOf(List.of(validZip))));
    }

    private static byte[] zipWith(String entry, byte[] bytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>(exported);
        entries.put(entry, bytes);
        try {
            return Files.readAllBytes(Schemas.zip(dir.resolve("zipped-" + (run++) + ".qdpx"), entries));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> codebooks() {
        return HostileBytes.mutationsOf(List.of(qdc));
    }

    private static void assertNothingWritten(ProjectSession p) {
        assertThat(p.documents().list()).isEmpty();
        assertThat(p.codebook().list()).isEmpty();
        assertThat(p.coders().list()).isEmpty();
        assertThat(p.codings().list(CodingFilter.ALL)).isEmpty();
    }

    @Property(tries = 150)
    void aDamagedQdpxImportsOrFailsWithGlossErrorWritingNothing(@ForAll("archives") byte[] archive) throws Exception {
        Path file = Files.write(dir.resolve("input-" + (run++) + ".qdpx"), archive);
        try (ProjectSession p = SampleProject.create(dir.resolve("target-" + (run++) + ".gloss"))) {
            try {
                new QdpxImporter().importProject(file, p);
                Statistics.label("outcome").collect("imported");
            } catch (GlossException e) {
                assertThat(e.getMessage()).doesNotContain("\n");
                assertNothingWritten(p);
                Statistics.label("outcome").collect("refused");
            }
        }
        Statistics.label("outcome").coverage(c -> {
            c.check("refused").count(n -> n > 0);
            c.check("imported").count(n -> n > 0);
        });
    }

    @Property(tries = 150)
    void aDamagedQdcImportsOrFailsWithGlossErrorWritingNothing(@ForAll("codebooks") byte[] codebook) throws Exception {
        Path file = Files.write(dir.resolve("input-" + (run++) + ".qdc"), codebook);
        try (ProjectSession p = SampleProject.create(dir.resolve("target-" + (run++) + ".gloss"))) {
            try {
                new QdcImporter().importCodebook(file, p);
                Statistics.label("outcome").collect("imported");
            } catch (GlossException e) {
                assertThat(e.getMessage()).doesNotContain("\n");
                assertNothingWritten(p);
                Statistics.label("outcome").collect("refused");
            }
        }
        Statistics.label("outcome").coverage(c -> {
            c.check("refused").count(n -> n > 0);
            c.check("imported").count(n -> n > 0);
        });
    }
}
