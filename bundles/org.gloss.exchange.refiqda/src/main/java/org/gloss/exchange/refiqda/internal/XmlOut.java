package org.gloss.exchange.refiqda.internal;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin streaming XML writer for QDA-XML: attributes that may be null are skipped, and text
 * is cleaned of the few code points XML 1.0 cannot carry (control characters), which would make
 * the file unreadable for every other tool; each such loss is recorded for a warning. Line breaks
 * and tabs in attribute values are written as character references, since a reader turns literal
 * ones into spaces (a code name with a line break would come back with a space).
 */
final class XmlOut implements AutoCloseable {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);
    /**
     * Marks a character to be written as a character reference. U+FFFE is a noncharacter that
     * {@link #clean} never lets through, so the mark cannot come from the data.
     */
    static final char REFERENCE_MARK = '\uFFFE';
    private static final int MAX_EXAMPLES = 5;

    private final XMLStreamWriter xml;
    private final Writer writer;
    private final Deque<String> elements = new ArrayDeque<>();
    private final List<String> lossyExamples = new ArrayList<>();
    private int lossyValues;
    /** The empty element whose attributes are being written, if any (it is not on the stack). */
    private String emptyElement;

    XmlOut(OutputStream out, String defaultNamespace) throws XMLStreamException {
        // The JDK's stream writer encodes UTF-8 one byte at a time when given a stream; a buffered
        // writer of our own keeps a 100,000-selection project a matter of a second (and spares a
        // zip entry's deflater millions of one-byte calls).
        this.writer = new CharacterReferences(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
        xml.setDefaultNamespace(defaultNamespace);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
    }

    void root(String name, String namespace, String schemaUrl) throws XMLStreamException {
        elements.push(name);
        xml.writeStartElement(namespace, name);
        xml.writeDefaultNamespace(namespace);
        xml.writeNamespace("xsi", Namespaces.XSI);
        xml.writeAttribute(Namespaces.XSI, "schemaLocation", namespace + " " + schemaUrl);
    }

    void start(String name) throws XMLStreamException {
        emptyElement = null;
        elements.push(name);
        xml.writeStartElement(name);
    }

    void empty(String name) throws XMLStreamException {
        emptyElement = name;
        xml.writeEmptyElement(name);
    }

    void attribute(String name, Object value) throws XMLStreamException {
        if (value != null) {
            String text = value.toString();
            String cleaned = clean(text);
            recordLoss(text, cleaned, "<" + (emptyElement != null ? emptyElement : elements.peek()) + " " + name + ">");
            xml.writeAttribute(name, referenced(cleaned));
        }
    }

    void dateTime(String name, Instant value) throws XMLStreamException {
        attribute(name, formatDateTime(value));
    }

    /** xsd:dateTime in UTC with milliseconds, or null. */
    static String formatDateTime(Instant value) {
        return value == null ? null : DATE_TIME.format(value.truncatedTo(ChronoUnit.MILLIS));
    }

    void end() throws XMLStreamException {
        emptyElement = null;
        elements.poll();
        xml.writeEndElement();
    }

    /** An element holding only text; nothing is written for null. */
    void textElement(String name, String text) throws XMLStreamException {
        if (text != null) {
            emptyElement = null;
            xml.writeStartElement(name);
            String cleaned = clean(text);
            recordLoss(text, cleaned, "<" + name + "> of <" + elements.peek() + ">");
            xml.writeCharacters(cleaned);
            xml.writeEndElement();
        }
    }

    void refElement(String name, String targetGuid) throws XMLStreamException {
        emptyElement = name;
        xml.writeEmptyElement(name);
        xml.writeAttribute("targetGUID", targetGuid);
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        xml.close();
        try {
            writer.flush();
        } catch (java.io.IOException e) {
            throw new XMLStreamException("cannot write: " + e.getMessage(), e);
        }
    }

    /** How many values lost characters XML cannot carry, and where the first few were. */
    int lossyValues() {
        return lossyValues;
    }

    List<String> lossyExamples() {
        return lossyExamples;
    }

    /** A warning for the values that lost characters, or null when none did. */
    String lossWarning() {
        if (lossyValues == 0) {
            return null;
        }
        return lossyValues + " value(s) held control characters that QDA-XML (XML 1.0) cannot carry; they were"
                + " written as U+FFFD: " + String.join(", ", lossyExamples) + (lossyValues > lossyExamples.size() ? ", ..." : "");
    }

    private void recordLoss(String original, String cleaned, String where) {
        if (!original.equals(cleaned)) {
            lossyValues++;
            if (lossyExamples.size() < MAX_EXAMPLES) {
                lossyExamples.add(where + " '" + visible(original) + "'");
            }
        }
    }

    private static String visible(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(60).forEach(cp -> {
            if (cp < 0x20) {
                b.append((char) (0x2400 + cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** Tabs and line breaks marked to be written as character references (the writer below does it). */
    private static String referenced(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(REFERENCE_MARK).append((char) ('A' + c)); // 'A' + 9, 10 or 13: never U+FFFE
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Writes a {@link #REFERENCE_MARK}ed character as {@code &#N;}, everything else as it is. */
    private static final class CharacterReferences extends java.io.FilterWriter {
        private boolean marked;

        CharacterReferences(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws java.io.IOException {
            if (marked) {
                marked = false;
                out.write("&#" + (c - 'A') + ";");
            } else if (c == REFERENCE_MARK) {
                marked = true;
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws java.io.IOException {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws java.io.IOException {
            if (!marked && text.indexOf(REFERENCE_MARK, offset) < 0) {
                out.write(text, offset, length);
                return;
            }
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }
    }

    static String clean(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
            if (!allowed && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (cleaned != null) {
                cleaned.append(allowed ? c : '\uFFFD');
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }
}
