package org.gloss.ui.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.ExportScope;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.export.csv.internal.SegmentsCsvExporter;
import org.gloss.export.html.internal.HtmlReportExporter;
import org.gloss.ui.workbench.api.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports with the real exporters from a real project: scope, atomic writing, Cancel, failures. */
class ExportJobTest {
    @TempDir
    Path dir;

    /** A monitor whose Cancel is pressed after {@code checksBeforeCancel} questions. */
    static final class Monitor implements ProgressMonitor {
        private final AtomicInteger checksLeft;

        Monitor(int checksBeforeCancel) {
            checksLeft = new AtomicInteger(checksBeforeCancel);
        }

        static Monitor neverCancelled() {
            return new Monitor(Integer.MAX_VALUE);
        }

        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return checksLeft.getAndDecrement() <= 0;
        }
    }

    @Test
    void aScopedCsvExportHoldsExactlyTheChosenCodingsAndLeavesNoTemporaryFile() throws IOException {
        Path project = TestProject.create(dir);
        Path target = dir.resolve("out").resolve("debt-by-aida.csv");
        Files.createDirectories(target.getParent());
        try (ProjectSession session = TestProject.open(project)) {
            Path written = ExportJob.run(new SegmentsCsvExporter(), session,
                    new ExportRequest(new ExportScope(null, "debt", "aida"), Map.of()), target, Monitor.neverCancelled());
            assertThat(written).isEqualTo(target.toAbsolutePath());
        }
        String csv = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("interview", "debt", "aida", "the debt").doesNotContain("ben", "harvest");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
        // the user's normal permissions (the umask's), as a file they make themselves: not 0600
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void anExportCancelledWhileWritingLeavesNoFileAndKeepsAnExistingTarget() throws IOException {
        Path project = TestProject.create(dir);
        Path target = dir.resolve("report.html");
        Files.writeString(target, "an older report");
        try (ProjectSession session = TestProject.open(project)) {
            // Cancel is pressed after the first two checks: while the report is being written
            assertThatThrownBy(() -> ExportJob.run(new HtmlReportExporter(), session, ExportRequest.all(), target, new Monitor(2)))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(Files.readString(target)).isEqualTo("an older report");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("interviews.gloss", "report.html");
        }
    }

    @Test
    void aFailingExportSaysWhyAndWritesNothing() throws IOException {
        Path project = TestProject.create(dir);
        Path target = dir.resolve("segments.csv");
        try (ProjectSession session = TestProject.open(project)) {
            assertThatThrownBy(() -> ExportJob.run(new SegmentsCsvExporter(), session,
                    new ExportRequest(new ExportScope(null, "no such code", null), Map.of()), target, Monitor.neverCancelled()))
                    .isInstanceOf(GlossException.class).hasMessageContaining("no such code");
            Exporter broken = new SegmentsCsvExporter() {
                @Override
                public void export(ProjectSession p, ExportRequest r, OutputStream out) throws IOException {
                    out.write("half a file".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }
            };
            assertThatThrownBy(() -> ExportJob.run(broken, session, ExportRequest.all(), target, Monitor.neverCancelled()))
                    .isInstanceOf(GlossException.class)
                    .hasMessage("cannot write " + target.toAbsolutePath() + ": disk full; nothing was written");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("interviews.gloss");
        }
    }

    @Test
    void theFileNameGetsTheExportersExtensionWhenTheUserLeftItOut() {
        assertThat(ExportAction.withExtension(Path.of("/tmp/segments"), "csv")).isEqualTo(Path.of("/tmp/segments.csv"));
        assertThat(ExportAction.withExtension(Path.of("/tmp/segments.CSV"), "csv")).isEqualTo(Path.of("/tmp/segments.CSV"));
        ExportAction action = new ExportAction(new SegmentsCsvExporter(), null);
        assertThat(action.suggestedTarget(dir.resolve("interviews.gloss").toString()))
                .isEqualTo(dir.resolve("interviews-csv.csv").toAbsolutePath());
    }
}
