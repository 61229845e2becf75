package org.gloss.bench.importers.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.importer.ImportOptions;
import org.gloss.core.importing.LibraryContext;
import org.osgi.service.component.annotations.Component;

/**
 * {@code gloss bench pdf}: one 100-page two-column article (target: under 2 s), as is and with
 * --reflow, and 20 ten-page PDFs for documents per second.
 */
@Component(service = Benchmark.class)
public class PdfBenchmark implements Benchmark {
    /** DejaVu Sans (Debian fonts-dejavu-core) if installed, for Cyrillic; Helvetica and Latin text otherwise. */
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final String[] LATIN = ("debt loan road neighbour village school credit market generation "
            + "two-way concern contract kinship obligation household lending trust").split(" ");
    private static final String[] CYRILLIC = "долг кредит дорога сосед поколение қарыз жол ауыл әке өмір".split(" ");

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String description() {
        return "import a 100-page two-column PDF (target < 2 s), with and without --reflow, and 20 ten-page PDFs";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) throws Exception {
        int pages = Math.max(2, (int) Math.round(100 * scale));
        Path big = work.resolve("article.pdf");
        List<Path> small = new ArrayList<>();
        LibraryContext.call(PDDocument.class, () -> {
            try {
                write(big, pages, new Random(7));
                for (int i = 0; i < 20; i++) {
                    Path file = work.resolve(String.format("paper%02d.pdf", i));
                    write(file, Math.max(1, pages / 10), new Random(i));
                    small.add(file);
                }
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ImportMeasurement.measure(context, work, pages + "-page PDF", List.of(big), ImportOptions.NONE, out);
        ImportMeasurement.measure(context, work, pages + "-page PDF --reflow", List.of(big),
                ImportOptions.flags(ImportOptions.REFLOW), out);
        ImportMeasurement.measure(context, work, "20 x " + Math.max(1, pages / 10) + "-page PDF", small,
                ImportOptions.NONE, out);
    }

    private static void write(Path file, int pages, Random random) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            boolean cyrillic = Files.isReadable(DEJAVU);
            PDFont font = cyrillic ? PDType0Font.load(doc, DEJAVU.toFile())
                    : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    line(cs, font, 8, 200, 40, "Journal of Steppe Studies 12");
                    for (int column = 0; column < 2; column++) {
                        for (int row = 0; row < 55; row++) {
                            StringBuilder text = new StringBuilder();
                            while (font.getStringWidth(text.toString()) / 1000 * 9 < 200) {
                                String[] words = cyrillic && random.nextInt(3) == 0 ? CYRILLIC : LATIN;
                                text.append(words[random.nextInt(words.length)]).append(' ');
                            }
                            line(cs, font, 9, column == 0 ? 50 : 315, 80 + row * 12, text.toString().strip());
                        }
                    }
                    line(cs, font, 9, 295, 810, Integer.toString(p + 1));
                }
            }
            doc.save(file.toFile());
        }
    }

    private static void line(PDPageContentStream cs, PDFont font, float size, float x, float y, String text)
            throws Exception {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, PDRectangle.A4.getHeight() - y);
        cs.showText(text);
        cs.endText();
    }
}
