/** Contributions to the gloss command line: a bundle adds sub-commands by registering a service. */
@Export
@Version("1.1.0")
package org.gloss.api.cli;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
