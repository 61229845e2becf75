package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture documentation is checked against the build: the committed bundle diagram
 * ({@code docs/architecture-bundles.mmd}) must equal the one generated from the shipped jars, and
 * {@code docs/architecture.md} must describe every shipped Gloss bundle. With
 * {@code -Dgloss.architecture.update=true} the diagram is written instead of compared.
 */
class ArchitectureDiagramIT {
    private static Path repository;
    private static ShippedBundles shipped;

    @BeforeAll
    static void readShippedBundles() throws IOException {
        repository = repositoryRoot(Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize());
        shipped = ShippedBundles.read(GlossProcess.distribution().resolve("bundles"));
    }

    @Test
    void theCommittedBundleDiagramIsTheOneTheBuildProduces() throws IOException {
        String generated = ArchitectureDiagram.render(shipped, ArchitectureDiagram.features(repository.resolve("features")));
        Path committed = repository.resolve("docs/architecture-bundles.mmd");
        if (Boolean.getBoolean("gloss.architecture.update")) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        String current = Files.isRegularFile(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        assertThat(current)
                .as("docs/architecture-bundles.mmd differs from the bundles the build ships; regenerate it with\n  "
                        + ArchitectureDiagram.REGENERATE + "\nand commit it (describe new bundles in docs/architecture.md)")
                .isEqualTo(generated);
    }

    @Test
    void theDiagramShowsWhatTheBundlesOfferAndUse() {
        // guards the reading itself: if descriptors or lookups stopped being found, the diagram would lose its edges
        assertThat(bundle("org.gloss.search.lucene").provides()).extracting(ShippedBundles.Service::simpleName)
                .contains("SearchService", "CommandContribution", "ProjectChangeListener");
        assertThat(bundle("org.gloss.bench.search").provides()).extracting(ShippedBundles.Service::simpleName)
                .containsExactly("Benchmark");
        assertThat(bundle("org.gloss.cli").uses()).extracting(ShippedBundles.Service::simpleName)
                .contains("CommandContribution", "DocumentImporter", "ProjectStoreProvider");
        assertThat(bundle("org.gloss.ui.export").provides()).extracting(ShippedBundles.Service::simpleName)
                .contains("ActionContribution");
        assertThat(bundle("org.gloss.ui.workbench").provides())
                .contains(new ShippedBundles.Service("java.util.function.Function", "gloss.entry=gui"));
        // the workbench builds the demo itself (org.gloss.core's DemoProject), not through the command line
        assertThat(bundle("org.gloss.ui.workbench").uses())
                .contains(new ShippedBundles.Service("org.gloss.ui.workbench.api.ViewContribution", null))
                .doesNotContain(new ShippedBundles.Service("java.util.function.Function", "gloss.entry=cli"));
        assertThat(bundle("org.gloss.ui.document").imports()).contains("org.fxmisc.richtext", "org.gloss.ui.workbench.api");
        assertThat(bundle("org.gloss.store.sqlite").imports()).contains("org.gloss.store.jdbc.spi");
    }

    @Test
    void architectureMdDescribesEveryShippedBundle() throws IOException {
        String architecture = Files.readString(repository.resolve("docs/architecture.md"), StandardCharsets.UTF_8);
        List<String> undescribed = shipped.bundles().stream().map(ShippedBundles.Bundle::symbolicName)
                .filter(name -> !architecture.contains("| `" + name + "` |")).toList();
        assertThat(undescribed).as("bundles without a row in docs/architecture.md's bundle table").isEmpty();
    }

    /** The checkout holding features/ and docs/: the product module's parent, wherever the test runs from. */
    static Path repositoryRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("features")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no Gloss checkout (features/ and docs/) at or above " + start);
    }

    private static ShippedBundles.Bundle bundle(String symbolicName) {
        return shipped.bundles().stream().filter(b -> b.symbolicName().equals(symbolicName)).findFirst().orElseThrow();
    }
}
