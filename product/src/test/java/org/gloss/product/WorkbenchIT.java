package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.gloss.launcher.GlossRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench in the real framework (Felix, SCR, FileInstall, the product's bundles), in this
 * JVM on the headless Monocle platform: the demo project opens in the window, and a view bundle
 * dropped into plugins/ while Gloss runs appears as a tab, and goes when the jar is removed.
 */
class WorkbenchIT {
    @TempDir
    Path dir;

    @Test
    void aViewPluginDroppedIntoTheRunningWorkbenchAppearsAndGoesAway() throws Exception {
        Path home = TestPlugins.copyOfDistribution(dir.resolve("gloss"));
        Path project = dir.resolve("demo.gloss");
        System.setProperty("gloss.workbench.settings", dir.resolve("workbench.properties").toString());
        GlossRuntime runtime = GlossRuntime.start(home, true);
        Thread workbench = null;
        try {
            assertThat(runtime.runCommandLine(new String[] {"demo", project.toString()})).isZero();
            workbench = new Thread(() -> runtime.runWorkbench(new String[] {project.toString()}), "workbench");
            workbench.setDaemon(true);
            workbench.start();
            waitUntil(60, () -> onFx(() -> window() != null && tabTitles("#editors").contains("article")));
            assertThat(onFx(() -> window().getScene().lookup(".stripe-label") != null)).as("coding stripes drawn").isTrue();
            screenshot("workbench-demo");

            // File > Export lists the exporters installed in the product (bundle org.gloss.ui.export
            // registers one menu item per Exporter service), and File > Import project the importers
            waitUntil(30, () -> onFx(() -> fileSubmenu("Export").size() >= 6));
            assertThat(onFx(() -> fileSubmenu("Export"))).contains("Coded segments (CSV) (.csv)…",
                    "REFI-QDA project exchange (QDPX) (.qdpx)…", "HTML report (.html)…");
            assertThat(onFx(() -> fileSubmenu("Import project"))).containsExactly("REFI-QDA project exchange (QDPX) (.qdpx)…");

            // the disagreement review (bundle org.gloss.ui.adjudication) found its services and shows the demo's disagreements
            onFx(() -> {
                ((javafx.scene.control.Button) window().getScene().lookup("#tool-comparison")).fire();
                return null;
            });
            waitUntil(30, () -> onFx(() -> tabTitles("#comparison-perspective").contains("Disagreements")));
            onFx(() -> {
                TabPane comparison = (TabPane) window().getScene().lookup("#comparison-perspective");
                comparison.getSelectionModel().select(comparison.getTabs().stream()
                        .filter(t -> t.getText().equals("Disagreements")).findFirst().orElseThrow());
                return null;
            });
            waitUntil(60, () -> onFx(() -> window().getScene().lookup("#review-disagreements") instanceof javafx.scene.control.TableView<?> t
                    && !t.getItems().isEmpty()));
            screenshot("workbench-review");
            onFx(() -> {
                ((javafx.scene.control.Button) window().getScene().lookup("#tool-coding")).fire();
                return null;
            });

            // the search view (bundle org.gloss.ui.search) finds the search service in the framework
            waitUntil(30, () -> onFx(() -> tabTitles("#area-bottom").contains("Search")));
            onFx(() -> {
                TabPane bottom = (TabPane) window().getScene().lookup("#area-bottom");
                bottom.getSelectionModel().select(bottom.getTabs().stream().filter(t -> t.getText().equals("Search")).findFirst().orElseThrow());
                javafx.scene.control.TextField query = (javafx.scene.control.TextField) window().getScene().lookup("#search-query");
                query.setText("debt");
                query.fireEvent(new javafx.event.ActionEvent());
                return null;
            });
            waitUntil(60, () -> onFx(() -> !((javafx.scene.control.TableView<?>) window().getScene().lookup("#search-table")).getItems().isEmpty()));
            // the open document marks the search's hits (the document view and the search view meet
            // through the workbench API only)
            waitUntil(60, () -> onFx(() -> window().getScene().getRoot().lookupAll(".document-header").stream()
                    .anyMatch(n -> ((javafx.scene.control.Label) n).getText().matches(".*\\d+ search hits? marked.*"))));
            screenshot("workbench-search");

            // the suggestions bundle (org.gloss.ui.suggest) is started with the workbench: its tab, its
            // menu items, and the audit tab, which needs the audit service of org.gloss.suggest.audit
            waitUntil(30, () -> onFx(() -> tabTitles("#area-bottom").contains("Suggestions")));
            assertThat(onFx(() -> menuItems("Code"))).contains("Suggest codes for this document…", "Suggest codes for the project…");
            // the Chart view (bundle org.gloss.ui.chart) finds the chart kinds and the analysis engine
            // in the framework and draws the demo's code frequencies in the Analysis perspective
            onFx(() -> {
                ((javafx.scene.control.Button) window().getScene().lookup("#tool-analysis")).fire();
                return null;
            });
            waitUntil(30, () -> onFx(() -> tabTitles("#analysis-perspective .tab-pane").contains("Chart")));
            onFx(() -> {
                TabPane analysis = (TabPane) window().getScene().lookup("#analysis-perspective .tab-pane");
                analysis.getSelectionModel().select(analysis.getTabs().stream().filter(t -> t.getText().equals("Chart")).findFirst().orElseThrow());
                return null;
            });
            waitUntil(60, () -> onFx(() -> window().getScene().lookup("#chart-status") instanceof javafx.scene.control.Label status
                    && status.getText().matches("\\d+ items · .*")));
            assertThat(onFx(() -> ((javafx.scene.control.ComboBox<?>) window().getScene().lookup("#chart-kind")).getItems().size()))
                    .as("every chart kind of the product").isGreaterThanOrEqualTo(10);
            screenshot("workbench-chart");
            waitUntil(30, () -> onFx(() -> window().getScene().lookup("#analysis-perspective") != null
                    && window().getScene().getRoot().lookupAll(".tab-pane").stream()
                    .flatMap(p -> ((TabPane) p).getTabs().stream()).anyMatch(t -> "view-org.gloss.suggestions.audit".equals(t.getId()))));
            onFx(() -> {
                ((javafx.scene.control.Button) window().getScene().lookup("#tool-coding")).fire();
                return null;
            });

            Path plugin = viewPlugin(home);
            Files.copy(plugin, home.resolve("plugins").resolve("hello-view.jar"));
            waitUntil(30, () -> onFx(() -> tabTitles("#area-right").contains("Hello view")));
            onFx(() -> {
                TabPane right = (TabPane) window().getScene().lookup("#area-right");
                right.getSelectionModel().select(right.getTabs().stream().filter(t -> t.getText().equals("Hello view")).findFirst().orElseThrow());
                return null;
            });
            waitUntil(10, () -> onFx(() -> window().getScene().lookup("#hello-view") != null));
            screenshot("plugin-view");

            Files.delete(home.resolve("plugins").resolve("hello-view.jar"));
            waitUntil(30, () -> onFx(() -> !tabTitles("#area-right").contains("Hello view")));
        } finally {
            if (workbench != null) {
                onFx(() -> {
                    if (window() != null) {
                        window().close();
                    }
                    return null;
                });
                workbench.join(10_000);
                assertThat(workbench.isAlive()).as("the workbench returns when its window closes").isFalse();
            }
            runtime.stop();
        }
    }

    private static Stage window() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Gloss")).map(w -> (Stage) w).findFirst().orElse(null);
    }

    private static List<String> fileSubmenu(String name) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window().getScene().lookup(".menu-bar");
        return bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("File"))
                .flatMap(m -> m.getItems().stream())
                .filter(i -> i instanceof javafx.scene.control.Menu sub && name.equals(sub.getText()))
                .flatMap(i -> ((javafx.scene.control.Menu) i).getItems().stream())
                .map(javafx.scene.control.MenuItem::getText).toList();
    }

    private static List<String> menuItems(String menu) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window().getScene().lookup(".menu-bar");
        return bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals(menu))
                .flatMap(m -> m.getItems().stream()).map(javafx.scene.control.MenuItem::getText).toList();
    }

    private static List<String> tabTitles(String paneId) {
        Stage window = window();
        TabPane pane = window == null ? null : (TabPane) window.getScene().lookup(paneId);
        return pane == null ? List.of() : pane.getTabs().stream().map(Tab::getText).toList();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (IllegalStateException toolkitNotStartedYet) {
            return null;
        }
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(condition.call())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("condition not met in " + seconds + " s; windows: " + onFx(() -> Window.getWindows().stream()
                .map(w -> (w instanceof Stage st ? st.getTitle() : w.getClass().getSimpleName()) + " status="
                        + (w.getScene() == null || w.getScene().lookup("#status-message") == null ? "-"
                        : ((javafx.scene.control.Label) w.getScene().lookup("#status-message")).getText())
                        + " editors=" + (w.getScene() == null ? "-" : String.valueOf(w.getScene().lookup("#editors"))))
                .toList()));
    }

    private static void screenshot(String name) throws IOException {
        int[][] size = new int[1][];
        int[] argb = onFx(() -> {
            WritableImage image = window().getScene().snapshot(null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            size[0] = new int[] {w, h};
            int[] pixels = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
            return pixels;
        });
        BufferedImage image = new BufferedImage(size[0][0], size[0][1], BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, size[0][0], size[0][1], argb, 0, size[0][0]);
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    /** A plugin bundle with one Declarative Services component contributing a view. */
    private Path viewPlugin(Path home) throws IOException {
        String source = """
                package org.example.view;
                import javafx.scene.Node;
                import javafx.scene.control.Label;
                import org.gloss.ui.workbench.api.ViewArea;
                import org.gloss.ui.workbench.api.ViewContribution;
                import org.gloss.ui.workbench.api.WorkbenchContext;
                public class HelloView implements ViewContribution {
                    public String id() { return "org.example.hello"; }
                    public String title() { return "Hello view"; }
                    public ViewArea area() { return ViewArea.RIGHT; }
                    public Node createView(WorkbenchContext context) {
                        Label label = new Label("Hello from a plugin: " + context.workspace().documents().size() + " documents");
                        label.setId("hello-view");
                        return label;
                    }
                }
                """;
        Path work = Files.createTempDirectory(dir, "plugin-src");
        Path sourceFile = work.resolve("org/example/view/HelloView.java");
        Files.createDirectories(sourceFile.getParent());
        Files.writeString(sourceFile, source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        String classPath;
        try (Stream<Path> jars = Stream.concat(Files.list(home.resolve("bundles")), Files.list(home.resolve("lib")))) {
            classPath = jars.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("org.gloss.ui.workbench-") || n.startsWith("org.gloss.api-") || n.startsWith("org.gloss.model-")
                        || n.startsWith("javafx-");
            }).map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, null, diagnostics, "--release", "17", "-d", classes.toString(), "-cp", classPath,
                sourceFile.toString());
        assertThat(status).as(diagnostics.toString()).isZero();
        String component = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="org.example.view.HelloView">
                  <implementation class="org.example.view.HelloView"/>
                  <service><provide interface="org.gloss.ui.workbench.api.ViewContribution"/></service>
                </scr:component>
                """;
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "org.example.view", "Bundle-Version", "1.0.0",
                "Import-Package", "org.gloss.ui.workbench.api;version=\"[1.0,2)\",org.gloss.ui.workbench.model;version=\"[1.0,2)\","
                        + "javafx.scene;version=\"[21,22)\",javafx.scene.control;version=\"[21,22)\"",
                "Service-Component", "OSGI-INF/component.xml").forEach(main::putValue);
        Path jar = dir.resolve("hello-view.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("org/example/view/HelloView.class"));
            out.write(Files.readAllBytes(classes.resolve("org/example/view/HelloView.class")));
            out.closeEntry();
            out.putNextEntry(new JarEntry("OSGI-INF/component.xml"));
            out.write(component.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
