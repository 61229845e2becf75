/**
 * How bundles contribute to the workbench: register a {@link org.gloss.ui.workbench.api.ViewContribution}
 * (a view in a docking area), an {@link org.gloss.ui.workbench.api.ActionContribution} (a menu item)
 * or a {@link org.gloss.ui.workbench.api.DocumentViewFactory} (the editor for documents) as an
 * OSGi service. Adding a view is adding a bundle. These types use JavaFX, so they live here and
 * not in the plain-Java {@code org.gloss.api}.
 */
@Export
@Version("1.4.0")
package org.gloss.ui.workbench.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
