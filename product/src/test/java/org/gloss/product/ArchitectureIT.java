package org.gloss.product;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture, checked on the bundles the product actually ships (every org.gloss bundle
 * in target/gloss/bundles, so a new bundle is covered without editing this test).
 */
class ArchitectureIT {
    private static List<Path> glossBundles;
    private static JavaClasses classes;

    @BeforeAll
    static void importShippedBundles() throws IOException {
        try (Stream<Path> jars = Files.list(GlossProcess.distribution().resolve("bundles"))) {
            glossBundles = jars.filter(p -> p.getFileName().toString().startsWith("org.gloss.")).sorted().toList();
        }
        List<JarFile> jarFiles = new ArrayList<>();
        for (Path jar : glossBundles) {
            jarFiles.add(new JarFile(jar.toFile()));
        }
        classes = new ClassFileImporter().importJars(jarFiles.toArray(JarFile[]::new));
        assertThat(glossBundles).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.startsWith("org.gloss.model-")).anyMatch(n -> n.startsWith("org.gloss.cli-"));
    }

    @Test
    void theModelIsPlainJava() {
        noClasses().that().resideInAPackage("org.gloss.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.osgi.framework..", "org.osgi.service..", "org.gloss.api..")
                .check(classes);
    }

    @Test
    void theServiceApiIsPlainJava() {
        noClasses().that().resideInAPackage("org.gloss.api..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.osgi.framework..", "org.osgi.service..", "picocli..")
                .check(classes);
    }

    @Test
    void noBundleReachesIntoAnotherBundlesInternals() {
        classes().should(new ArchCondition<JavaClass>("use only their own bundle's internal packages") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String targetBundle = bundleOfInternal(target.getPackageName());
                    if (targetBundle != null && !item.getPackageName().startsWith(targetBundle + ".")
                            && !item.getPackageName().equals(targetBundle)) {
                        events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                    }
                }
            }
        }).check(classes);
    }

    /** "org.gloss.store.sqlite" for "org.gloss.store.sqlite.internal.x"; null for API packages. */
    private static String bundleOfInternal(String packageName) {
        int at = packageName.indexOf(".internal");
        return packageName.startsWith("org.gloss.") && at > 0 ? packageName.substring(0, at) : null;
    }

    @Test
    void bundlesExportOnlyApiPackages() throws IOException {
        for (Path jar : glossBundles) {
            try (JarFile file = new JarFile(jar.toFile())) {
                String exports = file.getManifest().getMainAttributes().getValue("Export-Package");
                assertThat(exports == null ? "" : exports).as(jar.getFileName() + " Export-Package")
                        .doesNotContain(".internal");
            }
        }
    }

    @Test
    void everyExportedGlossPackageIsVersioned() throws IOException {
        for (Path jar : glossBundles) {
            try (JarFile file = new JarFile(jar.toFile())) {
                String exports = file.getManifest().getMainAttributes().getValue("Export-Package");
                if (exports == null) {
                    continue;
                }
                for (String clause : exports.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                    if (clause.startsWith("org.gloss.")) {
                        assertThat(clause).as(jar.getFileName() + ": " + clause).contains("version=");
                    }
                }
            }
        }
    }

    @Test
    void bundleSymbolicNameIsTheFolderName() throws IOException {
        for (Path jar : glossBundles) {
            try (JarFile file = new JarFile(jar.toFile())) {
                String bsn = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
                String folder = jar.getFileName().toString().replaceFirst("-\\d.*$", "");
                assertThat(bsn).startsWith(folder);
                assertThat(Files.isDirectory(Path.of("..", "bundles", folder))).as("bundles/" + folder).isTrue();
            }
        }
    }

    /** The API is a contract: interfaces, records, enums, the exception type and immutable value types; no logic. */
    @Test
    void theApiHoldsOnlyContractTypes() {
        classes().that().resideInAPackage("org.gloss.api..").and().areTopLevelClasses()
                .should(new ArchCondition<JavaClass>("be an interface, record, enum, exception or immutable value type") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        boolean contract = item.isInterface() || item.isEnum() || item.isRecord() || item.isAnnotation()
                                || item.isAssignableTo(Throwable.class) || immutableValueType(item);
                        if (!contract) {
                            events.add(SimpleConditionEvent.violated(item, item.getName() + " is a class with logic in the API"));
                        }
                    }
                }).check(classes);
    }

    /** A final class whose fields are all final (its data never changes once built). */
    private static boolean immutableValueType(JavaClass item) {
        return item.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
                && item.getFields().stream().allMatch(f -> f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.FINAL));
    }

    /** The API depends on nothing of Gloss but the model: no core logic, no bundle's internals. */
    @Test
    void theApiDependsOnlyOnTheModel() {
        noClasses().that().resideInAPackage("org.gloss.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gloss.core..", "org.gloss..internal..",
                        "org.gloss.store..", "org.gloss.ui..")
                .check(classes);
    }

    /** Every API interface says who implements it, so that version ranges and the baseline are right. */
    @Test
    void everyApiInterfaceIsAProviderOrConsumerType() {
        classes().that().resideInAnyPackage("org.gloss.api..", "org.gloss.ui.workbench.api..", "org.gloss.store.jdbc.spi..")
                .and().areInterfaces().and().areTopLevelClasses().and().arePublic()
                .should().beAnnotatedWith("org.osgi.annotation.versioning.ProviderType")
                .orShould().beAnnotatedWith("org.osgi.annotation.versioning.ConsumerType")
                .check(classes);
    }

    /** Inside each bundle, packages do not depend on each other in a cycle. */
    @Test
    void noPackageCyclesInsideABundle() throws IOException {
        for (Path jar : glossBundles) {
            try (JarFile file = new JarFile(jar.toFile())) {
                JavaClasses bundle = new ClassFileImporter().importJar(file);
                if (bundle.isEmpty()) {
                    continue;
                }
                com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("org.gloss.(**)")
                        .should().beFreeOfCycles().allowEmptyShould(true)
                        .as(jar.getFileName() + ": no package cycles").check(bundle);
            }
        }
    }

    /**
     * Benchmarks live in the benchmark bundles ({@code org.gloss.bench*}, feature
     * {@code org.gloss.feature.bench}): a production bundle holds no class named *Benchmark, no
     * implementation of the benchmark contract and nothing that uses it; only the contract itself
     * ({@code org.gloss.api.bench}) is in the API.
     */
    @Test
    void noBenchmarkCodeInAProductionBundle() throws IOException {
        List<String> benchmarkBundles = new ArrayList<>();
        for (Path jar : glossBundles) {
            String bundle = jar.getFileName().toString().replaceFirst("-\\d.*$", "");
            if (bundle.equals("org.gloss.bench") || bundle.startsWith("org.gloss.bench.")) {
                benchmarkBundles.add(bundle);
                continue;
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                JavaClasses production = new ClassFileImporter().importJar(file);
                if (production.isEmpty()) {
                    continue;
                }
                noBenchmarkCode(bundle).check(production);
            }
        }
        assertThat(benchmarkBundles).as("the benchmark bundles are shipped").contains("org.gloss.bench",
                "org.gloss.bench.importers", "org.gloss.bench.search", "org.gloss.bench.analysis", "org.gloss.bench.agreement",
                "org.gloss.bench.exchange", "org.gloss.bench.team");
        // the rule sees benchmark code where there is some
        Path importerBenchmarks = glossBundles.stream()
                .filter(p -> p.getFileName().toString().startsWith("org.gloss.bench.importers-")).findFirst().orElseThrow();
        try (JarFile file = new JarFile(importerBenchmarks.toFile())) {
            JavaClasses benchmarks = new ClassFileImporter().importJar(file);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> noBenchmarkCode("org.gloss.bench.importers").check(benchmarks))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("DocxBenchmark");
        }
    }

    private static com.tngtech.archunit.lang.ArchRule noBenchmarkCode(String bundle) {
        return noClasses().that().resideOutsideOfPackage("org.gloss.api.bench..")
                .should().haveSimpleNameEndingWith("Benchmark")
                .orShould().implement("org.gloss.api.bench.Benchmark")
                .orShould().dependOnClassesThat().resideInAPackage("org.gloss.api.bench..")
                .allowEmptyShould(true)
                .as(bundle + " is a production bundle: no benchmark code");
    }

    /** A benchmark bundle exports nothing: it measures the product, and nothing builds on it. */
    @Test
    void benchmarkBundlesExportNothing() throws IOException {
        for (Path jar : glossBundles) {
            if (jar.getFileName().toString().startsWith("org.gloss.bench")) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    assertThat(file.getManifest().getMainAttributes().getValue("Export-Package"))
                            .as(jar.getFileName() + " Export-Package").isNull();
                }
            }
        }
    }
}
