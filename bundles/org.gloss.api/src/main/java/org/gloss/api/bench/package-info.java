/** Benchmarks: each bundle may contribute named benchmarks that {@code gloss bench} runs. */
@Export
@Version("1.0.0")
package org.gloss.api.bench;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
