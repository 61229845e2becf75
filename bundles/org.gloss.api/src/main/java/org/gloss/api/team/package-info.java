/**
 * Team work: merging coders' project copies, shared server projects (change feeds, access
 * errors), and the catalogue of their user-facing errors.
 */
@Export
@Version("2.1.0")
package org.gloss.api.team;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

