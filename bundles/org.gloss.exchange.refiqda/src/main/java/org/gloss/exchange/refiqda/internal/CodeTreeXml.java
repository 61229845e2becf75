package org.gloss.exchange.refiqda.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.gloss.model.Code;

/**
 * Writes the codebook as nested {@code <Code>} elements (nesting is the hierarchy), shared by the
 * project ({@code .qdpx}) and codebook ({@code .qdc}) formats. Every Gloss code is codable.
 */
final class CodeTreeXml {
    private final Map<Long, List<Code>> children = new HashMap<>();
    private final List<Code> roots = new ArrayList<>();
    private final Guids guids;

    CodeTreeXml(List<Code> codes, Guids guids) {
        this.guids = guids;
        Map<Long, Code> byId = new HashMap<>();
        codes.forEach(c -> byId.put(c.id(), c));
        for (Code code : codes) {
            if (code.parentId() == null || !byId.containsKey(code.parentId())) {
                roots.add(code);
            } else {
                children.computeIfAbsent(code.parentId(), k -> new ArrayList<>()).add(code);
            }
        }
    }

    boolean isEmpty() {
        return roots.isEmpty();
    }

    /**
     * Writes {@code <Codes>}; {@code noteRefs} gives the Note GUIDs of a code's memo (project
     * files only; the codebook schema has no NoteRef).
     */
    void write(XmlOut xml, Map<Long, String> noteRefs) throws XMLStreamException {
        xml.start("Codes");
        for (Code root : sorted(roots)) {
            writeCode(xml, root, noteRefs);
        }
        xml.end();
    }

    private void writeCode(XmlOut xml, Code code, Map<Long, String> noteRefs) throws XMLStreamException {
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
        for (Code child : sorted(children.getOrDefault(code.id(), List.of()))) {
            writeCode(xml, child, noteRefs);
        }
        xml.end();
    }

    private static List<Code> sorted(List<Code> codes) {
        List<Code> copy = new ArrayList<>(codes);
        copy.sort(Comparator.comparingLong(Code::id));
        return copy;
    }
}
