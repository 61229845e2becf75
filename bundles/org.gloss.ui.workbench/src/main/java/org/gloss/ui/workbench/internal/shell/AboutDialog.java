package org.gloss.ui.workbench.internal.shell;

import javafx.scene.control.Alert;
import javafx.stage.Window;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Help > About: the version and commit the build wrote into this bundle, the licence, the log. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Gloss");
        about.setHeaderText(versionLine());
        String log = System.getProperty("gloss.log.file");
        about.setContentText("A workbench for qualitative research.\n"
                + "Licensed under the Apache License, Version 2.0.\n"
                + "Java " + System.getProperty("java.version") + "\n"
                + (log == null ? "" : "Log: " + log));
        about.show();
    }

    static String versionLine() {
        Bundle bundle = FrameworkUtil.getBundle(AboutDialog.class);
        String version = bundle == null ? null : bundle.getHeaders("").get("Gloss-Version");
        String commit = bundle == null ? null : bundle.getHeaders("").get("Gloss-Commit");
        String line = "Gloss " + (version == null ? "(development)" : version);
        return commit == null || commit.isBlank() || commit.equals("unknown") ? line : line + " (commit " + commit + ")";
    }
}
