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
}
