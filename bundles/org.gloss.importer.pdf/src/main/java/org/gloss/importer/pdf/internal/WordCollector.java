package org.gloss.importer.pdf.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Lets PDFBox find the words (glyphs to Unicode, word spacing, ligatures) and keeps each word's
 * box, so that {@link PageWords} can decide the reading order itself.
 */
final class WordCollector extends PDFTextStripper {
    private final List<PageWords> pages = new ArrayList<>();
    private PageWords current;

    WordCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    List<PageWords> collect(PDDocument document) throws IOException {
        writeText(document, new StringWriter());
        return pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        current = new PageWords(pages.size() + 1, page.getCropBox().getWidth());
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        pages.add(current);
        super.endPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (text.isBlank() || positions.isEmpty()) {
            return;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float size = 0;
        for (TextPosition p : positions) {
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            size += p.getFontSizeInPt();
        }
        current.add(new PageWords.Word(text.strip(), left, right, positions.get(0).getYDirAdj(), size / positions.size()));
    }
}
