package org.gloss.store.postgres.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A project location {@code postgresql://host[:port]/database[?user=NAME&sslmode=...]}: one
 * database holds one project. Passwords are never part of it (see {@link Credentials}).
 */
record ServerLocation(String text, String host, int port, String database, Map<String, String> parameters) {
    static final int DEFAULT_PORT = 5432;
    private static final String EXPECTED = "postgresql://host[:port]/database[?user=NAME]";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    static boolean looksLikeServer(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://");
    }

    static ServerLocation parse(String location) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw ServerErrors.badServerLocation(location, EXPECTED);
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw ServerErrors.passwordOnCommandLine();
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || path.isEmpty() || path.contains("/")) {
            throw ServerErrors.badServerLocation(location, EXPECTED);
        }
        if (!IDENTIFIER.matcher(path).matches()) {
            throw ServerErrors.badServerLocation(location, "a database name of letters, digits and _");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equalsIgnoreCase("password")) {
                    throw ServerErrors.passwordOnCommandLine();
                }
                parameters.put(key, value);
            }
        }
        if (uri.getUserInfo() != null) {
            parameters.putIfAbsent("user", uri.getUserInfo());
        }
        return new ServerLocation(location, uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path,
                Collections.unmodifiableMap(parameters)); // in the order given, as locationOf writes them back
    }

    /** The user named in the location, if any. */
    String user() {
        return parameters.get("user");
    }

    /** The same server and user, another database (e.g. "postgres" to create databases). */
    ServerLocation withDatabase(String otherDatabase) {
        return new ServerLocation(text, host, port, otherDatabase, parameters);
    }

    /** The location text of another database on the same server, with the same parameters. */
    String locationOf(String otherDatabase) {
        StringBuilder text = new StringBuilder("postgresql://").append(host.contains(":") ? "[" + host + "]" : host)
                .append(':').append(port).append('/').append(otherDatabase);
        String separator = "?";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            text.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = "&";
        }
        return text.toString();
    }

    String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
