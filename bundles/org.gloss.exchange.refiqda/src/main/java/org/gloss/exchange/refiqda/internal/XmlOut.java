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

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin streaming XML writer for QDA-XML: attributes that may be null are skipped, and text
 * is cleaned of the few code points XML 1.0 cannot carry (control characters), which would make
 * the file unreadable for every other tool.
 */
final class XmlOut implements AutoCloseable {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);
    private final XMLStreamWriter xml;
    private final Writer writer;

    XmlOut(OutputStream out, String defaultNamespace) throws XMLStreamException {
        // The JDK's stream writer encodes UTF-8 one byte at a time when given a stream; a buffered
        // writer of our own keeps a 100,000-selection project a matter of a second (and spares a
        // zip entry's deflater millions of one-byte calls).
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
        xml.setDefaultNamespace(defaultNamespace);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
    }

    void root(String name, String namespace, String schemaUrl) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeDefaultNamespace(namespace);
        xml.writeNamespace("xsi", Namespaces.XSI);
        xml.writeAttribute(Namespaces.XSI, "schemaLocation", namespace + " " + schemaUrl);
    }

    void start(String name) throws XMLStreamException {
        xml.writeStartElement(name);
    }

    void empty(String name) throws XMLStreamException {
        xml.writeEmptyElement(name);
    }

    void attribute(String name, Object value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, clean(value.toString()));
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
        xml.writeEndElement();
    }

    /** An element holding only text; nothing is written for null. */
    void textElement(String name, String text) throws XMLStreamException {
        if (text != null) {
            xml.writeStartElement(name);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        }
    }

    void refElement(String name, String targetGuid) throws XMLStreamException {
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
