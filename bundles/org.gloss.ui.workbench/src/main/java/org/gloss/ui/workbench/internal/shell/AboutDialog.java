package org.gloss.ui.workbench.internal.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Help > About: the version and commit the build wrote into this bundle, the licence, the Java and
 * JavaFX versions, the log file, and (under "Show details") every installed bundle with its
 * version and state, as a bug report needs them.
 */
final class AboutDialog {
    private AboutDialog() {
    }

    static Alert show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Gloss");
        about.setHeaderText(versionLine());
        about.setContentText(summary());
        TextArea bundles = new TextArea(String.join("\n", bundles()));
        bundles.setId("about-bundles");
        bundles.setEditable(false);
        bundles.setPrefRowCount(14);
        bundles.setAccessibleText("Installed bundles");
        about.getDialogPane().setExpandableContent(bundles);
        about.show();
        return about;
    }

    /** Licence, runtime versions and where the log is. */
    static String summary() {
        String log = System.getProperty("gloss.log.file");
        return "A workbench for qualitative research.\n"
                + "Licensed under the Apache License, Version 2.0.\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "JavaFX " + System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "unknown")) + "\n"
                + "Log: " + (log == null ? "none yet (nothing was logged)" : log);
    }

    /** "symbolic name version (state)" of every bundle of the running framework; empty outside one (tests). */
    static List<String> bundles() {
        Bundle own = FrameworkUtil.getBundle(AboutDialog.class);
        List<String> lines = new ArrayList<>();
        if (own == null || own.getBundleContext() == null) {
            lines.add("(not running in the OSGi framework: no bundles to list)");
            return lines;
        }
        List<Bundle> bundles = new ArrayList<>(List.of(own.getBundleContext().getBundles()));
        bundles.sort(Comparator.comparing(b -> String.valueOf(b.getSymbolicName())));
        for (Bundle bundle : bundles) {
            lines.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " (" + state(bundle.getState()) + ")");
        }
        return lines;
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> "installed, not resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        };
    }

    static String versionLine() {
        Bundle bundle = FrameworkUtil.getBundle(AboutDialog.class);
        String version = bundle == null ? null : bundle.getHeaders("").get("Gloss-Version");
        String commit = bundle == null ? null : bundle.getHeaders("").get("Gloss-Commit");
        String line = "Gloss " + (version == null ? "(development)" : version);
        return commit == null || commit.isBlank() || commit.equals("unknown") ? line : line + " (commit " + commit + ")";
    }
}
