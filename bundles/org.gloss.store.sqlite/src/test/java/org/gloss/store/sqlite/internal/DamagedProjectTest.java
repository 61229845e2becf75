package org.gloss.store.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectCheck;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.CodedSegments;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hand-edited project files (issue 14, item 6): reported as damaged projects, never
 * as "not a Gloss project" or a Java exception; a session that met damage writes nothing more;
 * {@code check} lists what is wrong and {@code recover} salvages what can be read.
 */
class DamagedProjectTest {
    @TempDir
    Path dir;

    private final SqliteStoreProvider provider = new SqliteStoreProvider();
    private final SqliteProjectCheck check = new SqliteProjectCheck();
    private Path file;

    /** A project with 2 documents, 30 codes under one parent, 2 coders and 400 codings. */
    @BeforeEach
    void createProject() {
        file = dir.resolve("p.gloss");
        try (ProjectSession p = provider.create(file.toString())) {
            Document a = p.documents().add(new NewDocument("a", "alpha beta gamma delta ".repeat(200)));
            p.documents().add(new NewDocument("b", "second document"));
            Code top = p.codebook().add("top", null, null, null);
            Coder ann = p.coders().getOrCreate("ann");
            Coder bob = p.coders().getOrCreate("bob");
            p.inTransaction(() -> {
                for (int i = 0; i < 30; i++) {
                    Code code = p.codebook().add("code " + i, top.id(), null, "a description long enough ".repeat(4));
                    for (int j = 0; j < 400 / 30 + 1; j++) {
                        p.codings().add(new NewCoding(a.id(), code.id(), j % 2 == 0 ? ann.id() : bob.id(), j * 10, j * 10 + 5,
                                "memo " + j));
                    }
                }
            });
        }
    }

    private void sql(String... statements) throws Exception {
        // a hand edit, as in a SQLite browser: no foreign keys enforced
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private long rootPage(String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void overwrite(long offset, byte[] garbage) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            raf.write(garbage);
        }
    }

    private static byte[] garbage(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (0xA5 ^ i * 31);
        }
        return bytes;
    }

    private String hash() throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String damaged(Path file, String detail) {
        return "project file is damaged: " + detail + " (run `gloss check " + file + "`)";
    }

    @Test
    void aHealthyProjectHasNoProblems() {
        assertThat(check.check(file.toString(), false)).isEmpty();
        assertThat(check.check(file.toString(), true)).isEmpty();
    }

    @Test
    void garbageInTheHeaderIsADamagedProjectNotAnotherFile() throws Exception {
        overwrite(0, garbage(100));
        assertThatThrownBy(() -> provider.open(file.toString())).isInstanceOf(GlossException.class)
                .hasMessage(damaged(file, "SQLite cannot read its header"));
        assertThat(check.check(file.toString(), true)).containsExactly(
                "SQLite cannot read the file's header: it is overwritten or not a database any more");
        // the same bytes in a file that is not named and sized like a project are not one
        Path other = dir.resolve("other.db");
        java.nio.file.Files.write(other, java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(file), 5000));
        assertThatThrownBy(() -> provider.open(other.toString())).hasMessage("not a Gloss project: " + other);
    }

    @Test
    void anOverwrittenApplicationIdIsADamagedProject() throws Exception {
        overwrite(68, new byte[] {1, 2, 3, 4});
        assertThatThrownBy(() -> provider.open(file.toString())).hasMessage(damaged(file, "its application id is overwritten"));
    }

    @Test
    void aTruncatedFileIsADamagedProject() throws Exception {
        long pages = Files.size(file) / 4096;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(4096 * (pages / 2) + 1000);
        }
        assertThatThrownBy(() -> {
            try (ProjectSession p = provider.open(file.toString())) {
                CodedSegments.list(p, CodingFilter.ALL);
            }
        }).isInstanceOf(GlossException.class).hasMessageStartingWith("project file is damaged: ")
                .hasMessageEndingWith("(run `gloss check " + file + "`)");
        assertThat(check.check(file.toString(), false)).isNotEmpty();
    }

    @Test
    void aCorruptTablePageIsDamageAndTheSessionThenRefusesWrites() throws Exception {
        overwrite((rootPage("codings") - 1) * 4096, garbage(4096));
        try (ProjectSession p = provider.open(file.toString())) {
            assertThat(p.documents().list()).hasSize(2); // what is intact still reads
            Document b = p.documents().get("b");
            assertThatThrownBy(() -> p.codings().list(CodingFilter.ALL)).isInstanceOf(GlossException.class)
                    .hasMessage(damaged(file, "SQLite found its database structure malformed"));
            // the codings table is not needed for this write, but the session has met damage
            assertThatThrownBy(() -> p.documents().rename(b.id(), "renamed")).hasMessage(
                    damaged(file, "damage was found earlier in this session, so changes are refused"));
        }
        try (ProjectSession p = provider.open(file.toString())) {
            assertThat(p.documents().find("renamed")).isEmpty();
            // adding a coding meets the damage itself (it was: written, exit 0, or NoSuchElementException)
            assertThatThrownBy(() -> p.codings().add(new NewCoding(p.documents().get("b").id(), p.codebook().get("top").id(),
                    p.coders().get("ann").id(), 0, 3, null))).hasMessageStartingWith("project file is damaged: ");
        }
        List<String> problems = check.check(file.toString(), false);
        assertThat(problems).anyMatch(l -> l.startsWith("SQLite: "))
                .anyMatch(l -> l.startsWith("table codings cannot be read: "));
    }

    @Test
    void aNegativeSchemaVersionIsDamageNotAnArrayIndexOutOfBounds() throws Exception {
        sql("PRAGMA user_version = -1");
        assertThatThrownBy(() -> provider.open(file.toString()))
                .hasMessage(damaged(file, "its schema version -1 is not one Gloss writes"));
        assertThat(check.check(file.toString(), true)).containsExactly("its schema version is -1; Gloss writes 1 to "
                + SchemaMigrations.CURRENT_VERSION);
    }

    @Test
    void aCodingOfAMissingDocumentIsDamageNotANullPointer() throws Exception {
        sql("UPDATE codings SET document_id = 99 WHERE id = 7");
        try (ProjectSession p = provider.open(file.toString())) {
            assertThatThrownBy(() -> CodedSegments.list(p, CodingFilter.ALL))
                    .hasMessage(damaged(file, "coding 7 refers to document #99, which does not exist"));
        }
        assertThat(check.check(file.toString(), true)).containsExactly("coding #7 refers to document #99, which does not exist");
    }

    @Test
    void aCodingPastTheEndOfItsTextIsDamageNotAnIndexOutOfBounds() throws Exception {
        sql("UPDATE codings SET end_cp = 100000 WHERE id = 3", "UPDATE codings SET code_id = 500 WHERE id = 4",
                "UPDATE documents SET text = 'short' WHERE name = 'b'");
        try (ProjectSession p = provider.open(file.toString())) {
            assertThatThrownBy(() -> CodedSegments.list(p, CodingFilter.ALL))
                    .hasMessage(damaged(file, "coding 3 spans [20, 100000) but its document has 4600 code points"));
        }
        try (ProjectSession p = provider.open(file.toString())) {
            assertThatThrownBy(() -> p.documents().text(p.documents().get("b").id()))
                    .hasMessage(damaged(file, "the text of document #2 is not the 15 code points its length says"));
        }
        assertThat(check.check(file.toString(), true)).containsExactly(
                "document 'b' (#2): its text has 5 code points but its length says 15",
                "coding #3 spans [20, 100000) but its document has 4600 code points",
                "coding #4 refers to code #500, which does not exist");
    }

    @Test
    void aCaseMemberPastTheEndOfItsTextIsListedAndLeftOutByRecovery() throws Exception {
        try (ProjectSession p = provider.open(file.toString())) {
            org.gloss.model.Case c = p.cases().add("Aida", "");
            p.cases().addMember(c.id(), org.gloss.model.CaseMember.range(p.documents().get("b").id(), 0, 6));
            p.cases().addMember(c.id(), org.gloss.model.CaseMember.range(p.documents().get("b").id(), 7, 15));
        }
        sql("UPDATE case_members SET end_cp = 40 WHERE start_cp = 7");
        assertThat(check.check(file.toString(), true)).containsExactly(
                "a member of case #1 in document #2 spans [7, 40) but the document has 15 code points");
        Path recovered = dir.resolve("recovered.gloss");
        check.recover(file.toString(), recovered.toString());
        try (ProjectSession p = provider.open(recovered.toString())) {
            assertThat(p.cases().get("Aida").members()).containsExactly(
                    org.gloss.model.CaseMember.range(p.documents().get("b").id(), 0, 6));
        }
    }

    @Test
    void aCycleInTheCodeTreeIsListed() throws Exception {
        sql("UPDATE codes SET parent_id = (SELECT id FROM codes WHERE name = 'code 0') WHERE name = 'top'");
        assertThat(check.check(file.toString(), true)).contains(
                "code 'top' (#1) is its own ancestor: the code tree has a cycle");
    }

    @Test
    void checkAndRecoverLeaveTheDamagedFileByteIdentical() throws Exception {
        overwrite((rootPage("codings") - 1) * 4096, garbage(4096));
        String before = hash();
        check.check(file.toString(), false);
        check.recover(file.toString(), dir.resolve("saved.gloss").toString());
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void recoverCopiesWhatCanBeReadAndSaysWhatWasLost() throws Exception {
        sql("UPDATE codings SET end_cp = 100000 WHERE id = 3",
                "INSERT INTO memos(target_type, target_id, author, text, updated_at) VALUES ('CODE', 999, 'x', 'orphan', 'now')");
        overwrite((rootPage("coders") - 1) * 4096, garbage(4096));
        Path saved = dir.resolve("saved.gloss");
        ProjectCheck.Recovery recovery = check.recover(file.toString(), saved.toString());
        assertThat(recovery.copied()).contains("documents: 2 rows", "codes: 31 rows", "coders: 0 rows");
        assertThat(recovery.lost()).contains("coders: rows (all) could not be read",
                "codings: 420 rows refer to rows that were lost or break a rule of the schema",
                "memos: 421 memos are about documents, codes or codings that were lost");
        try (ProjectSession p = provider.open(saved.toString())) {
            assertThat(p.documents().list()).extracting(Document::name).containsExactly("a", "b");
            assertThat(p.codebook().get("code 7").parentId()).isEqualTo(p.codebook().get("top").id());
            assertThat(p.codings().list(CodingFilter.ALL)).isEmpty();
        }
        assertThat(check.check(saved.toString(), false)).isEmpty();
        assertThatThrownBy(() -> check.recover(file.toString(), saved.toString())).hasMessage("project already exists: " + saved);
    }

    @Test
    void recoverOfAProjectWithALostCodingsPageKeepsTheOtherCodings() throws Exception {
        // codings span several pages: a damaged leaf loses its rows, the rest are copied
        long root = rootPage("codings");
        long leaf;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM codings")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(420);
        }
        // the root is an interior page (type 5); bytes 8-11 point to its right-most leaf
        byte[] page = new byte[12];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek((root - 1) * 4096);
            raf.readFully(page);
        }
        assertThat(page[0]).isEqualTo((byte) 5);
        leaf = ((page[8] & 0xFFL) << 24) | ((page[9] & 0xFF) << 16) | ((page[10] & 0xFF) << 8) | (page[11] & 0xFF);
        overwrite((leaf - 1) * 4096, garbage(4096));
        ProjectCheck.Recovery recovery = check.recover(file.toString(), dir.resolve("saved.gloss").toString());
        try (ProjectSession p = provider.open(dir.resolve("saved.gloss").toString())) {
            int kept = p.codings().list(CodingFilter.ALL).size();
            assertThat(kept).as(recovery.toString()).isBetween(1, 419);
        }
    }
}
