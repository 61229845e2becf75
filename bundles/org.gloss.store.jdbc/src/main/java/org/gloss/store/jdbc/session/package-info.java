/**
 * The project session of the shared JDBC store: the whole store API over the common schema, which
 * a store bundle extends with what only its database has (a server's roles, a file's change-log
 * follower). It publishes the documents a session added and removed to the in-process listeners
 * when the session closes.
 */
@Export
@Version("1.1.0")
package org.gloss.store.jdbc.session;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

