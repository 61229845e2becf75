package org.gloss.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A running Gloss: Apache Felix with the product's bundles ({@code bundles/}) and the user's
 * plugins ({@code plugins/}). With {@code watchPlugins} (the workbench, long-running tests)
 * Felix FileInstall installs, updates and removes plugins while Gloss runs; a short CLI command
 * installs the plugins present at start itself, which is faster than waiting for a scan.
 */
public final class GlossRuntime {
    private static final String CLI_FILTER = "(&(objectClass=java.util.function.Function)(gloss.entry=cli))";
    private static final String GUI_FILTER = "(&(objectClass=java.util.function.Function)(gloss.entry=gui))";
    private static final String FILEINSTALL = "org.apache.felix.fileinstall";
    private static final Set<String> LOGGING_BUNDLES = Set.of("org.apache.felix.log", "org.gloss.logging");

    private final Framework framework;
    private final FrameworkCache cache;

    private GlossRuntime(Framework framework, FrameworkCache cache) {
        this.framework = framework;
        this.cache = cache;
    }

    /** Starts Gloss with every bundle of the product (the workbench, and tests that look at all bundles). */
    public static GlossRuntime start(Path home, boolean watchPlugins) {
        return start(home, watchPlugins, true);
    }

    /**
     * Starts Gloss. Without {@code workbenchBundles} (a command line command) the product's
     * bundles that need JavaFX are installed but not started: they only add views and menus, and
     * starting them would resolve and load the workbench for nothing. Plugins always start.
     */
    public static GlossRuntime start(Path home, boolean watchPlugins, boolean workbenchBundles) {
        FrameworkCache cache = FrameworkCache.forHome(home);
        try {
            return start(home, watchPlugins, workbenchBundles, cache);
        } catch (LaunchException e) {
            if (cache.isTemporary()) {
                cache.close();
                throw e;
            }
            // a cache Felix cannot read (a process killed while writing it) is rebuilt once
            cache.clear();
            try {
                return start(home, watchPlugins, workbenchBundles, cache);
            } catch (LaunchException again) {
                cache.close();
                throw again;
            }
        }
    }

    private static GlossRuntime start(Path home, boolean watchPlugins, boolean workbenchBundles, FrameworkCache cache) {
        Path bundles = home.resolve("bundles");
        Path plugins = home.resolve("plugins");
        Framework framework = null;
        try {
            Files.createDirectories(plugins);
            System.setProperty("gloss.plugins", plugins.toAbsolutePath().toString());
            StartupPhases.mark("cache-locked");
            Map<String, Object> config = new HashMap<>();
            config.put(Constants.FRAMEWORK_STORAGE, cache.directory().toString());
            config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, ClassPathPackages.javafxPackages(cache.sharedFolder()));
            // everything goes to Gloss's log (LogConfiguration): Felix through its logger, SCR and
            // FileInstall through the OSGi Log Service (org.gloss.logging forwards it) and JUL
            boolean debug = LogConfiguration.debug();
            config.put("felix.log.logger", new FelixLogger());
            config.put("felix.log.level", debug ? "3" : "2");
            config.put("ds.loglevel", debug ? "info" : "warn");
            // SCR keeps the parsed component descriptions in its data area: no XML is parsed on a warm start
            config.put("ds.cache.metadata", "true");
            config.put("felix.fileinstall.dir", plugins.toAbsolutePath().toString());
            config.put("felix.fileinstall.poll", "500");
            config.put("felix.fileinstall.noInitialDelay", "true");
            config.put("felix.fileinstall.bundles.new.start", "true");
            config.put("felix.fileinstall.log.level", debug ? "3" : "2");
            config.put("felix.fileinstall.log.default", "jul");
            StartupPhases.mark("configured");
            @SuppressWarnings({"unchecked", "rawtypes"})
            Map<String, String> properties = (Map) config; // Felix also takes objects, such as its logger
            framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(properties);
            framework.init();
            StartupPhases.mark("framework-loaded");
            GlossRuntime runtime = new GlossRuntime(framework, cache);
            InstalledJars installed = InstalledJars.in(cache.slotFolder());
            List<Bundle> toStart = runtime.synchronize(jars(bundles), true, installed);
            if (!watchPlugins) {
                toStart.addAll(runtime.synchronize(jars(plugins), false, installed));
            }
            runtime.removeBundlesNotIn(bundles, watchPlugins ? null : plugins, installed);
            installed.save();
            StartupPhases.mark("bundles-installed");
            framework.start();
            // the log service and its forwarder first, so that SCR's messages reach the log
            toStart.sort(java.util.Comparator.comparing(bundle -> !LOGGING_BUNDLES.contains(bundle.getSymbolicName())));
            for (Bundle bundle : toStart) {
                boolean fileInstall = FILEINSTALL.equals(bundle.getSymbolicName());
                boolean skipped = fileInstall && !watchPlugins
                        || !workbenchBundles && isProductBundle(bundle, bundles) && needsJavaFx(bundle);
                if (!skipped) {
                    startQuietly(bundle);
                }
            }
            StartupPhases.mark("bundles-started");
            return runtime;
        } catch (BundleException | IOException | RuntimeException e) {
            stopQuietly(framework);
            throw new LaunchException("cannot start the OSGi framework: " + e.getMessage(), e);
        }
    }

    /**
     * Installs new jars and updates changed ones (the cache may hold other copies); returns the
     * bundles to start. Product bundles must install; a plugin that fails is left for
     * {@code gloss plugins} to report.
     */
    private List<Bundle> synchronize(List<Path> jars, boolean required, InstalledJars installed) throws BundleException {
        BundleContext context = framework.getBundleContext();
        List<Bundle> result = new ArrayList<>();
        for (Path jar : jars) {
            String location = required ? productLocation(jar) : location(jar);
            try {
                Bundle bundle = context.getBundle(location);
                if (bundle == null) {
                    bundle = context.installBundle(location);
                    installed.installed(location, jar);
                } else if (!installed.isCurrent(location, jar)) {
                    bundle.update();
                    installed.installed(location, jar);
                }
                if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
                    result.add(bundle);
                }
            } catch (BundleException | IOException | RuntimeException e) {
                if (required) {
                    throw new BundleException("cannot install " + jar.getFileName() + ": " + e.getMessage(), e);
                }
                log().log(System.Logger.Level.WARNING, "plugin " + jar + " cannot be installed", e);
            }
        }
        return result;
    }

    /** Looked up when something is logged: a start that logs nothing does not set logging up. */
    private static System.Logger log() {
        return System.getLogger("org.gloss.launcher");
    }

    private static boolean isProductBundle(Bundle bundle, Path bundles) {
        return bundle.getLocation().startsWith(productLocation(bundles));
    }

    /**
     * Product bundles are installed by reference: Felix reads them where they are instead of
     * copying them into every cache slot (the installation's files do not change under a running
     * Gloss; a package upgrade replaces them with new files).
     */
    static String productLocation(Path jar) {
        return "reference:" + location(jar);
    }

    /** A bundle that imports JavaFX packages is part of the workbench. */
    private static boolean needsJavaFx(Bundle bundle) {
        String imports = bundle.getHeaders("").get(Constants.IMPORT_PACKAGE);
        return imports != null && (imports.startsWith("javafx.") || imports.contains(",javafx."));
    }

    private static void stopQuietly(Framework framework) {
        if (framework == null) {
            return;
        }
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException | RuntimeException e) {
            // already failing
        }
    }

    /**
     * Uninstalls cached bundles whose jar is gone (an older product, a removed plugin). When
     * FileInstall watches plugins/, the bundles it installed there are its to manage.
     */
    private void removeBundlesNotIn(Path bundles, Path plugins, InstalledJars installed) throws IOException, BundleException {
        Set<String> wanted = new HashSet<>();
        for (Path jar : jars(bundles)) {
            wanted.add(productLocation(jar));
        }
        if (plugins != null) {
            for (Path jar : jars(plugins)) {
                wanted.add(location(jar));
            }
        }
        String pluginDirectory = location(Path.of(System.getProperty("gloss.plugins")));
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            boolean managedByFileInstall = plugins == null && bundle.getLocation().startsWith(pluginDirectory);
            if (bundle.getBundleId() != 0 && !wanted.contains(bundle.getLocation()) && !managedByFileInstall) {
                installed.forget(bundle.getLocation());
                bundle.uninstall();
            }
        }
    }

    /** The location FileInstall uses too, so that both agree on which bundle a jar is. */
    static String location(Path jar) {
        return jar.toAbsolutePath().toFile().toURI().normalize().toString();
    }

    private static List<Path> jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList());
        }
    }

    /**
     * Starts a bundle for this run only: the cache remembers no started state, so the next
     * command starts exactly the bundles it wants (a command line command not the workbench's).
     */
    private static void startQuietly(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
        } catch (BundleException | RuntimeException e) {
            // a broken plugin must not stop Gloss; 'gloss plugins' reports it, the log keeps the cause
            log().log(System.Logger.Level.WARNING, "bundle " + bundle.getSymbolicName() + " (" + bundle.getLocation()
                    + ") did not start", e);
        }
    }

    public BundleContext bundleContext() {
        return framework.getBundleContext();
    }

    /** Runs {@code gloss ARGS...} inside the framework and returns the exit status. */
    @SuppressWarnings("unchecked")
    public int runCommandLine(String[] args) {
        Object cli = waitForService(CLI_FILTER, 10_000);
        if (cli == null) {
            throw new LaunchException("the command line bundle (org.gloss.cli) did not start" + bundleProblems(), null);
        }
        StartupPhases.mark("cli-found");
        try {
            return ((Function<String[], Integer>) cli).apply(args);
        } finally {
            StartupPhases.mark("command-done");
        }
    }

    /**
     * Opens the workbench ({@code [PROJECT]}) and returns when its window closes. The service is
     * held for the whole run: a delayed DS component whose last user lets go is deactivated, and
     * the workbench needs its dynamic references (views, stores) while the window is open.
     */
    @SuppressWarnings("unchecked")
    public int runWorkbench(String[] args) {
        if (waitForService(GUI_FILTER, 10_000) == null) {
            throw new LaunchException("the workbench bundle (org.gloss.ui.workbench) did not start", null);
        }
        BundleContext context = framework.getBundleContext();
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, GUI_FILTER);
            if (refs == null || refs.length == 0) {
                throw new LaunchException("the workbench bundle (org.gloss.ui.workbench) stopped", null);
            }
            Object gui = context.getService(refs[0]);
            try {
                return ((Function<String[], Integer>) gui).apply(args);
            } finally {
                context.ungetService(refs[0]);
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Why bundles are not active, for a launch failure that would otherwise say nothing useful. */
    private String bundleProblems() {
        StringBuilder problems = new StringBuilder();
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (bundle.getState() == Bundle.ACTIVE || bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null
                    || FILEINSTALL.equals(bundle.getSymbolicName())) {
                continue;
            }
            try {
                bundle.start(Bundle.START_TRANSIENT);
                if (bundle.getState() != Bundle.ACTIVE) {
                    problems.append("; ").append(bundle.getSymbolicName()).append(" is not active");
                }
            } catch (BundleException | RuntimeException e) {
                problems.append("; ").append(bundle.getSymbolicName()).append(": ").append(e.getMessage().replace('\n', ' '));
            }
        }
        return problems.toString();
    }

    /** The first service matching the filter, waiting up to the timeout for it to appear. */
    public Object waitForService(String filter, long timeoutMillis) {
        try {
            Filter parsed = FrameworkUtil.createFilter(filter);
            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(framework.getBundleContext(), parsed, null);
            tracker.open(true);
            try {
                return tracker.waitForService(timeoutMillis);
            } finally {
                tracker.close();
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public void stop() {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException e) {
            // exiting anyway
        } finally {
            cache.close();
        }
    }
}
