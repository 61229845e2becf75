package org.gloss.store.postgres.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens JDBC connections to one server location. The embedded driver is called directly, so
 * nothing depends on DriverManager's class-loader lookups inside OSGi.
 */
final class Connections {
    static final String SCHEMA = "gloss";

    private final ServerLocation location;
    private final Credentials.Login login;

    Connections(ServerLocation location, Credentials credentials) {
        this.location = location;
        this.login = credentials.loginFor(location);
    }

    ServerLocation location() {
        return location;
    }

    String user() {
        return login.user();
    }

    /** A connection to the project's schema. */
    Connection open() {
        return connect(location, SCHEMA, null);
    }

    /** A connection to the project's schema that the server lists under this application name. */
    Connection open(String applicationName) {
        return connect(location, SCHEMA, applicationName);
    }

    /** A connection to another database of the same server, e.g. to create the project's database. */
    Connection openDatabase(String database) {
        return connect(location.withDatabase(database), null, null);
    }

    private Connection connect(ServerLocation target, String schema, String applicationName) {
        Properties properties = new Properties();
        target.parameters().forEach(properties::setProperty);
        properties.setProperty("user", login.user());
        if (login.password() != null) {
            properties.setProperty("password", login.password());
        }
        if (schema != null) {
            properties.setProperty("currentSchema", schema);
        }
        if (applicationName != null) {
            properties.setProperty("ApplicationName", applicationName);
        }
        properties.putIfAbsent("ApplicationName", "gloss");
        properties.putIfAbsent("connectTimeout", "10");
        properties.putIfAbsent("tcpKeepAlive", "true");
        properties.putIfAbsent("reWriteBatchedInserts", "true");
        try {
            Connection connection = new org.postgresql.Driver().connect(target.jdbcUrl(), properties);
            if (connection == null) {
                throw ServerErrors.badServerLocation(location.text(), "a PostgreSQL location");
            }
            return connection;
        } catch (SQLException e) {
            throw PgErrors.onConnect(e, location.text(), login);
        }
    }
}
