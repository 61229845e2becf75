/** The project store service: one project's documents, codebook, coders, codings and memos. */
@Export
@Version("2.0.0")
package org.gloss.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

