/**
 * The service provider interface of the shared JDBC project store: a store bundle opens a
 * {@link java.sql.Connection}, wraps it in a {@link org.gloss.store.jdbc.spi.JdbcConnection} with
 * its {@link org.gloss.store.jdbc.spi.Dialect} (what differs between databases: transactions and
 * locks, returned keys, timestamps, text order, codebook versioning, error translation) and hands
 * out a {@link org.gloss.store.jdbc.spi.JdbcProjectSession}, which implements the whole store API
 * over the common schema. Schemas, migrations and connection set-up stay in the store bundles.
 */
@Export
@Version("1.2.0")
package org.gloss.store.jdbc.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
