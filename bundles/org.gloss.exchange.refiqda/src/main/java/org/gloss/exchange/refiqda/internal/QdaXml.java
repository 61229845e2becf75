package org.gloss.exchange.refiqda.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.gloss.api.error.GlossException;
import org.gloss.model.CodeTree;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reading QDA-XML safely. Imported files are untrusted: a DOCTYPE is refused outright (so no
 * external entity or entity expansion is ever processed), and every file is validated against
 * the schema shipped in this bundle, never one named by the file. The parsed form is a small
 * tree of {@link Node}s, lighter than a DOM for projects with 100,000 selections.
 */
final class QdaXml {
    /** Deep enough for the deepest codebook plus the schema's own nesting, with room to spare. */
    static final int MAX_ELEMENT_DEPTH = CodeTree.MAX_DEPTH + 36;

    private static volatile Schema projectSchema;
    private static volatile Schema codebookSchema;

    private QdaXml() {
    }

    /** An element: local name, attributes, child elements, and its text when it has no children. */
    record Node(String name, String namespace, Map<String, String> attributes, List<Node> children, String text, int line) {
        String attr(String attribute) {
            return attributes.get(attribute);
        }

        Optional<Node> child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst();
        }

        List<Node> all(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        Optional<String> childText(String childName) {
            return child(childName).map(Node::text);
        }
    }

    /**
     * Rewrites the namespace typo {@code 1:0} some tools wrote to {@code 1.0}, in place (same
     * length, plain ASCII, so any ASCII-compatible encoding stays intact). Returns whether it did.
     */
    static boolean fixNamespaceTypo(byte[] xml) {
        boolean fixed = replaceAll(xml, Namespaces.PROJECT_TYPO, Namespaces.PROJECT);
        return replaceAll(xml, Namespaces.CODEBOOK_TYPO, Namespaces.CODEBOOK) || fixed;
    }

    private static boolean replaceAll(byte[] xml, String from, String to) {
        byte[] needle = from.getBytes(StandardCharsets.US_ASCII);
        byte[] replacement = to.getBytes(StandardCharsets.US_ASCII);
        boolean any = false;
        outer:
        for (int i = 0; i <= xml.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (xml[i + j] != needle[j]) {
                    continue outer;
                }
            }
            System.arraycopy(replacement, 0, xml, i, replacement.length);
            any = true;
        }
        return any;
    }

    /**
     * The XML's characters, decoded strictly by its byte order mark or declared encoding (UTF-8
     * when it declares none). Decoded here rather than by the JDK's parser, which prints
     * "[Fatal Error] ..." on standard error for a bad byte before it throws.
     */
    static String decode(byte[] xml, String what) {
        java.nio.charset.Charset charset = encoding(xml);
        java.nio.charset.CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(xml);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(xml.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (xml[i] == '\n') {
                    line++;
                }
            }
            throw RefiQdaErrors.malformedXml(what, line, "not valid " + charset.name() + " (bad byte at offset "
                    + in.position() + ")");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static final java.util.regex.Pattern DECLARED_ENCODING =
            java.util.regex.Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private static java.nio.charset.Charset encoding(byte[] xml) {
        if (xml.length >= 2 && (xml[0] & 0xFF) == 0xFE && (xml[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (xml.length >= 2 && (xml[0] & 0xFF) == 0xFF && (xml[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        String start = new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00EF\u00BB\u00BF")) {
            return StandardCharsets.UTF_8;
        }
        java.util.regex.Matcher m = DECLARED_ENCODING.matcher(start);
        if (m.find()) {
            try {
                return java.nio.charset.Charset.forName(m.group(1));
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    static Node parse(byte[] xml, String what) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new java.io.StringReader(decode(xml, what)));
            return buildTree(reader, what);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw RefiQdaErrors.malformedXml(what, line, firstLine(e.getMessage()));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held open beyond the byte array
                }
            }
        }
    }

    private static Node buildTree(XMLStreamReader reader, String what) throws XMLStreamException {
        record Open(String name, String namespace, Map<String, String> attributes, List<Node> children, StringBuilder text,
                    int line) {
        }
        Deque<Open> stack = new ArrayDeque<>();
        int openCodes = 0;
        Node root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw RefiQdaErrors.doctypeRefused(what);
                case XMLStreamConstants.ENTITY_REFERENCE -> throw RefiQdaErrors.doctypeRefused(what);
                case XMLStreamConstants.START_ELEMENT -> {
                    int line = reader.getLocation().getLineNumber();
                    // bounded before the schema validator and the readers walk the tree
                    if ("Code".equals(reader.getLocalName()) && ++openCodes > CodeTree.MAX_DEPTH) {
                        throw RefiErrors.codebookTooDeep(what, line);
                    }
                    if (stack.size() >= MAX_ELEMENT_DEPTH) {
                        throw RefiErrors.nestedTooDeep(what, line, MAX_ELEMENT_DEPTH);
                    }
                    Map<String, String> attributes = new HashMap<>(reader.getAttributeCount() * 2);
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    stack.push(new Open(reader.getLocalName(), reader.getNamespaceURI(), attributes, new ArrayList<>(),
                            new StringBuilder(), reader.getLocation().getLineNumber()));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!stack.isEmpty()) {
                        stack.peek().text().append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Open open = stack.pop();
                    if ("Code".equals(open.name())) {
                        openCodes--;
                    }
                    List<Node> children = open.children().isEmpty() ? List.of() : open.children();
                    Node node = new Node(open.name(), open.namespace(), open.attributes(), children,
                            open.children().isEmpty() ? open.text().toString() : null, open.line());
                    if (stack.isEmpty()) {
                        root = node;
                    } else {
                        stack.peek().children().add(node);
                    }
                }
                default -> {
                    // comments and processing instructions carry nothing we read
                }
            }
        }
        if (root == null) {
            throw RefiQdaErrors.malformedXml(what, 1, "no root element");
        }
        return root;
    }

    /** Validates against the bundled schema; a violation names the line and the problem. */
    static void validate(byte[] xml, Schema schema, String what) {
        Validator validator = schema.newValidator();
        // without a handler of its own, the validator prints "[Fatal Error] ..." on standard error,
        // a second line beside the one error the user gets
        validator.setErrorHandler(new org.xml.sax.ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a file invalid
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new java.io.StringReader(decode(xml, what))));
        } catch (SAXParseException e) {
            throw RefiQdaErrors.schemaViolation(what, e.getLineNumber(), firstLine(e.getMessage()));
        } catch (SAXException e) {
            throw RefiQdaErrors.schemaViolation(what, -1, firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new GlossException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    static Schema projectSchema() {
        if (projectSchema == null) {
            projectSchema = loadSchema("Project.xsd");
        }
        return projectSchema;
    }

    static Schema codebookSchema() {
        if (codebookSchema == null) {
            codebookSchema = loadSchema("Codebook.xsd");
        }
        return codebookSchema;
    }

    private static Schema loadSchema(String resource) {
        URL url = QdaXml.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the bundle lacks its schema " + resource);
        }
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled schema " + resource + " does not load", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String trimmed = message.strip();
        // the JDK prefixes StAX messages with "ParseError at [row,col]:[r,c]\nMessage: "
        int idx = trimmed.indexOf("Message: ");
        if (idx >= 0) {
            trimmed = trimmed.substring(idx + "Message: ".length());
        }
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl);
    }
}
