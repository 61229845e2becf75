package org.gloss.product;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * What the Gloss bundles of a distribution are made of, read from the jars themselves: each
 * bundle's exported and imported packages (manifest), the services its
 * Declarative Services components provide and reference (OSGI-INF descriptors), and the services
 * its code looks up or registers by class literal ({@code context.services(X.class)},
 * {@code registerService(X.class, ...)}), which DS descriptors do not show.
 */
record ShippedBundles(List<Bundle> bundles) {

    /** A service as a consumer meets it: an interface, optionally narrowed by one property (gloss.entry=cli). */
    record Service(String interfaceName, String property) implements Comparable<Service> {
        String simpleName() {
            return interfaceName.substring(interfaceName.lastIndexOf('.') + 1);
        }

        boolean matches(Service wanted) {
            return interfaceName.equals(wanted.interfaceName) && (wanted.property == null || wanted.property.equals(property));
        }

        @Override
        public int compareTo(Service other) {
            return key().compareTo(other.key());
        }

        String key() {
            return property == null ? interfaceName : interfaceName + " " + property;
        }
    }

    record Bundle(String symbolicName, String description, Set<String> exports, Set<String> imports,
            Set<Service> provides, Set<Service> uses) {
    }

    private static final Pattern TARGET = Pattern.compile("\\(([\\w.]+)=([^()]+)\\)");
    private static final Set<String> LOOKUPS = Set.of("services", "getServiceReference", "getServiceReferences", "getServiceObjects");

    static ShippedBundles read(Path bundlesDirectory) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(bundlesDirectory)) {
            jars = files.filter(p -> p.getFileName().toString().startsWith("org.gloss.") && p.toString().endsWith(".jar")).sorted().toList();
        }
        Map<String, List<JavaClass>> classesByJar = classesByJar(jars);
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            bundles.add(readBundle(jar, classesByJar.getOrDefault(jar.getFileName().toString(), List.of())));
        }
        return new ShippedBundles(List.copyOf(bundles));
    }

    /**
     * The Gloss classes of all bundles, imported together so that a service interface used in one
     * bundle resolves to its declaration in the API bundle, grouped by the jar they come from.
     */
    private static Map<String, List<JavaClass>> classesByJar(List<Path> jars) throws IOException {
        List<JarFile> files = new ArrayList<>();
        try {
            for (Path jar : jars) {
                files.add(new JarFile(jar.toFile()));
            }
            Map<String, List<JavaClass>> result = new TreeMap<>();
            for (JavaClass type : new ClassFileImporter().importJars(files.toArray(JarFile[]::new))) {
                if (type.getPackageName().startsWith("org.gloss.") && type.getSource().isPresent()) {
                    String uri = type.getSource().get().getUri().toString();
                    String jarName = uri.substring(0, uri.indexOf("!/")).replaceFirst(".*/", "");
                    result.computeIfAbsent(jarName, j -> new ArrayList<>()).add(type);
                }
            }
            return result;
        } finally {
            for (JarFile file : files) {
                file.close();
            }
        }
    }

    private static Bundle readBundle(Path jar, List<JavaClass> classes) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest().getMainAttributes();
            String symbolicName = manifest.getValue("Bundle-SymbolicName").split(";")[0].trim();
            String description = manifest.getValue("Bundle-Description");
            Set<Service> provides = new TreeSet<>();
            Set<Service> uses = new TreeSet<>();
            for (String component : clauses(manifest.getValue("Service-Component"))) {
                readComponent(file, component, provides, uses);
            }
            readLookups(classes, provides, uses);
            return new Bundle(symbolicName, description == null ? "" : description.replaceAll("\\s+", " ").trim(),
                    packages(manifest.getValue("Export-Package")), packages(manifest.getValue("Import-Package")),
                    provides, uses);
        }
    }

    private static void readComponent(JarFile jar, String path, Set<Service> provides, Set<Service> uses) throws IOException {
        JarEntry entry = jar.getJarEntry(path);
        if (entry == null) {
            throw new IOException(jar.getName() + " names a missing component descriptor " + path);
        }
        Element root;
        try (InputStream in = jar.getInputStream(entry)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            root = factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + path + " in " + jar.getName() + ": " + e.getMessage(), e);
        }
        String property = null;
        for (Element p : children(root, "property")) {
            // gloss.entry selects a distinct service (the command line or the workbench); gloss.command
            // only tells the command line when to activate a contribution, which stays one service
            if (p.getAttribute("name").equals("gloss.entry")) {
                property = p.getAttribute("name") + "=" + p.getAttribute("value");
            }
        }
        for (Element provide : children(root, "provide")) {
            provides.add(new Service(provide.getAttribute("interface"), property));
        }
        for (Element reference : children(root, "reference")) {
            Matcher target = TARGET.matcher(reference.getAttribute("target"));
            uses.add(new Service(reference.getAttribute("interface"), target.matches() ? target.group(1) + "=" + target.group(2) : null));
        }
    }

    /** Services looked up or registered in code by class literal, e.g. {@code context.services(Exporter.class)}. */
    private static void readLookups(List<JavaClass> classes, Set<Service> provides, Set<Service> uses) {
        for (JavaClass type : classes) {
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                boolean looksUp = unit.getMethodCallsFromSelf().stream().anyMatch(call -> LOOKUPS.contains(call.getName()))
                        || unit.getConstructorCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().getSimpleName().equals("ServiceTracker"));
                boolean registers = unit.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("registerService"));
                for (ReferencedClassObject literal : unit.getReferencedClassObjects()) {
                    JavaClass service = literal.getRawType();
                    if (!service.isInterface() || !isServiceType(service.getName())) {
                        continue;
                    }
                    if (registers) {
                        provides.add(new Service(service.getName(), null));
                    } else if (looksUp) {
                        uses.add(new Service(service.getName(), null));
                    }
                }
            }
        }
    }

    /** Gloss's service interfaces and the plain-Java entry points; not JDK or OSGi types passed around as literals. */
    private static boolean isServiceType(String name) {
        return name.startsWith("org.gloss.") || name.equals("java.util.function.Function");
    }

    /** Elements of that local name in any namespace (DS descriptors leave their children unqualified). */
    private static List<Element> children(Element root, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static Set<String> packages(String header) {
        Set<String> packages = new TreeSet<>();
        for (String clause : clauses(header)) {
            packages.add(clause.split(";")[0].trim());
        }
        return packages;
    }

    /** A manifest header's clauses: commas outside quoted attribute values separate them. */
    private static List<String> clauses(String header) {
        List<String> result = new ArrayList<>();
        if (header == null) {
            return result;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                result.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            result.add(current.toString().trim());
        }
        return result;
    }
}
