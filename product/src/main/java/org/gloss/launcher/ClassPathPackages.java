package org.gloss.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;

/**
 * The JavaFX packages on the launcher's class path, for the system bundle to export to bundles
 * (JavaFX is not an OSGi bundle). Generated from the jars, never kept by hand, and remembered in
 * the framework cache while the jars stay the same (listing them costs a tenth of a command's start).
 */
final class ClassPathPackages {
    private ClassPathPackages() {
    }

    static String javafxPackages(Path cacheFolder) {
        List<String> jars = new ArrayList<>();
        StringBuilder key = new StringBuilder("javafx-packages 1;");
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (name.startsWith("javafx-") && name.endsWith(".jar")) {
                File file = new File(entry);
                jars.add(entry);
                key.append(file.getAbsolutePath()).append(':').append(file.length()).append(':').append(file.lastModified()).append(';');
            }
        }
        Path cached = cacheFolder.resolve("javafx-packages.txt");
        return CacheFiles.read(cached, key.toString()).orElseGet(() -> {
            String packages = scan(jars);
            CacheFiles.write(cached, key.toString(), packages);
            return packages;
        });
    }

    private static String scan(List<String> jars) {
        TreeSet<String> packages = new TreeSet<>();
        String version = "21.0";
        for (String entry : jars) {
            try (JarFile jar = new JarFile(entry)) {
                String implementation = jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue("Implementation-Version");
                if (implementation != null) {
                    version = implementation.replaceAll("[^0-9.].*$", "");
                }
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.endsWith(".class") && n.contains("/"))
                        .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                        .filter(p -> p.startsWith("javafx.") || p.equals("com.sun.javafx.binding"))
                        .forEach(packages::add);
            } catch (IOException e) {
                // not readable: nothing to export from it
            }
        }
        StringBuilder extra = new StringBuilder();
        for (String p : packages) {
            if (extra.length() > 0) {
                extra.append(',');
            }
            extra.append(p).append(";version=\"").append(version).append('"');
        }
        return extra.toString();
    }
}
