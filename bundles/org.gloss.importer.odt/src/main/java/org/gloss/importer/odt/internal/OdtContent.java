package org.gloss.importer.odt.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.gloss.core.importing.TextAssembler;

/**
 * Reads {@code content.xml} of an OpenDocument text with StAX: headings and paragraphs, lists
 * (bullets or numbers as their list style says), tables, and notes ({@code text:note}): the
 * note's citation stays in the text as {@code [1]} and its body goes after the text, footnotes
 * and endnotes apart. Comments, tracked deletions, frames and generated indexes are left out.
 */
final class OdtContent {
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    /** Subtrees whose text is not the document's running text. */
    private static final Set<String> SKIPPED_TEXT = Set.of("tracked-changes", "table-of-content",
            "alphabetical-index", "illustration-index", "table-index", "object-index", "user-index",
            "bibliography", "sequence-decls", "variable-decls", "user-field-decls", "note-citation");

    private final TextAssembler text = new TextAssembler();
    /** list style name → per level, true if numbered */
    private final Map<String, Map<Integer, Boolean>> listStyles = new HashMap<>();

    String read(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // content.xml never needs a DTD or external entities; refusing them closes XXE holes
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // content.xml is UTF-8 (ODF 1.2, 3.1.3); decoded strictly here, because the JDK's parser prints
        // "[Fatal Error] ..." on standard error for a bad byte before it throws
        java.io.Reader utf8 = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
        XMLStreamReader xml = factory.createXMLStreamReader(utf8);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if (is(xml, TEXT, "list-style")) {
                        listStyle(xml);
                    } else if (is(xml, OFFICE, "text")) {
                        body(xml);
                    }
                }
            }
        } finally {
            xml.close();
        }
        return text.text();
    }

    private void listStyle(XMLStreamReader xml) throws XMLStreamException {
        String name = xml.getAttributeValue(STYLE, "name");
        Map<Integer, Boolean> levels = new HashMap<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String level = xml.getAttributeValue(TEXT, "level");
                if (level != null && TEXT.equals(xml.getNamespaceURI())) {
                    boolean numbered = xml.getLocalName().equals("list-level-style-number")
                            && !"".equals(xml.getAttributeValue(STYLE, "num-format"));
                    levels.put(Integer.parseInt(level), numbered);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (name != null) {
            listStyles.put(name, levels);
        }
    }

    /** The children of office:text (or of a section) until its end tag. */
    private void body(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(xml, TEXT, "p") || is(xml, TEXT, "h")) {
                    text.paragraph(inline(xml));
                } else if (is(xml, TEXT, "list")) {
                    list(xml, xml.getAttributeValue(TEXT, "style-name"), 1, "");
                    text.endList();
                } else if (is(xml, TABLE, "table")) {
                    table(xml);
                } else if (skipped(xml)) {
                    skip(xml);
                } else {
                    depth++; // a container such as text:section: its paragraphs are read in turn
                }
            }
        }
    }

    private void list(XMLStreamReader xml, String style, int level, String indent) throws XMLStreamException {
        boolean numbered = listStyles.getOrDefault(style, Map.of()).getOrDefault(level, false);
        int number = 0;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(xml, TEXT, "list-item")) {
                    number++;
                    depth++;
                } else if (is(xml, TEXT, "p") || is(xml, TEXT, "h")) {
                    String item = inline(xml).strip();
                    if (!item.isEmpty()) {
                        text.listItem(indent + (numbered ? number + ". " : "• ") + item);
                    }
                } else if (is(xml, TEXT, "list")) {
                    String nestedStyle = xml.getAttributeValue(TEXT, "style-name");
                    list(xml, nestedStyle != null ? nestedStyle : style, level + 1, indent + "  ");
                } else {
                    skip(xml);
                }
            }
        }
    }

    private void table(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        List<String> cells = null;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (is(xml, TABLE, "table-row") && cells != null) {
                    text.tableRow(cells);
                    cells = null;
                }
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(xml, TABLE, "table-row")) {
                    cells = new ArrayList<>();
                    depth++;
                } else if (is(xml, TABLE, "table-cell") || is(xml, TABLE, "covered-table-cell")) {
                    String repeated = xml.getAttributeValue(TABLE, "number-columns-repeated");
                    String cell = cellText(xml);
                    // spreadsheets-style repeats of empty trailing cells are padding, not content
                    int times = repeated == null || cell.isEmpty() ? 1 : Math.min(Integer.parseInt(repeated), 1000);
                    for (int i = 0; i < times && cells != null; i++) {
                        cells.add(cell);
                    }
                } else {
                    depth++; // table:table-header-rows, table:table-rows, columns...
                }
            }
        }
        text.endTable();
    }

    private String cellText(XMLStreamReader xml) throws XMLStreamException {
        List<String> parts = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(xml, TEXT, "p") || is(xml, TEXT, "h")) {
                    parts.add(inline(xml).strip());
                } else if (skipped(xml)) {
                    skip(xml);
                } else {
                    depth++;
                }
            }
        }
        return String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList());
    }

    /** The text of a paragraph or heading, up to its end tag; white space as ODF defines it. */
    private String inline(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        appendCollapsed(out, xml.getText());
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.START_ELEMENT -> {
                    if (is(xml, TEXT, "s")) {
                        String c = xml.getAttributeValue(TEXT, "c");
                        out.append(" ".repeat(c == null ? 1 : Math.min(Integer.parseInt(c), 1000)));
                        skip(xml);
                    } else if (is(xml, TEXT, "tab")) {
                        out.append('\t');
                        skip(xml);
                    } else if (is(xml, TEXT, "line-break")) {
                        out.append('\n');
                        skip(xml);
                    } else if (is(xml, TEXT, "note")) {
                        note(xml, out);
                    } else if (is(xml, OFFICE, "annotation") || is(xml, OFFICE, "annotation-end")
                            || xml.getLocalName().equals("frame") || skipped(xml)) {
                        skip(xml);
                    } else {
                        depth++; // text:span, text:a, bookmarks...: their text is the paragraph's
                    }
                }
                default -> {
                }
            }
        }
        return out.toString();
    }

    private void note(XMLStreamReader xml, StringBuilder out) throws XMLStreamException {
        boolean endnote = "endnote".equals(xml.getAttributeValue(TEXT, "note-class"));
        String citation = "";
        List<String> body = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(xml, TEXT, "note-citation")) {
                    citation = xml.getElementText().strip();
                } else if (is(xml, TEXT, "p") || is(xml, TEXT, "h")) {
                    body.add(inline(xml).strip());
                } else {
                    depth++;
                }
            }
        }
        out.append('[').append(citation).append(']');
        String noteText = String.join(" ", body.stream().filter(p -> !p.isEmpty()).toList());
        if (endnote) {
            text.endnote(citation, noteText);
        } else {
            text.footnote(citation, noteText);
        }
    }

    /** ODF collapses white space in text like HTML: a run of it is one space. */
    private static void appendCollapsed(StringBuilder out, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (space) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static boolean skipped(XMLStreamReader xml) {
        return TEXT.equals(xml.getNamespaceURI()) && SKIPPED_TEXT.contains(xml.getLocalName())
                || OFFICE.equals(xml.getNamespaceURI()) && xml.getLocalName().startsWith("annotation");
    }

    /** Skips the current element with everything in it. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean is(XMLStreamReader xml, String namespace, String localName) {
        return localName.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }
}
