package org.gloss.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locations and credentials, the way libpq users expect them; no server needed. */
class CredentialsTest {
    @TempDir
    Path dir;

    @Test
    void locationsNameHostPortDatabaseAndUser() {
        ServerLocation location = ServerLocation.parse("postgresql://db.example.org/study?user=aida&sslmode=require");
        assertThat(location.host()).isEqualTo("db.example.org");
        assertThat(location.port()).isEqualTo(5432);
        assertThat(location.database()).isEqualTo("study");
        assertThat(location.user()).isEqualTo("aida");
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5432/study");
        assertThat(location.locationOf("other")).isEqualTo("postgresql://db.example.org:5432/other?user=aida&sslmode=require");
        assertThat(ServerLocation.parse("postgresql://ben@127.0.0.1:55432/p").user()).isEqualTo("ben");
    }

    @Test
    void passwordsInTheLocationAreRefused() {
        assertThatThrownBy(() -> ServerLocation.parse("postgresql://aida:secret@host/study"))
                .isInstanceOf(GlossException.class).hasMessageContaining("must not be given in the location");
        assertThatThrownBy(() -> ServerLocation.parse("postgresql://host/study?user=aida&password=secret"))
                .isInstanceOf(GlossException.class).hasMessageContaining("must not be given in the location");
        assertThatThrownBy(() -> ServerLocation.parse("postgresql://host/"))
                .hasMessageContaining("expected postgresql://host[:port]/database");
        assertThatThrownBy(() -> ServerLocation.parse("postgresql://host/bad;name"))
                .hasMessageContaining("invalid server location");
    }

    @Test
    void thePasswordFileIsMatchedByHostPortDatabaseAndUserWithWildcards() throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, """
                # comment
                other:5432:*:aida:wrong
                db.example.org:5432:study:ben:bens
                db.example.org:*:*:aida:pa\\:ss\\\\word
                """);
        Credentials credentials = new Credentials(Map.of("PGPASSFILE", pgpass.toString()));
        assertThat(credentials.loginFor(ServerLocation.parse("postgresql://db.example.org/study?user=aida")))
                .isEqualTo(new Credentials.Login("aida", "pa:ss\\word"));
        assertThat(credentials.loginFor(ServerLocation.parse("postgresql://db.example.org/study?user=ben")).password())
                .isEqualTo("bens");
        assertThat(credentials.loginFor(ServerLocation.parse("postgresql://db.example.org/study?user=carl")).password())
                .isNull();
    }

    @Test
    void pgPasswordAndPgUserComeFromTheEnvironment() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve(".pgpass"), "*:*:*:*:from-file\n");
        ServerLocation location = ServerLocation.parse("postgresql://host/study");
        assertThat(new Credentials(Map.of("PGUSER", "ben", "HOME", home.toString())).loginFor(location))
                .isEqualTo(new Credentials.Login("ben", "from-file"));
        assertThat(new Credentials(Map.of("PGUSER", "ben", "HOME", home.toString(), "PGPASSWORD", "env")).loginFor(location))
                .isEqualTo(new Credentials.Login("ben", "env"));
    }
}
