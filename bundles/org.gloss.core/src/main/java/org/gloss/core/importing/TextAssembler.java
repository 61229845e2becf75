package org.gloss.core.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the stored text of a structured document (word processor, web page) the same way for
 * every format: paragraphs and headings are separated by a blank line, list items and table rows
 * by a line break, table cells by a tab; footnotes and endnotes follow the body under a marker
 * line, each as {@code [label] text}. The result is normalized with {@link StoredText#normalize}.
 */
public final class TextAssembler {
    /** The line that starts the footnotes after the body. */
    public static final String FOOTNOTES_MARKER = "——— Footnotes ———";

    /** The line that starts the endnotes after the body (and after the footnotes). */
    public static final String ENDNOTES_MARKER = "——— Endnotes ———";

    private enum Kind { PARAGRAPH, LIST_ITEM, TABLE_ROW }

    private final StringBuilder body = new StringBuilder();
    private final List<String> footnotes = new ArrayList<>();
    private final List<String> endnotes = new ArrayList<>();
    private Kind last;

    /** A paragraph or heading; blank ones (spacers) are dropped. Line breaks inside it are kept. */
    public TextAssembler paragraph(String text) {
        return block(Kind.PARAGRAPH, text);
    }

    /**
     * One item of a list, with its marker ("• ", "1. ") already in front. Consecutive items are
     * one block; call {@link #endList()} between two lists that follow each other.
     */
    public TextAssembler listItem(String text) {
        return block(Kind.LIST_ITEM, text);
    }

    /**
     * One table row: cells separated by tabs. Tabs and line breaks inside a cell become spaces so
     * that a row stays one line. Rows of consecutive tables run on; call {@link #endTable()}
     * between tables.
     */
    public TextAssembler tableRow(List<String> cells) {
        List<String> clean = cells.stream().map(c -> c.replaceAll("[\\t\\n\\r]+", " ").strip()).toList();
        if (clean.stream().allMatch(String::isEmpty)) {
            return this;
        }
        separate(Kind.TABLE_ROW);
        body.append(String.join("\t", clean));
        return this;
    }

    /** Ends a table, so the next table row starts a new block. */
    public TextAssembler endTable() {
        if (last == Kind.TABLE_ROW) {
            last = Kind.PARAGRAPH;
        }
        return this;
    }

    /** Ends a list, so the next list item (of another list) starts a new block. */
    public TextAssembler endList() {
        if (last == Kind.LIST_ITEM) {
            last = Kind.PARAGRAPH;
        }
        return this;
    }

    public TextAssembler footnote(String label, String text) {
        footnotes.add("[" + label + "] " + text.strip());
        return this;
    }

    public TextAssembler endnote(String label, String text) {
        endnotes.add("[" + label + "] " + text.strip());
        return this;
    }

    public boolean isEmpty() {
        return body.length() == 0 && footnotes.isEmpty() && endnotes.isEmpty();
    }

    /** The stored text: body, then footnotes, then endnotes, with no trailing line break. */
    public String text() {
        StringBuilder text = new StringBuilder(body);
        appendNotes(text, FOOTNOTES_MARKER, footnotes);
        appendNotes(text, ENDNOTES_MARKER, endnotes);
        return StoredText.normalize(text.toString());
    }

    private static void appendNotes(StringBuilder text, String marker, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        text.append(marker);
        for (String note : notes) {
            text.append('\n').append(note);
        }
    }

    private TextAssembler block(Kind kind, String text) {
        // a list item's leading spaces show its nesting level
        String stripped = kind == Kind.LIST_ITEM ? text.stripTrailing() : text.strip();
        if (stripped.isBlank()) {
            return this;
        }
        separate(kind);
        body.append(stripped);
        return this;
    }

    private void separate(Kind kind) {
        if (last != null) {
            boolean sameRun = kind == last && kind != Kind.PARAGRAPH;
            body.append(sameRun ? "\n" : "\n\n");
        }
        last = kind;
    }

    /** Lower-case Roman numerals (i, ii, iii, iv ...), the way word processors label endnotes. */
    public static String roman(int number) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] letters = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder out = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(letters[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
