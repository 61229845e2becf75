/**
 * Search-based operations shared by the command line and the workbench: auto-coding the hits of a
 * search.
 */
@Export
@Version("1.0.0")
package org.gloss.core.search;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

