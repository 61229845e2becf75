/**
 * The Gloss domain model: plain Java, no OSGi, JDBC or JavaFX. Text offsets are Unicode code
 * points into a document's stored text, end exclusive.
 */
@Export
@Version("1.4.0")
package org.gloss.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
