package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gloss.launcher.GlossRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The product's bundle set is resolved, not hoped for: every bundle shipped in bundles/ must
 * resolve against the distribution alone (a missing library bundle, such as Jackson or
 * commons-codec once, fails the build here with the unsatisfied requirement).
 */
class DistributionResolvesIT {
    @TempDir
    Path dir;

    @Test
    void everyShippedBundleResolvesAgainstTheDistribution() {
        System.setProperty("gloss.cache", dir.resolve("cache").toString());
        GlossRuntime runtime = GlossRuntime.start(GlossProcess.distribution(), false, true);
        try {
            Bundle[] bundles = runtime.bundleContext().getBundles();
            FrameworkWiring wiring = runtime.bundleContext().getBundle(0).adapt(FrameworkWiring.class);
            wiring.resolveBundles(Arrays.asList(bundles));
            List<String> unresolved = new ArrayList<>();
            for (Bundle bundle : bundles) {
                if (bundle.getState() == Bundle.INSTALLED) {
                    unresolved.add(bundle.getSymbolicName() + ": " + reason(bundle));
                }
            }
            assertThat(unresolved).as("bundles whose requirements the distribution does not satisfy").isEmpty();
            assertThat(bundles).as("the product's bundles are installed").hasSizeGreaterThan(30);
        } finally {
            runtime.stop();
            System.clearProperty("gloss.cache");
        }
    }

    /** The framework says which requirement is missing when asked to start the bundle. */
    private static String reason(Bundle bundle) {
        if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
            return "fragment whose host is missing";
        }
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return "resolved late";
        } catch (BundleException e) {
            return e.getMessage().replace('\n', ' ');
        }
    }
}
