package org.gloss.ui.workbench.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchSettingsTest {
    @TempDir
    Path dir;

    @Test
    void theLastProjectFileIsRememberedAcrossRunsWhileItExists() throws Exception {
        Path project = Files.createFile(dir.resolve("interviews.gloss"));
        Path file = dir.resolve("config/gloss/workbench.properties");
        new WorkbenchSettings(file).remember(project.toString(), "aida");

        WorkbenchSettings next = new WorkbenchSettings(file);
        assertThat(next.lastProject()).contains(project.toString());
        assertThat(next.coder()).isEqualTo("aida");

        Files.delete(project);
        assertThat(new WorkbenchSettings(file).lastProject()).as("a deleted project file is not offered").isEmpty();
    }

    @Test
    void aServerProjectIsRememberedToo() {
        Path file = dir.resolve("workbench.properties");
        String server = "postgresql://db.example.org:5432/study?user=aida";
        new WorkbenchSettings(file).remember(server, "aida");

        assertThat(new WorkbenchSettings(file).lastProject()).contains(server);
        assertThat(WorkbenchSettings.isServerLocation(server)).isTrue();
        assertThat(WorkbenchSettings.isServerLocation(dir.resolve("p.gloss").toString())).isFalse();
    }

    @Test
    void preferencesDividersAndTheCoderPerProjectAreKeptAcrossRuns() {
        Path file = dir.resolve("workbench.properties");
        WorkbenchSettings first = new WorkbenchSettings(file);
        assertThat(first.snapToWords().get()).as("words snap by default").isTrue();
        assertThat(first.stripes().get()).isEqualTo(org.gloss.ui.workbench.api.WorkbenchPreferences.Stripes.PER_CODE);
        first.textFont().set("DejaVu Sans");
        first.zoomIn();
        first.zoomIn();
        first.darkTheme().set(true);
        first.snapToWords().set(false);
        first.stripes().set(org.gloss.ui.workbench.api.WorkbenchPreferences.Stripes.PER_CODER);
        first.defaultCoder().set("aida");
        first.rememberDividers("split-centre", new double[] {0.55});
        first.remember("/tmp/a.gloss", "ben");

        WorkbenchSettings next = new WorkbenchSettings(file);
        assertThat(next.textFont().get()).isEqualTo("DejaVu Sans");
        // 14 -> 15 -> 17 (10 % a step, rounded)
        assertThat(next.textSize().get()).isEqualTo(17);
        assertThat(next.darkTheme().get()).isTrue();
        assertThat(next.snapToWords().get()).isFalse();
        assertThat(next.stripes().get()).isEqualTo(org.gloss.ui.workbench.api.WorkbenchPreferences.Stripes.PER_CODER);
        assertThat(next.defaultCoder().get()).isEqualTo("aida");
        assertThat(next.dividers("split-centre")).hasValueSatisfying(p -> assertThat(p).containsExactly(0.55));
        assertThat(next.coderIn("/tmp/a.gloss")).contains("ben");
        assertThat(next.coderIn("/tmp/other.gloss")).isEmpty();
        next.resetZoom();
        assertThat(new WorkbenchSettings(file).textSize().get()).isEqualTo(14);
    }
}
