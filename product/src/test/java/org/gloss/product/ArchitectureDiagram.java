package org.gloss.product;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gloss.product.ShippedBundles.Bundle;
import org.gloss.product.ShippedBundles.Service;

/**
 * Renders the shipped bundles as a Mermaid flowchart: bundles grouped by the feature that ships
 * them, package dependencies between bundles, and which bundle provides and uses which service.
 * The output depends only on the jars and the feature poms, in a stable order, so that a
 * committed copy can be compared with what the build produces.
 */
final class ArchitectureDiagram {
    static final String REGENERATE = "./mvnw -B -o verify -pl product -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "
            + "-Dit.test=ArchitectureDiagramIT -Dgloss.architecture.update=true";
    private static final Set<String> CONTRACT_BUNDLES = Set.of("org.gloss.model", "org.gloss.api");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(org\\.gloss\\.[^<]+)</artifactId>");
    private static final String NO_FEATURE = "(no feature)";

    private ArchitectureDiagram() {
    }

    /** Feature name by bundle symbolic name, read from {@code features/<feature>/pom.xml}. */
    static Map<String, String> features(Path featuresDirectory) throws IOException {
        Map<String, String> featureOf = new TreeMap<>();
        List<Path> poms;
        try (Stream<Path> dirs = Files.list(featuresDirectory)) {
            poms = dirs.map(d -> d.resolve("pom.xml")).filter(Files::isRegularFile).sorted().toList();
        }
        for (Path pom : poms) {
            String feature = pom.getParent().getFileName().toString();
            Matcher artifact = ARTIFACT.matcher(Files.readString(pom));
            while (artifact.find()) {
                String name = artifact.group(1);
                if (!name.startsWith("org.gloss.feature.")) {
                    featureOf.putIfAbsent(name, feature);
                }
            }
        }
        return featureOf;
    }

    static String render(ShippedBundles shipped, Map<String, String> featureOf) {
        List<String> lines = new ArrayList<>();
        lines.add("flowchart LR");
        lines.add("%% Generated from the shipped bundles (product/target/gloss/bundles) and features/*/pom.xml");
        lines.add("%% by product/src/test/java/org/gloss/product/ArchitectureDiagramIT.java. Do not edit; regenerate with");
        lines.add("%%   " + REGENERATE);
        lines.add("%% Boxes are bundles, grouped by feature; rounded boxes are services.");
        lines.add("%% A --> B: A imports packages that B exports. P -.-> S: P provides service S. C ==> S: C uses S.");
        lines.add("%% Imports of " + String.join(" and ", new TreeSet<>(CONTRACT_BUNDLES))
                + " are not drawn; bundles importing neither: " + String.join(", ", withoutContractImports(shipped)) + ".");

        Map<String, List<Bundle>> byFeature = new TreeMap<>();
        for (Bundle bundle : shipped.bundles()) {
            byFeature.computeIfAbsent(featureOf.getOrDefault(bundle.symbolicName(), NO_FEATURE), f -> new ArrayList<>()).add(bundle);
        }
        for (Map.Entry<String, List<Bundle>> feature : byFeature.entrySet()) {
            lines.add("  subgraph " + id("feature", feature.getKey()) + "[\"" + feature.getKey() + "\"]");
            for (Bundle bundle : feature.getValue()) {
                lines.add("    " + id("bundle", bundle.symbolicName()) + "[\"" + bundle.symbolicName() + "\"]");
            }
            lines.add("  end");
        }

        Set<Service> serviceNodes = serviceNodes(shipped);
        for (Service service : serviceNodes) {
            String label = service.property() == null ? service.simpleName() : service.simpleName() + "<br/>" + service.property();
            lines.add("  " + id("service", service.key()) + "([\"" + label + "\"])");
        }

        Set<String> edges = new TreeSet<>();
        Map<String, String> exporterOf = exporters(shipped);
        for (Bundle bundle : shipped.bundles()) {
            for (String imported : bundle.imports()) {
                String exporter = exporterOf.get(imported);
                if (exporter != null && !exporter.equals(bundle.symbolicName()) && !CONTRACT_BUNDLES.contains(exporter)) {
                    edges.add(id("bundle", bundle.symbolicName()) + " --> " + id("bundle", exporter));
                }
            }
            for (Service provided : bundle.provides()) {
                edges.add(id("bundle", bundle.symbolicName()) + " -.-> " + id("service", provided.key()));
            }
            for (Service used : bundle.uses()) {
                for (Service node : serviceNodes) {
                    if (node.matches(used)) {
                        edges.add(id("bundle", bundle.symbolicName()) + " ==> " + id("service", node.key()));
                    }
                }
            }
        }
        edges.forEach(edge -> lines.add("  " + edge));
        return String.join("\n", lines) + "\n";
    }

    /** Every provided service, and every used one that no shipped bundle provides (it comes from a plugin or nowhere). */
    private static Set<Service> serviceNodes(ShippedBundles shipped) {
        Set<Service> nodes = new TreeSet<>();
        shipped.bundles().forEach(b -> nodes.addAll(b.provides()));
        Set<Service> provided = Set.copyOf(nodes);
        for (Bundle bundle : shipped.bundles()) {
            for (Service used : bundle.uses()) {
                if (provided.stream().noneMatch(p -> p.matches(used))) {
                    nodes.add(used);
                }
            }
        }
        return nodes;
    }

    private static Map<String, String> exporters(ShippedBundles shipped) {
        Map<String, String> exporterOf = new TreeMap<>();
        for (Bundle bundle : shipped.bundles()) {
            bundle.exports().forEach(p -> exporterOf.put(p, bundle.symbolicName()));
        }
        return exporterOf;
    }

    private static List<String> withoutContractImports(ShippedBundles shipped) {
        Map<String, String> exporterOf = exporters(shipped);
        return shipped.bundles().stream()
                .filter(b -> b.imports().stream().map(exporterOf::get).filter(Objects::nonNull).noneMatch(CONTRACT_BUNDLES::contains))
                .map(Bundle::symbolicName).toList();
    }

    private static String id(String kind, String name) {
        return kind + "_" + name.replaceAll("[^A-Za-z0-9]", "_");
    }
}
