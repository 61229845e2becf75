package org.gloss.store.postgres.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who connects, and with which password, the way libpq decides: the user from the location,
 * else PGUSER, else the operating-system user; the password from PGPASSWORD, else from the
 * password file (PGPASSFILE, else ~/.pgpass, lines {@code host:port:database:user:password}
 * with {@code *} wildcards). Never from the command line.
 */
final class Credentials {
    record Login(String user, String password) {
    }

    private final Map<String, String> environment;

    Credentials(Map<String, String> environment) {
        this.environment = environment;
    }

    Login loginFor(ServerLocation location) {
        String user = location.user() != null ? location.user()
                : environment.getOrDefault("PGUSER", System.getProperty("user.name"));
        String password = environment.get("PGPASSWORD");
        if (password == null) {
            password = passwordFile().flatMap(file -> lookUp(file, location, user)).orElse(null);
        }
        return new Login(user, password);
    }

    private Optional<Path> passwordFile() {
        String configured = environment.get("PGPASSFILE");
        Path file = configured != null ? Path.of(configured)
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".pgpass");
        return Files.isReadable(file) ? Optional.of(file) : Optional.empty();
    }

    static Optional<String> lookUp(Path file, ServerLocation location, String user) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() == 5
                    && matches(fields.get(0), location.host())
                    && matches(fields.get(1), Integer.toString(location.port()))
                    && matches(fields.get(2), location.database())
                    && matches(fields.get(3), user)) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** Splits at unescaped colons; backslash escapes ':' and '\'. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
