package org.gloss.exchange.refiqda.internal;

import java.io.OutputStream;
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

    XmlOut(OutputStream out, String defaultNamespace) throws XMLStreamException {
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
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
        if (value != null) {
            xml.writeAttribute(name, DATE_TIME.format(value.truncatedTo(ChronoUnit.MILLIS)));
        }
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
