package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hand-edited projects through {@code bin/gloss} (issue 14, item 6): every damage is
 * "project file is damaged: ... (run `gloss check P`)", never "not a Gloss project" or a trace;
 * a session that met damage writes nothing; check lists the problems and recover salvages.
 */
class DamagedProjectIT {
    @TempDir
    Path dir;

    private HostileInputs gloss;

    @BeforeEach
    void setUp() {
        gloss = new HostileInputs(new GlossProcess(dir));
    }

    @AfterAll
    static void count() {
        System.out.println("hostile inputs run through bin/gloss so far: " + HostileInputs.count());
    }

    private Path demo(String name) {
        gloss.ok("demo", name);
        return dir.resolve(name);
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static long rootPage(Path file, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void overwrite(Path file, long offset, int length) throws Exception {
        byte[] garbage = new byte[length];
        for (int i = 0; i < length; i++) {
            garbage[i] = (byte) (0x5A ^ i * 13);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            raf.write(garbage);
        }
    }

    private static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void truncatedAndOverwrittenFilesAreDamagedProjectsNotOtherFiles() throws Exception {
        Path header = demo("header.gloss");
        overwrite(header, 0, 100);
        gloss.refused("project file is damaged: SQLite cannot read its header (run `gloss check header.gloss`)",
                "doc", "list", "header.gloss");
        Path truncated = demo("truncated.gloss");
        try (RandomAccessFile raf = new RandomAccessFile(truncated.toFile(), "rw")) {
            raf.setLength(raf.length() / 2 + 100);
        }
        gloss.refused("project file is damaged: ", "coding", "list", "truncated.gloss");
        Path minus = demo("minus.gloss");
        sql(minus, "PRAGMA user_version = -1");
        gloss.refused("project file is damaged: its schema version -1 is not one Gloss writes (run `gloss check minus.gloss`)",
                "doc", "list", "minus.gloss");
        // a file that was never a project is still not one
        Files.writeString(dir.resolve("notes.gloss"), "these are my notes, not a project, and longer than a header");
        gloss.refused("not a Gloss project: notes.gloss", "doc", "list", "notes.gloss");
    }

    @Test
    void aCorruptTablePageStopsWritesAndCheckAndRecoverDealWithIt() throws Exception {
        Path file = demo("c.gloss");
        overwrite(file, (rootPage(file, "codings") - 1) * 4096, 4096);
        gloss.survived("doc", "list", "c.gloss"); // what is intact still reads
        gloss.refused("project file is damaged: SQLite found its database structure malformed (run `gloss check c.gloss`)",
                "coding", "add", "c.gloss", "--doc", "article", "--code", "debt concern", "--coder", "zed",
                "--start", "0", "--end", "5");
        gloss.refused("project file is damaged: ", "coding", "list", "c.gloss");
        String before = hash(file);
        GlossProcess.Result check = gloss.refused("c.gloss is damaged: ", "check", "c.gloss");
        assertThat(check.out()).contains("SQLite: ", "table codings cannot be read: ");
        GlossProcess.Result recover = gloss.survived("recover", "c.gloss", "--out", "saved.gloss");
        assertThat(recover.out()).contains("copied documents: 2 rows", "recovered c.gloss into saved.gloss");
        assertThat(recover.err()).contains("gloss: warning: lost codings: rows (all) could not be read");
        assertThat(hash(file)).isEqualTo(before);
        assertThat(gloss.ok("check", "saved.gloss").out()).isEqualTo("saved.gloss: no problems found\n");
        assertThat(gloss.ok("doc", "list", "saved.gloss").out()).contains("article", "interview");
        gloss.ok("coding", "add", "saved.gloss", "--doc", "article", "--code", "debt concern", "--coder", "zed",
                "--start", "0", "--end", "5");
    }

    @Test
    void handEditedFilesAreDamageNotJavaExceptions() throws Exception {
        Path missing = demo("missing.gloss");
        sql(missing, "UPDATE codings SET document_id = 99 WHERE id = 1");
        gloss.refused("project file is damaged: coding 1 refers to document #99, which does not exist", "coding", "list",
                "missing.gloss");
        Path past = demo("past.gloss");
        sql(past, "UPDATE codings SET end_cp = 100000 WHERE id = 2");
        gloss.refused("project file is damaged: coding 2 spans [", "coding", "list", "past.gloss");
        gloss.refused("project file is damaged: coding 2 spans [", "export", "past.gloss", "--format", "csv", "--out", "x.csv");
        GlossProcess.Result check = gloss.refused("past.gloss is damaged: 1 problem (listed above)", "check", "past.gloss");
        assertThat(check.out()).startsWith("coding #2 spans [").endsWith(" code points\n");
        assertThat(dir.resolve("x.csv")).doesNotExist();
        Path cycle = demo("cycle.gloss");
        sql(cycle, "UPDATE codes SET parent_id = (SELECT id FROM codes WHERE parent_id IS NOT NULL LIMIT 1)"
                + " WHERE id = (SELECT parent_id FROM codes WHERE parent_id IS NOT NULL LIMIT 1)");
        assertThat(gloss.refused("cycle.gloss is damaged: ", "check", "cycle.gloss").out()).contains("the code tree has a cycle");
        gloss.survived("code", "list", "cycle.gloss");
    }
}
