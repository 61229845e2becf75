package org.gloss.importer.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words of one page and how they are laid out: grouped into lines by baseline, then, if the
 * page has two columns, each line split at the gutter and ordered column by column (whole-width
 * lines such as a title or a footnote rule keep their place above or below the columns).
 */
final class PageWords {
    /** A word as PDFBox found it: its text and box. */
    record Word(String text, float left, float right, float baseline, float fontSize) {
    }

    private final int page;
    private final float width;
    private final List<Word> words = new ArrayList<>();

    PageWords(int page, float width) {
        this.page = page;
        this.width = width;
    }

    void add(Word word) {
        words.add(word);
    }

    /** The page's lines in reading order. */
    List<PdfLine> lines() {
        List<List<Word>> rows = rows();
        Float gutter = gutter(rows);
        List<PdfLine> ordered = new ArrayList<>();
        List<PdfLine> left = new ArrayList<>();
        List<PdfLine> right = new ArrayList<>();
        int lastTwoColumnRow = -1;
        float columnFontSize = 0;
        if (gutter != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (bothSides(rows.get(i), gutter)) {
                    lastTwoColumnRow = i;
                    columnFontSize = Math.max(columnFontSize, rows.get(i).get(0).fontSize());
                }
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            List<Word> row = rows.get(i);
            if (gutter == null) {
                ordered.add(line(row, 0));
                continue;
            }
            // footnotes in smaller type below both columns belong to the whole page
            boolean footnote = i > lastTwoColumnRow && row.get(0).fontSize() < 0.9f * columnFontSize;
            boolean spans = footnote || row.stream().anyMatch(w -> w.left() < gutter && w.right() > gutter);
            if (spans) {
                // a line across the gutter ends the two-column block above it
                ordered.addAll(left);
                ordered.addAll(right);
                left.clear();
                right.clear();
                ordered.add(line(row, 0));
                continue;
            }
            List<Word> leftWords = row.stream().filter(w -> w.right() <= gutter).toList();
            List<Word> rightWords = row.stream().filter(w -> w.left() >= gutter).toList();
            if (!leftWords.isEmpty()) {
                left.add(line(leftWords, 1));
            }
            if (!rightWords.isEmpty()) {
                right.add(line(rightWords, 2));
            }
        }
        ordered.addAll(left);
        ordered.addAll(right);
        return ordered;
    }

    private static boolean bothSides(List<Word> row, float gutter) {
        return row.stream().anyMatch(w -> w.right() <= gutter) && row.stream().anyMatch(w -> w.left() >= gutter);
    }

    /** Words whose baselines are within a fraction of the font size form one row, left to right. */
    private List<List<Word>> rows() {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::left));
        List<List<Word>> rows = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float baseline = Float.NaN;
        for (Word word : sorted) {
            if (!current.isEmpty() && Math.abs(word.baseline() - baseline) > 0.4f * Math.max(word.fontSize(), 1f)) {
                rows.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = word.baseline();
            }
            current.add(word);
        }
        if (!current.isEmpty()) {
            rows.add(current);
        }
        for (List<Word> row : rows) {
            row.sort(Comparator.comparingDouble(Word::left));
        }
        return rows;
    }

    /**
     * The x of a gutter between two columns: the widest band in the middle of the page (30-70%
     * of its width) that at most a third of the rows cross, with at least three rows having words
     * on each side of it. Null for single-column pages.
     */
    private Float gutter(List<List<Word>> rows) {
        if (rows.size() < 6 || width <= 0) {
            return null;
        }
        int from = (int) (width * 0.3f);
        int to = (int) (width * 0.7f);
        int[] crossing = new int[to - from];
        for (List<Word> row : rows) {
            for (Word w : row) {
                for (int x = Math.max(from, (int) w.left()); x < Math.min(to, (int) Math.ceil(w.right())); x++) {
                    crossing[x - from]++;
                }
            }
        }
        // titles, running heads, page numbers and footnotes may cross the gutter: a third of the rows
        int allowed = Math.max(1, rows.size() / 3);
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < crossing.length; ) {
            if (crossing[i] > allowed) {
                i++;
                continue;
            }
            int j = i;
            while (j < crossing.length && crossing[j] <= allowed) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        if (bestLength < 8) { // narrower than a few characters is a word space, not a gutter
            return null;
        }
        float gutter = from + bestStart + bestLength / 2f;
        long bothSides = rows.stream().filter(row -> row.stream().anyMatch(w -> w.right() <= gutter)
                && row.stream().anyMatch(w -> w.left() >= gutter)).count();
        long leftRows = rows.stream().filter(row -> row.stream().allMatch(w -> w.right() <= gutter)).count();
        long rightRows = rows.stream().filter(row -> row.stream().allMatch(w -> w.left() >= gutter)).count();
        return bothSides + Math.min(leftRows, rightRows) >= 3 && bothSides + rightRows >= 3 && bothSides + leftRows >= 3
                ? gutter : null;
    }

    private PdfLine line(List<Word> row, int column) {
        StringBuilder text = new StringBuilder();
        float size = 0;
        for (Word word : row) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(word.text());
            size += word.fontSize();
        }
        return new PdfLine(text.toString(), row.get(0).left(), row.get(row.size() - 1).right(),
                row.get(0).baseline(), size / row.size(), page, column);
    }
}
