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

    private final Framework framework;
    private final FrameworkCache cache;

    private GlossRuntime(Framework framework, FrameworkCache cache) {
        this.framework = framework;
        this.cache = cache;
    }

    public static GlossRuntime start(Path home, boolean watchPlugins) {
        Path bundles = home.resolve("bundles");
        Path plugins = home.resolve("plugins");
        FrameworkCache cache = FrameworkCache.forHome(home);
        try {
            Files.createDirectories(plugins);
            System.setProperty("gloss.plugins", plugins.toAbsolutePath().toString());
            Map<String, String> config = new HashMap<>();
            config.put(Constants.FRAMEWORK_STORAGE, cache.directory().toString());
            config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, ClassPathPackages.javafxPackages());
            config.put("felix.log.level", "0");
            // SCR logs to stderr without a LogService; problems are reported by "gloss plugins" instead
            config.put("ds.loglevel", "0");
            config.put("felix.fileinstall.dir", plugins.toAbsolutePath().toString());
            config.put("felix.fileinstall.poll", "500");
            config.put("felix.fileinstall.noInitialDelay", "true");
            config.put("felix.fileinstall.bundles.new.start", "true");
            config.put("felix.fileinstall.log.level", "0");
            Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
            framework.init();
            GlossRuntime runtime = new GlossRuntime(framework, cache);
            List<Bundle> toStart = runtime.synchronize(jars(bundles), true);
            if (!watchPlugins) {
                toStart.addAll(runtime.synchronize(jars(plugins), false));
            }
            runtime.removeBundlesNotIn(bundles, watchPlugins ? null : plugins);
            framework.start();
            for (Bundle bundle : toStart) {
                if (FILEINSTALL.equals(bundle.getSymbolicName()) && !watchPlugins) {
                    continue;
                }
                startQuietly(bundle);
            }
            if (!watchPlugins) {
                stopFileInstall(framework.getBundleContext());
            }
            return runtime;
        } catch (BundleException | IOException | RuntimeException e) {
            cache.close();
            throw new LaunchException("cannot start the OSGi framework: " + e.getMessage(), e);
        }
    }

    /**
     * Installs new jars and updates changed ones (the cache may hold older copies); returns the
     * bundles to start. Product bundles must install; a plugin that fails is left for
     * {@code gloss plugins} to report.
     */
    private List<Bundle> synchronize(List<Path> jars, boolean required) throws BundleException {
        BundleContext context = framework.getBundleContext();
        List<Bundle> result = new ArrayList<>();
        for (Path jar : jars) {
            String location = location(jar);
            try {
                Bundle bundle = context.getBundle(location);
                if (bundle == null) {
                    bundle = context.installBundle(location);
                } else if (Files.getLastModifiedTime(jar).toMillis() > bundle.getLastModified()) {
                    bundle.update();
                }
                if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    result.add(bundle);
                }
            } catch (BundleException | IOException | RuntimeException e) {
                if (required) {
                    throw new BundleException("cannot install " + jar.getFileName() + ": " + e.getMessage(), e);
                }
            }
        }
        return result;
    }

    /**
     * Uninstalls cached bundles whose jar is gone (an older product, a removed plugin). When
     * FileInstall watches plugins/, the bundles it installed there are its to manage.
     */
    private void removeBundlesNotIn(Path bundles, Path plugins) throws IOException, BundleException {
        Set<String> wanted = new HashSet<>();
        for (Path jar : jars(bundles)) {
            wanted.add(location(jar));
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

    private static void startQuietly(Bundle bundle) {
        try {
            bundle.start();
        } catch (BundleException | RuntimeException e) {
            // a broken plugin must not stop Gloss; 'gloss plugins' reports it
        }
    }

    private static void stopFileInstall(BundleContext context) throws BundleException {
        for (Bundle bundle : context.getBundles()) {
            if (FILEINSTALL.equals(bundle.getSymbolicName()) && bundle.getState() == Bundle.ACTIVE) {
                bundle.stop(Bundle.STOP_TRANSIENT);
            }
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
        return ((Function<String[], Integer>) cli).apply(args);
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
            if (bundle.getState() == Bundle.ACTIVE || bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null
                    || FILEINSTALL.equals(bundle.getSymbolicName())) {
                continue;
            }
            try {
                bundle.start();
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
