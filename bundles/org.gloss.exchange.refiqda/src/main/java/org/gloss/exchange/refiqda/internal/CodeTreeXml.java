package org.gloss.exchange.refiqda.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.gloss.model.Code;
import org.gloss.model.CodeTree;

/**
 * Writes the codebook as nested {@code <Code>} elements (nesting is the hierarchy), shared by the
 * project ({@code .qdpx}) and codebook ({@code .qdc}) formats. Every Gloss code is codable.
 */
final class CodeTreeXml {
    private static final Comparator<Code> BY_ID = Comparator.comparingLong(Code::id);

    private final CodeTree tree;
    private final Guids guids;

    CodeTreeXml(List<Code> codes, Guids guids) {
        this.guids = guids;
        this.tree = new CodeTree(codes);
    }

    boolean isEmpty() {
        return tree.children(null, BY_ID).isEmpty();
    }

    /**
     * Writes {@code <Codes>}; {@code noteRefs} gives the Note GUIDs of a code's memo (project
     * files only; the codebook schema has no NoteRef). The tree is walked without recursion.
     */
    void write(XmlOut xml, Map<Long, String> noteRefs) throws XMLStreamException {
        xml.start("Codes");
        int open = 0; // <Code> elements open
        for (CodeTree.Entry entry : tree.preorder(BY_ID)) {
            for (; open >= entry.level(); open--) {
                xml.end();
            }
            writeCodeStart(xml, entry.code(), noteRefs);
            open++;
        }
        for (; open > 0; open--) {
            xml.end();
        }
        xml.end();
    }

    /** The code's element with its attributes, description and note, left open for its sub-codes. */
    private void writeCodeStart(XmlOut xml, Code code, Map<Long, String> noteRefs) throws XMLStreamException {
        xml.start("Code");
        xml.attribute("guid", guids.code(code.id()));
        xml.attribute("name", code.name());
        xml.attribute("isCodable", "true");
        xml.attribute("color", code.color());
        xml.textElement("Description", code.description());
        String note = noteRefs.get(code.id());
        if (note != null) {
            xml.refElement("NoteRef", note);
        }
    }
}
