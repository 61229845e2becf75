package org.gloss.importer.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gloss.core.importing.TextAssembler;

/**
 * Turns a PDF's lines back into running text, the way a reader reads a journal article:
 * <ul>
 * <li>running headers and footers (the same text at the top or bottom of at least half of the
 * pages, page numbers ignored) and bare page numbers are dropped;</li>
 * <li>footnotes (smaller type below the body text of a page) leave the flow and follow the body
 * under the footnotes marker line;</li>
 * <li>hard-wrapped lines are joined into paragraphs, across columns and pages; a paragraph
 * ends at a short line, a larger vertical gap or a change of type size (headings);</li>
 * <li>a word hyphenated at the end of a line ("develop-" + "ment") is joined again.</li>
 * </ul>
 */
final class Reflow {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page|p\\.|стр\\.|с\\.|бет)?\\s*[-–—]?\\s*(\\d{1,4}|[ivxlcdm]{1,7})\\s*[-–—]?\\s*((of|/|из)\\s*\\d{1,4})?");
    private static final Pattern NOTE_START = Pattern.compile("^(\\d{1,3}|[*†‡§¶]{1,3})[.)]?\\s+(\\S.*)$");

    private final List<List<PdfLine>> pages;
    private final float bodySize;

    Reflow(List<List<PdfLine>> pages) {
        this.pages = pages;
        this.bodySize = bodyFontSize(pages);
    }

    String text() {
        Set<PdfLine> dropped = runningHeadersFootersAndPageNumbers();
        List<PdfLine> body = new ArrayList<>();
        List<PdfLine> notes = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            float lowestBody = (float) page.stream().filter(l -> !dropped.contains(l) && isBodySize(l))
                    .mapToDouble(PdfLine::baseline).max().orElse(Double.MAX_VALUE);
            for (PdfLine line : page) {
                if (dropped.contains(line)) {
                    continue;
                }
                if (line.fontSize() < 0.9f * bodySize && line.baseline() > lowestBody) {
                    notes.add(line);
                } else {
                    body.add(line);
                }
            }
        }
        TextAssembler text = new TextAssembler();
        Map<String, float[]> columns = columnExtents(body);
        StringBuilder paragraph = new StringBuilder();
        PdfLine previous = null;
        for (PdfLine line : body) {
            if (previous != null && endsParagraph(previous, line, columns)) {
                text.paragraph(paragraph.toString());
                paragraph.setLength(0);
            }
            join(paragraph, line.text());
            previous = line;
        }
        text.paragraph(paragraph.toString());
        footnotes(notes, text);
        return text.text();
    }

    private void footnotes(List<PdfLine> notes, TextAssembler text) {
        String label = null;
        StringBuilder note = new StringBuilder();
        for (PdfLine line : notes) {
            Matcher start = NOTE_START.matcher(line.text());
            if (start.matches()) {
                if (note.length() > 0) {
                    text.footnote(label, note.toString());
                }
                label = start.group(1);
                note.setLength(0);
                note.append(start.group(2));
            } else if (label == null) {
                label = "*";
                note.append(line.text());
            } else {
                join(note, line.text());
            }
        }
        if (note.length() > 0) {
            text.footnote(label, note.toString());
        }
    }

    /** Adds a line to running text, undoing end-of-line hyphenation. */
    static void join(StringBuilder text, String line) {
        if (text.length() == 0) {
            text.append(line);
            return;
        }
        int last = text.length() - 1;
        char end = text.charAt(last);
        boolean nextLower = !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
        if (end == '\u00AD') {
            text.setLength(last);
            text.append(line);
        } else if ((end == '-' || end == '\u2010') && last > 0 && Character.isLetter(text.charAt(last - 1)) && nextLower) {
            text.setLength(last);
            text.append(line);
        } else {
            text.append(' ').append(line);
        }
    }

    private boolean endsParagraph(PdfLine previous, PdfLine line, Map<String, float[]> columns) {
        if (Math.abs(previous.fontSize() - line.fontSize()) > 0.5f) {
            return true; // a heading, or back from one
        }
        if (previous.page() == line.page() && previous.column() == line.column()
                && line.baseline() - previous.baseline() > 1.7f * previous.fontSize()) {
            return true;
        }
        float[] extent = columns.get(key(previous));
        float width = extent[1] - extent[0];
        return previous.right() < extent[1] - 0.12f * width;
    }

    /** Left and right edge of each column of each page, from its body lines. */
    private Map<String, float[]> columnExtents(List<PdfLine> body) {
        Map<String, float[]> extents = new HashMap<>();
        for (PdfLine line : body) {
            float[] extent = extents.computeIfAbsent(key(line), k -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE});
            if (isBodySize(line)) {
                extent[0] = Math.min(extent[0], line.left());
                extent[1] = Math.max(extent[1], line.right());
            }
        }
        for (float[] extent : extents.values()) {
            if (extent[0] == Float.MAX_VALUE) { // no body-size line: nothing to compare with
                extent[0] = 0;
                extent[1] = 0;
            }
        }
        return extents;
    }

    private static String key(PdfLine line) {
        return line.page() + "/" + line.column();
    }

    private boolean isBodySize(PdfLine line) {
        return Math.abs(line.fontSize() - bodySize) <= 0.5f;
    }

    /**
     * The top two and bottom two lines of every page are candidates; those that are a bare page
     * number, or whose text (digits ignored) is a candidate on at least half of the pages (and on
     * two at least), are dropped.
     */
    private Set<PdfLine> runningHeadersFootersAndPageNumbers() {
        Map<PdfLine, String> candidates = new HashMap<>();
        Map<String, Set<Integer>> pagesWithText = new HashMap<>();
        for (List<PdfLine> page : pages) {
            List<PdfLine> byPosition = new ArrayList<>(page);
            byPosition.sort(Comparator.comparingDouble(PdfLine::baseline));
            int n = byPosition.size();
            for (int i = 0; i < n; i++) {
                if (i < 2 || i >= n - 2) {
                    PdfLine line = byPosition.get(i);
                    String key = line.text().replaceAll("\\d+", "#").strip().toLowerCase(Locale.ROOT);
                    candidates.put(line, key);
                    pagesWithText.computeIfAbsent(key, k -> new HashSet<>()).add(line.page());
                }
            }
        }
        Set<PdfLine> dropped = new HashSet<>();
        candidates.forEach((line, key) -> {
            int repeats = pagesWithText.get(key).size();
            boolean running = pages.size() >= 2 && repeats >= 2 && repeats * 2 >= pages.size();
            if (running || PAGE_NUMBER.matcher(line.text().strip()).matches()) {
                dropped.add(line);
            }
        });
        return dropped;
    }

    /** The most common type size, weighted by text length: the body text's. */
    private static float bodyFontSize(List<List<PdfLine>> pages) {
        Map<Integer, Integer> chars = new HashMap<>();
        for (List<PdfLine> page : pages) {
            for (PdfLine line : page) {
                chars.merge(Math.round(line.fontSize() * 2), line.text().length(), Integer::sum);
            }
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(10f);
    }
}
