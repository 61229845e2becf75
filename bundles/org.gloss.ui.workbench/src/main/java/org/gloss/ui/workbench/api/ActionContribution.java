package org.gloss.ui.workbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/** A menu item, registered as an OSGi service, e.g. an exporter's "Export coded segments…". */
@ConsumerType
public interface ActionContribution {
    /** The top-level menu it goes in ("File", "Edit", "Code", "Tools", ... a new name adds a menu). */
    String menu();

    String label();

    /** A JavaFX key combination such as "Shortcut+E", or null. */
    default String accelerator() {
        return null;
    }

    /**
     * The submenu of {@link #menu()} the item goes in (e.g. "Export" under "File"), created when the
     * first item names it; null puts the item directly in the menu. Items of a submenu are sorted
     * by label, so that items registered one by one (one per exporter) keep a stable order.
     */
    default String submenu() {
        return null;
    }

    /** Runs on the FX thread; long work goes to {@link WorkbenchContext#runInBackground}. */
    void run(WorkbenchContext context);
}
