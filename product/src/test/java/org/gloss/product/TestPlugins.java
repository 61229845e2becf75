package org.gloss.product;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real plugin bundles in the test: Java sources compiled against the product's API
 * bundles, a Declarative Services descriptor and a manifest, packed as a jar.
 */
final class TestPlugins {
    private TestPlugins() {
    }

    /** A working plugin that adds {@code gloss hello}. */
    static Path hello(Path dir) throws IOException {
        String source = """
                package org.example.hello;
                import java.util.concurrent.Callable;
                import org.gloss.api.cli.CommandContext;
                import org.gloss.api.cli.CommandContribution;
                import picocli.CommandLine.Command;
                public class HelloContribution implements CommandContribution {
                    @Command(name = "hello", description = "Say hello from a plugin.")
                    public static class Hello implements Callable<Integer> {
                        private final CommandContext context;
                        Hello(CommandContext context) { this.context = context; }
                        public Integer call() { context.out().println("hello from a plugin"); return 0; }
                    }
                    public Object createCommand(CommandContext context) { return new Hello(context); }
                }
                """;
        return bundle(dir, "hello.jar", "org.example.hello", "org.example.hello.HelloContribution", source,
                "org.gloss.api.cli;version=\"[1.0,2)\",picocli", "org.gloss.api.cli.CommandContribution", false);
    }

    /**
     * A plugin that adds {@code gloss hold-sessions P}: a long-lived Gloss process like the
     * workbench, which opens three sessions on the project through the product's store (the
     * workbench opens one per view), says {@code ready}, then codes what it is told on standard
     * input, one line each, and acknowledges every committed coding with {@code coded ID}:
     * {@code code DOC CODE CODER START END} codes one span; {@code loop N DOC CODE CODER} codes N
     * spans one after the other; end of input ends it.
     */
    static Path sessionHolder(Path dir) throws IOException {
        String source = """
                package org.example.holder;
                import java.io.BufferedReader;
                import java.io.InputStreamReader;
                import java.nio.charset.StandardCharsets;
                import java.util.concurrent.Callable;
                import org.gloss.api.cli.CommandContext;
                import org.gloss.api.cli.CommandContribution;
                import org.gloss.api.store.NewCoding;
                import org.gloss.api.store.ProjectSession;
                import picocli.CommandLine.Command;
                import picocli.CommandLine.Parameters;
                public class HolderContribution implements CommandContribution {
                    @Command(name = "hold-sessions", description = "Test: hold sessions open and code on request.")
                    public static class Hold implements Callable<Integer> {
                        private final CommandContext context;
                        @Parameters(index = "0") String project;
                        Hold(CommandContext context) { this.context = context; }
                        public Integer call() throws Exception {
                            ProjectSession writer = context.openProject(project);
                            ProjectSession second = context.openProject(project);
                            ProjectSession third = context.openProject(project);
                            writer.documents().list();
                            second.codebook().list();
                            third.coders().list();
                            say("ready");
                            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                            for (String line = in.readLine(); line != null; line = in.readLine()) {
                                String[] f = line.trim().split(" ");
                                try {
                                    if (f[0].equals("code")) {
                                        code(writer, f[1], f[2], f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5]));
                                    } else if (f[0].equals("loop")) {
                                        int n = Integer.parseInt(f[1]);
                                        for (int i = 0; i < n; i++) {
                                            code(writer, f[2], f[3], f[4], i % 50, i % 50 + 3);
                                        }
                                        say("done");
                                    }
                                } catch (RuntimeException e) {
                                    say("failed " + e.getMessage());
                                }
                            }
                            return 0;
                        }
                        private void code(ProjectSession s, String doc, String code, String coder, int start, int end) {
                            long id = s.codings().add(new NewCoding(s.documents().get(doc).id(), s.codebook().get(code).id(),
                                    s.coders().getOrCreate(coder).id(), start, end, null)).id();
                            say("coded " + id);
                        }
                        private void say(String line) {
                            context.out().println(line);
                            context.out().flush();
                        }
                    }
                    public Object createCommand(CommandContext context) { return new Hold(context); }
                }
                """;
        return bundle(dir, "holder.jar", "org.example.holder", "org.example.holder.HolderContribution", source,
                "org.gloss.api.cli;version=\"[1.0,2)\",org.gloss.api.store;version=\"[2.0,3)\",org.gloss.model;version=\"[1.0,2)\",picocli",
                "org.gloss.api.cli.CommandContribution", false);
    }

    /** A plugin whose command {@code gloss crash} fails with a bug (an unexpected exception). */
    static Path crashing(Path dir) throws IOException {
        String source = """
                package org.example.crash;
                import java.util.concurrent.Callable;
                import org.gloss.api.cli.CommandContext;
                import org.gloss.api.cli.CommandContribution;
                import picocli.CommandLine.Command;
                public class CrashContribution implements CommandContribution {
                    @Command(name = "crash", description = "Fail with a bug.")
                    public static class Crash implements Callable<Integer> {
                        public Integer call() { throw new IllegalStateException("a bug on purpose"); }
                    }
                    public Object createCommand(CommandContext context) { return new Crash(); }
                }
                """;
        return bundle(dir, "crash.jar", "org.example.crash", "org.example.crash.CrashContribution", source,
                "org.gloss.api.cli;version=\"[1.0,2)\",picocli", "org.gloss.api.cli.CommandContribution", false);
    }

    /** A plugin whose component throws in activate. */
    static Path failingActivate(Path dir) throws IOException {
        String source = """
                package org.example.failing;
                import org.gloss.api.cli.CommandContext;
                import org.gloss.api.cli.CommandContribution;
                public class FailingContribution implements CommandContribution {
                    public void activate() { throw new IllegalStateException("plugin is broken on purpose"); }
                    public Object createCommand(CommandContext context) { return null; }
                }
                """;
        return bundle(dir, "failing.jar", "org.example.failing", "org.example.failing.FailingContribution", source,
                "org.gloss.api.cli;version=\"[1.0,2)\"", "org.gloss.api.cli.CommandContribution", true);
    }

    /** A plugin that imports a package nobody exports, so it never resolves. */
    static Path missingImport(Path dir) throws IOException {
        Manifest manifest = manifest("org.example.unresolved", Map.of("Import-Package", "org.example.nowhere;version=\"[1,2)\""));
        Path jar = dir.resolve("unresolved.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("readme.txt"));
            out.write("nothing".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    /** A jar whose manifest is not a valid bundle manifest (no symbolic name). */
    static Path badManifest(Path dir) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-Version", "not.a.version!");
        Path jar = dir.resolve("bad-manifest.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("readme.txt"));
            out.write("nothing".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static Manifest manifest(String symbolicName, Map<String, String> headers) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        headers.forEach(main::putValue);
        return manifest;
    }

    private static Path bundle(Path dir, String jarName, String symbolicName, String className, String source,
                               String imports, String service, boolean activate) throws IOException {
        Path work = Files.createTempDirectory(dir, "plugin-src");
        Path sourceFile = work.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(sourceFile.getParent());
        Files.writeString(sourceFile, source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, null, diagnostics, "--release", "17", "-d", classes.toString(),
                "-cp", apiClassPath(), sourceFile.toString());
        if (status != 0) {
            throw new IllegalStateException("plugin did not compile: " + diagnostics);
        }
        String component = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s" immediate="true"%s>
                  <implementation class="%s"/>
                  <service><provide interface="%s"/></service>
                </scr:component>
                """.formatted(className, activate ? " activate=\"activate\"" : "", className, service);
        Manifest manifest = manifest(symbolicName, Map.of("Import-Package", imports,
                "Service-Component", "OSGI-INF/component.xml"));
        Path jar = dir.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                add(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            add(out, "OSGI-INF/component.xml", component.getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void add(OutputStream stream, String name, byte[] bytes) throws IOException {
        JarOutputStream out = (JarOutputStream) stream;
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static String apiClassPath() throws IOException {
        try (Stream<Path> jars = Files.list(GlossProcess.distribution().resolve("bundles"))) {
            List<Path> needed = new ArrayList<>(jars.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("org.gloss.api-") || n.startsWith("org.gloss.model-") || n.startsWith("picocli-");
            }).toList());
            return needed.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        }
    }

    /** A copy of the assembled product, so that a test's plugins stay its own. */
    static Path copyOfDistribution(Path target) throws IOException {
        Path source = GlossProcess.distribution();
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }
}
