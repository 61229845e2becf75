package org.gloss.launcher;

import java.io.File;
import java.io.IOException;
import java.util.TreeSet;
import java.util.jar.JarFile;

/**
 * The JavaFX packages on the launcher's class path, for the system bundle to export to bundles
 * (JavaFX is not an OSGi bundle). Generated from the jars, never kept by hand.
 */
final class ClassPathPackages {
    private ClassPathPackages() {
    }

    static String javafxPackages() {
        TreeSet<String> packages = new TreeSet<>();
        String version = "21.0";
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (!name.startsWith("javafx-") || !name.endsWith(".jar")) {
                continue;
            }
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
