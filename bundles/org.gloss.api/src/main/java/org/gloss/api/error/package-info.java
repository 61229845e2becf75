/** Gloss's typed catalogue of user-facing errors. */
@Export
@Version("2.0.0")
package org.gloss.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

