package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;

/**
 * Semantic versioning of the exported Gloss packages, checked with bnd's baseline against the
 * jars in {@code baseline/} (the exported packages of the last release): a change that breaks
 * users of a package (a removed or changed method, a method added to a consumer type, ...) must
 * come with the major version the baseline suggests, an addition with a minor one. With
 * {@code -Dgloss.baseline.update=true} the baseline is written from the shipped jars instead
 * (on a release, see CONTRIBUTING.md).
 */
class ApiBaselineIT {
    static final String UPDATE = "./mvnw -B -o verify -pl product -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "
            + "-Dit.test=ApiBaselineIT -Dgloss.baseline.update=true";

    private static Path baseline;
    private static List<Path> exporting;

    @BeforeAll
    static void findExportingBundles() throws IOException {
        Path repository = ArchitectureDiagramIT.repositoryRoot(Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize());
        baseline = repository.resolve("baseline");
        exporting = new ArrayList<>();
        try (Stream<Path> jars = Files.list(GlossProcess.distribution().resolve("bundles"))) {
            for (Path jar : jars.sorted().toList()) {
                if (jar.getFileName().toString().startsWith("org.gloss.") && !glossExports(jar).isEmpty()) {
                    exporting.add(jar);
                }
            }
        }
        assertThat(exporting).extracting(p -> symbolicName(p)).contains("org.gloss.api", "org.gloss.model", "org.gloss.core");
        if (Boolean.getBoolean("gloss.baseline.update")) {
            writeBaseline();
        }
    }

    @Test
    void everyExportedPackageIsVersionedAsItsChangesSinceTheBaselineRequire() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path jar : exporting) {
            Path older = baseline.resolve(symbolicName(jar) + ".jar");
            if (!Files.isRegularFile(older)) {
                problems.add(symbolicName(jar) + " exports " + glossExports(jar) + " but has no baseline/" + older.getFileName()
                        + ": add one with\n  " + UPDATE);
                continue;
            }
            problems.addAll(mismatches(jar, older));
        }
        assertThat(problems).as("exported packages whose version does not say what changed since the baseline "
                + "(bump the @Version in the package's package-info.java)").isEmpty();
    }

    /** The check itself: removing a type from a package is a major change, found and explained. */
    @Test
    void aBreakingChangeWithoutAMajorVersionIsFound() throws Exception {
        Path api = baseline.resolve("org.gloss.api.jar");
        Path broken = Files.createTempFile("org.gloss.api-broken", ".jar");
        try {
            copy(api, broken, name -> !name.equals("org/gloss/api/search/SearchService.class"));
            List<String> problems = mismatches(broken, api);
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0)).startsWith("org.gloss.api.search ").contains("MAJOR").contains("3.0.0");
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    /** One line per package whose version is lower than its changes require, saying what to set it to. */
    static List<String> mismatches(Path newerJar, Path olderJar) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Processor reporter = new Processor(); Jar newer = new Jar(newerJar.toFile()); Jar older = new Jar(olderJar.toFile())) {
            Baseline baseline = new Baseline(reporter, new DiffPluginImpl());
            List<Baseline.Info> infos = new ArrayList<>(baseline.baseline(newer, older, null));
            infos.sort(java.util.Comparator.comparing(i -> i.packageName));
            for (Baseline.Info info : infos) {
                if (info.mismatch && info.packageName.startsWith("org.gloss.")) {
                    problems.add(info.packageName + " " + info.newerVersion + ": " + info.packageDiff.getDelta()
                            + " change against the baseline's " + info.olderVersion + ", version must be at least "
                            + info.suggestedVersion + (info.reason == null ? "" : " (" + info.reason + ")")
                            + changes(info.packageDiff));
                }
            }
        }
        return problems;
    }

    private static String changes(aQute.bnd.service.diff.Diff diff) {
        StringBuilder text = new StringBuilder();
        for (aQute.bnd.service.diff.Diff type : diff.getChildren()) {
            if (type.getDelta() == aQute.bnd.service.diff.Delta.UNCHANGED) {
                continue;
            }
            text.append("\n    ").append(type.getDelta()).append(' ').append(type.getName());
            for (aQute.bnd.service.diff.Diff member : type.getChildren()) {
                if (member.getDelta() != aQute.bnd.service.diff.Delta.UNCHANGED && member.getDelta() != aQute.bnd.service.diff.Delta.IGNORED) {
                    text.append("\n      ").append(member.getDelta()).append(' ').append(member.getName());
                }
            }
        }
        return text.toString();
    }

    /** The baseline: each exporting bundle's manifest and the classes of its exported Gloss packages. */
    private static void writeBaseline() throws IOException {
        Files.createDirectories(baseline);
        try (Stream<Path> old = Files.list(baseline)) {
            for (Path jar : old.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.delete(jar);
            }
        }
        for (Path jar : exporting) {
            Set<String> folders = new TreeSet<>();
            glossExports(jar).forEach(p -> folders.add(p.replace('.', '/') + "/"));
            copy(jar, baseline.resolve(symbolicName(jar) + ".jar"), name -> {
                int slash = name.lastIndexOf('/');
                return name.endsWith(".class") && folders.contains(name.substring(0, slash + 1));
            });
        }
    }

    /** Copies a jar's manifest and the entries {@code keep} accepts, with fixed entry times (reproducible). */
    private static void copy(Path from, Path to, java.util.function.Predicate<String> keep) throws IOException {
        try (JarFile in = new JarFile(from.toFile());
             OutputStream file = Files.newOutputStream(to);
             JarOutputStream out = new JarOutputStream(file, new Manifest(in.getManifest()))) {
            List<JarEntry> entries = new ArrayList<>();
            for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements();) {
                entries.add(e.nextElement());
            }
            entries.sort(java.util.Comparator.comparing(JarEntry::getName));
            for (JarEntry entry : entries) {
                if (entry.isDirectory() || entry.getName().startsWith("META-INF/") || !keep.test(entry.getName())) {
                    continue;
                }
                JarEntry copy = new JarEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                in.getInputStream(entry).transferTo(out);
                out.closeEntry();
            }
        }
    }

    private static List<String> glossExports(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String exports = file.getManifest().getMainAttributes().getValue("Export-Package");
            return exports == null ? List.of()
                    : new Parameters(exports).keySet().stream().filter(p -> p.startsWith("org.gloss.")).sorted().toList();
        }
    }

    private static String symbolicName(Path jar) {
        return jar.getFileName().toString().replaceFirst("-\\d.*$", "");
    }
}
