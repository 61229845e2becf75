package org.gloss.importer.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gloss.api.error.GlossException;
import org.gloss.api.importer.ImportOptions;
import org.gloss.core.importing.TextAssembler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfImporterTest {
    /**
     * DejaVu Sans (Debian package fonts-dejavu-core, installed by .ci/run) covers Latin, Cyrillic
     * and the Kazakh letters; it has no emoji and no CJK Extension B, so the PDF tests leave those
     * out (the DOCX, ODT and HTML tests carry them).
     */
    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    static final String MIXED = "Debt is a two-way road. Долг платежом красен. Қарыз: ә ң ө ү ұ і.";

    @TempDir
    Path dir;

    private final PdfImporter importer = new PdfImporter();

    @Test
    void singleColumnTextRoundTripsLineByLine() throws Exception {
        Path file = dir.resolve("simple.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, FONT.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                show(cs, font, 12, 72, 100, "Қарыз и долг");
                show(cs, font, 12, 72, 120, MIXED);
                show(cs, font, 12, 72, 140, "Айгүл: «Біз қарызды қайтардық».");
            }
            doc.save(file.toFile());
        }
        String text = importer.read(file).text();
        String expected = "Қарыз и долг\n" + MIXED + "\nАйгүл: «Біз қарызды қайтардық».";
        assertThat(text).isEqualTo(expected);
        assertThat(text.codePointCount(0, text.length())).isEqualTo(expected.length()).isEqualTo(110);
    }

    @Test
    void twoColumnPagesAreReadColumnByColumnAndReflowMakesParagraphs() throws Exception {
        Path file = dir.resolve("article.pdf");
        Article article = Article.write(file);
        String plain = importer.read(file).text();
        // reading order: the whole left column before the right one
        assertThat(plain.indexOf(article.lastLineOfFirstColumn)).isLessThan(plain.indexOf(article.firstLineOfSecondColumn));
        assertThat(plain).contains("Journal of Steppe Studies").containsPattern("\\p{L}-\n\\p{Ll}");

        String reflowed = importer.read(file, ImportOptions.flags(ImportOptions.REFLOW)).text();
        String expected = Article.TITLE + "\n\n" + String.join("\n\n", article.paragraphs) + "\n\n"
                + TextAssembler.FOOTNOTES_MARKER + "\n[1] " + Article.NOTE_1 + "\n[2] " + Article.NOTE_2;
        assertThat(reflowed).isEqualTo(expected.replace("\u00AD", ""));
        assertThat(reflowed).doesNotContain("Journal of Steppe Studies").contains("development");
        assertThat(reflowed.codePointCount(0, reflowed.length())).isEqualTo(reflowed.length());
    }

    @Test
    void brokenFilesGiveOneLineNamingTheFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        assertThatThrownBy(() -> importer.read(empty)).isInstanceOf(GlossException.class).hasMessage("empty.pdf is empty");

        Path whole = dir.resolve("whole.pdf");
        Article.write(whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.pdf");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> importer.read(truncated)).isInstanceOf(GlossException.class)
                .hasMessage("truncated.pdf is not a valid PDF file or is damaged (it is truncated: the end-of-file marker is missing)");

        Path notPdf = dir.resolve("notes.pdf");
        Files.writeString(notPdf, "plain text named .pdf");
        assertThatThrownBy(() -> importer.read(notPdf)).isInstanceOf(GlossException.class)
                .hasMessage("notes.pdf is not a valid PDF file or is damaged (it has no PDF header)");

        Path garbage = dir.resolve("garbage.pdf");
        Files.writeString(garbage, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        assertThatThrownBy(() -> importer.read(garbage)).isInstanceOf(GlossException.class)
                .hasMessageStartingWith("garbage.pdf ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void passwordProtectedAndTextlessPdfsSaySo() throws Exception {
        Path secret = dir.resolve("secret.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, FONT.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                show(cs, font, 12, 72, 100, MIXED);
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(secret.toFile());
        }
        assertThatThrownBy(() -> importer.read(secret)).isInstanceOf(GlossException.class)
                .hasMessage("secret.pdf is a password-protected PDF file; remove the password and import it again");

        Path scan = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 200, 200); // a drawing, no text
                cs.fill();
            }
            doc.save(scan.toFile());
        }
        assertThatThrownBy(() -> importer.read(scan)).isInstanceOf(GlossException.class)
                .hasMessage("scan.pdf has no text to import (a PDF of scanned images needs OCR first)");
    }

    static void show(PDPageContentStream cs, PDFont font, float size, float x, float yFromTop, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, PDRectangle.A4.getHeight() - yFromTop);
        cs.showText(text);
        cs.endText();
    }

    /**
     * A two-page, two-column journal article: running header, page numbers, a title across both
     * columns, justified paragraphs flowing from column to column and page to page, words
     * hyphenated at line ends, and footnotes in smaller type at the foot of each page.
     */
    static final class Article {
        static final String TITLE = "Debt and kinship: Қарыз пен туыстық in Almaty";
        static final String NOTE_1 = "Сноска: интервью 2019 г., Алматы; names are changed.";
        static final String NOTE_2 = "Second note on page two.";
        static final float SIZE = 10;
        static final float LEADING = 12;
        static final float COLUMN_WIDTH = 230;
        static final float[] COLUMN_X = {50, 315};
        static final float TOP = 110;
        static final int LINES_PER_COLUMN = 11;

        final List<String> paragraphs = List.of(
                "Researchers who study house\u00ADhold debt in Ka\u00ADzakh\u00ADstan hear the same phrase again and again: "
                        + "debt is a two-way road. Долг платежом красен, say the older re\u00ADspon\u00ADdents. The develop\u00ADment "
                        + "of consumer credit changed who lends to whom, and the infra\u00ADstructure of trust that "
                        + "families built over decades. Қарыз бар: ә ң ө ү ұ і are letters our transcripts need.",
                "In the second part we compare kinship lending with bank lending. Айгүл говорит, что кредит "
                        + "в банке проще, чем просить у род\u00ADствен\u00ADни\u00ADков, but her brother disagrees. The inter\u00ADviews "
                        + "were recorded in Almaty and Shymkent in 2019 and transcribed in three languages. "
                        + "Coders marked every passage about ob\u00ADli\u00ADga\u00ADtion, shame and re\u00ADci\u00ADproc\u00ADity, and they "
                        + "compared their codings twice a week to keep the code\u00ADbook stable over the whole project.",
                "Finally, we discuss what the gener\u00ADational shift means for the two-way road of debt. "
                        + "Жас ұрпақ қарызды басқаша түсінеді: young people see it as a contract, not a bond.");
        String lastLineOfFirstColumn;
        String firstLineOfSecondColumn;

        static Article write(Path file) throws IOException {
            Article article = new Article();
            try (PDDocument doc = new PDDocument()) {
                PDFont font = PDType0Font.load(doc, FONT.toFile());
                List<List<String>> lines = new ArrayList<>(); // per paragraph
                for (String paragraph : article.paragraphs) {
                    lines.add(wrap(paragraph, font));
                }
                List<String[]> flow = new ArrayList<>(); // {text, "last" if the paragraph's last line} or null = gap
                for (List<String> paragraph : lines) {
                    if (!flow.isEmpty()) {
                        flow.add(null);
                    }
                    for (int i = 0; i < paragraph.size(); i++) {
                        flow.add(new String[] {paragraph.get(i), i == paragraph.size() - 1 ? "last" : ""});
                    }
                }
                int next = 0;
                for (int pageNumber = 1; pageNumber <= 2; pageNumber++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        show(cs, font, 8, 200, 40, "Journal of Steppe Studies · 2024 · Vol. 12");
                        show(cs, font, 9, 295, 810, Integer.toString(pageNumber));
                        if (pageNumber == 1) {
                            show(cs, font, 16, 120, 80, TITLE);
                        }
                        for (int column = 0; column < 2 && next < flow.size(); column++) {
                            int row = 0;
                            while (row < LINES_PER_COLUMN && next < flow.size()) {
                                String[] line = flow.get(next++);
                                if (line == null) {
                                    if (row > 0) {
                                        row++; // the gap between paragraphs, unless at the top of a column
                                    }
                                    continue;
                                }
                                float y = TOP + row * LEADING;
                                justify(cs, font, COLUMN_X[column], y, line[0], line[1].equals("last"));
                                if (pageNumber == 1 && column == 0) {
                                    article.lastLineOfFirstColumn = line[0];
                                }
                                if (pageNumber == 1 && column == 1 && article.firstLineOfSecondColumn == null) {
                                    article.firstLineOfSecondColumn = line[0];
                                }
                                row++;
                            }
                        }
                        show(cs, font, 8, 50, 760, pageNumber == 1 ? "1 " + NOTE_1 : "2 " + NOTE_2);
                    }
                }
                if (next < flow.size()) {
                    throw new IllegalStateException("the article does not fit on two pages");
                }
                doc.save(file.toFile());
            }
            return article;
        }

        /** Greedy line breaking; a word with a soft hyphen may break there, shown as "-". */
        static List<String> wrap(String paragraph, PDFont font) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(font, candidate.replace("\u00AD", "")) <= COLUMN_WIDTH) {
                    line.setLength(0);
                    line.append(candidate.replace("\u00AD", ""));
                    continue;
                }
                int hyphen = word.lastIndexOf('\u00AD');
                boolean broken = false;
                while (hyphen > 0 && !broken) { // the longest head that still fits
                    String head = word.substring(0, hyphen).replace("\u00AD", "") + "-";
                    if (width(font, line + " " + head) <= COLUMN_WIDTH) {
                        lines.add(line + " " + head);
                        line.setLength(0);
                        line.append(word.substring(hyphen + 1).replace("\u00AD", ""));
                        broken = true;
                    }
                    hyphen = word.lastIndexOf('\u00AD', hyphen - 1);
                }
                if (broken) {
                    continue;
                }
                lines.add(line.toString());
                line.setLength(0);
                line.append(word.replace("\u00AD", ""));
            }
            lines.add(line.toString());
            return lines;
        }

        static float width(PDFont font, String text) throws IOException {
            return font.getStringWidth(text) / 1000 * SIZE;
        }

        /** Full lines are set word by word to fill the column, as journals do; last lines are not. */
        static void justify(PDPageContentStream cs, PDFont font, float x, float y, String line, boolean last)
                throws IOException {
            String[] words = line.split(" ");
            float natural = 0;
            for (String word : words) {
                natural += width(font, word);
            }
            float space = width(font, " ");
            float gap = last || words.length == 1 ? space : (COLUMN_WIDTH - natural) / (words.length - 1);
            float at = x;
            for (String word : words) {
                show(cs, font, SIZE, at, y, word);
                at += width(font, word) + gap;
            }
        }
    }
}
