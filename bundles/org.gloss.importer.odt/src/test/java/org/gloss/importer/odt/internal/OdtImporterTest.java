package org.gloss.importer.odt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gloss.api.error.GlossException;
import org.gloss.core.importing.TextAssembler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdtImporterTest {
    /** English, Russian, Kazakh (қ ә ң ө ү ұ і), an emoji and U+20000 (CJK Extension B). */
    static final String MIXED = "Debt is a two-way road. Долг платежом красен. Қарыз: ә ң ө ү ұ і. 😀 \uD840\uDC00";

    static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">";

    @TempDir
    Path dir;

    private final OdtImporter importer = new OdtImporter();

    /** A minimal valid ODT: the stored mimetype first, a manifest, and content.xml. */
    static void writeOdt(Path file, String contentXml, String manifestExtra) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">" + manifestExtra
                    + "</manifest:file-entry></manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    static String body(String officeText) {
        return OPEN + "<office:automatic-styles>"
                + "<text:list-style style:name=\"L1\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/></text:list-style>"
                + "<text:list-style style:name=\"L2\"><text:list-level-style-number text:level=\"1\" style:num-format=\"1\"/></text:list-style>"
                + "</office:automatic-styles><office:body><office:text>" + officeText
                + "</office:text></office:body></office:document-content>";
    }

    @Test
    void readsHeadingsParagraphsListsTablesAndNotes() throws Exception {
        Path file = dir.resolve("article.odt");
        writeOdt(file, body("<text:sequence-decls><text:sequence-decl text:name=\"Table\"/></text:sequence-decls>"
                + "<text:tracked-changes><text:changed-region><text:deletion><text:p>deleted</text:p></text:deletion></text:changed-region></text:tracked-changes>"
                + "<text:h text:outline-level=\"1\">Қарыз   и\n   долг</text:h>"
                + "<text:p>" + MIXED + "<text:note text:id=\"ftn1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                + "<text:note-body><text:p>Сноска: интервью 2019 г.</text:p></text:note-body></text:note></text:p>"
                + "<text:p>Tab<text:tab/>and<text:s text:c=\"2\"/>spaces<text:line-break/>new <text:span>line</text:span>"
                + "<office:annotation><dc:creator>ann</dc:creator><text:p>a comment</text:p></office:annotation>.</text:p>"
                + "<text:p/>"
                + "<text:list text:style-name=\"L1\"><text:list-item><text:p>бірінші</text:p></text:list-item>"
                + "<text:list-item><text:p>second</text:p><text:list><text:list-item><text:p>nested</text:p></text:list-item></text:list></text:list-item></text:list>"
                + "<text:list text:style-name=\"L2\"><text:list-item><text:p>one</text:p></text:list-item><text:list-item><text:p>two</text:p></text:list-item></text:list>"
                + "<table:table table:name=\"T\"><table:table-column table:number-columns-repeated=\"2\"/>"
                + "<table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell><table:table-cell><text:p>Age</text:p></table:table-cell></table:table-row>"
                + "<table:table-row><table:table-cell><text:p>Айгүл</text:p></table:table-cell><table:table-cell><text:p>34</text:p></table:table-cell></table:table-row>"
                + "</table:table>"
                + "<text:section text:name=\"S\"><text:p>Closing words.<text:note text:note-class=\"endnote\"><text:note-citation>i</text:note-citation>"
                + "<text:note-body><text:p>End note.</text:p></text:note-body></text:note></text:p></text:section>"), "");
        String text = importer.read(file).text();
        String expected = "Қарыз и долг\n\n"
                + MIXED + "[1]\n\n"
                + "Tab\tand  spaces\nnew line.\n\n"
                + "• бірінші\n• second\n  • nested\n\n"
                + "1. one\n2. two\n\n"
                + "Name\tAge\nАйгүл\t34\n\n"
                + "Closing words.[i]\n\n"
                + TextAssembler.FOOTNOTES_MARKER + "\n[1] Сноска: интервью 2019 г.\n\n"
                + TextAssembler.ENDNOTES_MARKER + "\n[i] End note.";
        assertThat(text).isEqualTo(expected);
        assertThat(text.codePointCount(0, text.length())).isEqualTo(expected.length() - 2);
    }

    @Test
    void decomposedTextBecomesNfc() throws Exception {
        Path file = dir.resolve("nfc.odt");
        writeOdt(file, body("<text:p>cafe\u0301 и\u0306</text:p>"), "");
        assertThat(importer.read(file).text()).isEqualTo("caf\u00E9 \u0439");
    }

    @Test
    void brokenFilesGiveOneLineNamingTheFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.odt"));
        assertThatThrownBy(() -> importer.read(empty)).isInstanceOf(GlossException.class).hasMessage("empty.odt is empty");

        Path whole = dir.resolve("whole.odt");
        writeOdt(whole, body("<text:p>" + MIXED.repeat(50) + "</text:p>"), "");
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.odt");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertOneLine(truncated, "truncated.odt is not a valid ODT file or is damaged");

        Path text = dir.resolve("notes.odt");
        Files.writeString(text, "plain text with an .odt name");
        assertOneLine(text, "notes.odt is not a valid ODT file or is damaged");

        Path badXml = dir.resolve("badxml.odt");
        writeOdt(badXml, OPEN + "<office:body><office:text><text:p>unclosed", "");
        assertOneLine(badXml, "badxml.odt is not a valid ODT file or is damaged");

        Path encrypted = dir.resolve("secret.odt");
        writeOdt(encrypted, "\u0001\u0002 encrypted bytes", "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/>");
        assertThatThrownBy(() -> importer.read(encrypted)).isInstanceOf(GlossException.class)
                .hasMessage("secret.odt is a password-protected ODT file; remove the password and import it again");
    }

    @Test
    void aZipBombIsRefusedWhileUnpacking() throws Exception {
        Path file = dir.resolve("bomb.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write((OPEN + "<office:body><office:text><text:p>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(1_000_000);
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(GlossException.class)
                .hasMessageStartingWith("bomb.odt was refused: it expands to far more data than a document holds");
    }

    private void assertOneLine(Path file, String prefix) {
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(GlossException.class)
                .hasMessageStartingWith(prefix)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

}
