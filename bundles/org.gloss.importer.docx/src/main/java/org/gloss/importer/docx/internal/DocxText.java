package org.gloss.importer.docx.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gloss.core.importing.TextAssembler;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * The text of a Word document the way a reader sees it: each paragraph or heading its own
 * block, list items with their bullet or number, table rows as lines of tab-separated cells, and
 * footnote/endnote references as {@code [1]} / {@code [i]} in the text with the notes themselves
 * after the body. Headers, footers and field codes are left out.
 */
final class DocxText {
    /** How POI spells note references inside run text; the notes are labelled our way instead. */
    private static final Pattern POI_NOTE_REFERENCE = Pattern.compile("\\[(footnoteRef|endnoteRef):-?\\d+\\]");

    private final XWPFDocument document;
    private final TextAssembler text = new TextAssembler();
    private final Map<BigInteger, String> footnoteLabels = new LinkedHashMap<>();
    private final Map<BigInteger, String> endnoteLabels = new LinkedHashMap<>();
    private final Map<String, int[]> listCounters = new HashMap<>();
    private BigInteger currentList;

    DocxText(XWPFDocument document) {
        this.document = document;
    }

    String text() {
        for (IBodyElement element : document.getBodyElements()) {
            block(element);
        }
        footnoteLabels.forEach((id, label) -> {
            XWPFAbstractFootnoteEndnote note = document.getFootnoteByID(id.intValue());
            if (note != null) {
                text.footnote(label, noteText(note));
            }
        });
        endnoteLabels.forEach((id, label) -> {
            XWPFAbstractFootnoteEndnote note = document.getEndnoteByID(id.intValue());
            if (note != null) {
                text.endnote(label, noteText(note));
            }
        });
        return text.text();
    }

    private void block(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            paragraph(paragraph);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(cellText(cell));
                }
                text.tableRow(cells);
            }
            text.endTable();
        } else if (element instanceof XWPFSDT sdt) {
            text.paragraph(sdt.getContent().getText());
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        String content = runs(paragraph);
        if (paragraph.getNumID() != null && !content.isBlank()) {
            if (!paragraph.getNumID().equals(currentList)) {
                text.endList();
                currentList = paragraph.getNumID();
            }
            text.listItem(listMarker(paragraph) + content.strip());
        } else {
            text.paragraph(content);
        }
    }

    private String runs(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                out.append(POI_NOTE_REFERENCE.matcher(run.text()).replaceAll(""));
                for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
                    out.append('[').append(label(footnoteLabels, ref.getId(), false)).append(']');
                }
                for (CTFtnEdnRef ref : run.getCTR().getEndnoteReferenceList()) {
                    out.append('[').append(label(endnoteLabels, ref.getId(), true)).append(']');
                }
            } else if (element instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            }
        }
        return out.toString();
    }

    /** Notes are numbered in the order the body refers to them, as Word shows them. */
    private static String label(Map<BigInteger, String> labels, BigInteger id, boolean roman) {
        return labels.computeIfAbsent(id, key -> roman ? TextAssembler.roman(labels.size() + 1)
                : Integer.toString(labels.size() + 1));
    }

    private String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(runs(paragraph).strip());
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell nestedCell : row.getTableCells()) {
                        parts.add(cellText(nestedCell));
                    }
                }
            }
        }
        return String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList());
    }

    private static String noteText(XWPFAbstractFootnoteEndnote note) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph paragraph : note.getParagraphs()) {
            String part = POI_NOTE_REFERENCE.matcher(paragraph.getText()).replaceAll("").strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(" ", parts);
    }

    /** "• " for bullets, "1. ", "a. ", "i. " for numbered items, counted per list and level. */
    private String listMarker(XWPFParagraph paragraph) {
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), 8);
        String indent = "  ".repeat(level);
        String format = paragraph.getNumFmt();
        if (format == null || format.equals("bullet") || format.equals("none")) {
            return indent + "• ";
        }
        int[] counters = listCounters.computeIfAbsent(paragraph.getNumID().toString(), id -> new int[9]);
        counters[level]++;
        for (int deeper = level + 1; deeper < counters.length; deeper++) {
            counters[deeper] = 0;
        }
        int n = counters[level];
        String number = switch (format) {
            case "lowerLetter" -> letters(n);
            case "upperLetter" -> letters(n).toUpperCase();
            case "lowerRoman" -> TextAssembler.roman(n);
            case "upperRoman" -> TextAssembler.roman(n).toUpperCase();
            default -> Integer.toString(n);
        };
        return indent + number + ". ";
    }

    private static String letters(int n) {
        StringBuilder out = new StringBuilder();
        for (int rest = n; rest > 0; rest = (rest - 1) / 26) {
            out.insert(0, (char) ('a' + (rest - 1) % 26));
        }
        return out.toString();
    }
}
