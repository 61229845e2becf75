package org.gloss.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/**
 * Gloss's version and commit as the build wrote them into this bundle's manifest
 * ({@code Gloss-Version}, {@code Gloss-Commit}); the launcher prints the same line from its own.
 */
public final class GlossVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }

    public static String line() {
        Bundle bundle = FrameworkUtil.getBundle(GlossVersion.class);
        String version = bundle == null ? null : bundle.getHeaders("").get("Gloss-Version");
        String commit = bundle == null ? null : bundle.getHeaders("").get("Gloss-Commit");
        String text = "Gloss " + (version == null ? "unknown" : version);
        return commit == null || commit.isBlank() || commit.equals("unknown") ? text : text + " (commit " + commit + ")";
    }
}
