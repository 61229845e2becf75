/** The project store service: one project's documents, codebook, coders, codings, memos, cases and sets. */
@Export
@Version("2.1.0")
package org.gloss.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

