package org.gloss.importer.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gloss.api.error.GlossException;
import org.gloss.core.importing.TextAssembler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxImporterTest {
    /** English, Russian, Kazakh (қ ә ң ө ү ұ і), an emoji and U+20000 (CJK Extension B). */
    static final String MIXED = "Debt is a two-way road. Долг платежом красен. Қарыз: ә ң ө ү ұ і. 😀 \uD840\uDC00";

    @TempDir
    Path dir;

    private final DocxImporter importer = new DocxImporter();

    @Test
    void readsParagraphsHeadingsListsTablesAndNotesWithoutXmlNoise() throws Exception {
        Path file = dir.resolve("article.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Қарыз и долг");
            XWPFParagraph body = doc.createParagraph();
            body.createRun().setText(MIXED);
            XWPFFootnote footnote = doc.createFootnote();
            footnote.createParagraph().createRun().setText("Сноска: интервью 2019 г.");
            body.createRun().getCTR().addNewFootnoteReference().setId(footnote.getId());
            doc.createParagraph(); // an empty spacer paragraph is not text
            BigInteger bullets = list(doc, STNumberFormat.BULLET);
            BigInteger numbers = list(doc, STNumberFormat.DECIMAL);
            item(doc, bullets, "бірінші");
            item(doc, bullets, "second");
            item(doc, numbers, "one");
            item(doc, numbers, "two");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Name");
            table.getRow(0).getCell(1).setText("Age");
            table.getRow(1).getCell(0).setText("Айгүл");
            table.getRow(1).getCell(1).setText("34");
            XWPFParagraph closing = doc.createParagraph();
            closing.createRun().setText("Closing words.");
            XWPFEndnote endnote = doc.createEndnote();
            endnote.createParagraph().createRun().setText("End note.");
            closing.createRun().getCTR().addNewEndnoteReference().setId(endnote.getId());
            doc.write(out);
        }
        String text = importer.read(file).text();
        String expected = "Қарыз и долг\n\n"
                + MIXED + "[1]\n\n"
                + "• бірінші\n• second\n\n"
                + "1. one\n2. two\n\n"
                + "Name\tAge\nАйгүл\t34\n\n"
                + "Closing words.[i]\n\n"
                + TextAssembler.FOOTNOTES_MARKER + "\n[1] Сноска: интервью 2019 г.\n\n"
                + TextAssembler.ENDNOTES_MARKER + "\n[i] End note.";
        assertThat(text).isEqualTo(expected);
        assertThat(text.codePointCount(0, text.length())).isEqualTo(expected.codePoints().count())
                .isEqualTo(text.length() - 2); // the emoji and U+20000 are two chars each, one code point each
    }

    @Test
    void decomposedTextIsStoredInNfc() throws Exception {
        Path file = docx("nfc.docx", "cafe\u0301 и\u0306");
        assertThat(importer.read(file).text()).isEqualTo("caf\u00E9 \u0439");
    }

    @Test
    void anEmptyFileIsNamed() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.docx"));
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(GlossException.class)
                .hasMessage("empty.docx is empty");
    }

    @Test
    void aTruncatedFileIsDamaged() throws Exception {
        Path whole = docx("whole.docx", MIXED);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = dir.resolve("truncated.docx");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertOneLine(file, "truncated.docx is not a valid DOCX file or is damaged");
    }

    @Test
    void aTextFileWithADocxExtensionIsNotADocx() throws Exception {
        Path file = dir.resolve("notes.docx");
        Files.writeString(file, "just text, not a Word file");
        assertOneLine(file, "notes.docx is not a valid DOCX file or is damaged");
    }

    @Test
    void aPasswordProtectedFileSaysSo() throws Exception {
        Path plain = docx("plain.docx", MIXED);
        Path file = dir.resolve("secret.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(Files.newInputStream(plain));
                 OutputStream out = encryptor.getDataStream(fs)) {
                pkg.save(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(GlossException.class)
                .hasMessage("secret.docx is a password-protected DOCX file; remove the password and import it again");
    }

    @Test
    void anOldBinaryDocIsNamedAsSuch() throws Exception {
        Path file = dir.resolve("old.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(GlossException.class)
                .hasMessage("old.docx is not a valid DOCX file or is damaged (an old binary Word .doc file; save it as .docx)");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        Path valid = docx("valid.docx", "x");
        Path file = dir.resolve("bomb.docx");
        try (ZipFile zip = new ZipFile(valid.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<w:body>") + "<w:body>".length();
                    out.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) { // 200 MB of spaces, about 200 KB compressed
                        out.write(spaces);
                    }
                    out.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(file)).isLessThan(2_000_000);
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(GlossException.class)
                .hasMessageStartingWith("bomb.docx was refused: it expands to far more data than a document holds")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private void assertOneLine(Path file, String prefix) {
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(GlossException.class)
                .hasMessageStartingWith(prefix)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private Path docx(String name, String paragraph) throws Exception {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(paragraph);
            doc.write(out);
        }
        return file;
    }

    private static BigInteger list(XWPFDocument doc, STNumberFormat.Enum format) {
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "•" : "%1.");
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    private static void item(XWPFDocument doc, BigInteger numId, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.ZERO);
        paragraph.createRun().setText(text);
    }
}
