/**
 * Writing {@code gloss} commands: a command class that is its own contribution
 * ({@link org.gloss.core.cli.GlossCommand}), and the project argument with its session shared by
 * the commands that work on one project ({@link org.gloss.core.cli.ProjectCommand},
 * {@link org.gloss.core.cli.ProjectParameter}).
 */
@Export
@Version("1.0.0")
package org.gloss.core.cli;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
