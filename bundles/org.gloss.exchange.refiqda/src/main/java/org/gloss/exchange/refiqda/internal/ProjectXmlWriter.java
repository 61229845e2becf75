package org.gloss.exchange.refiqda.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import org.gloss.core.exchange.ExportData;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;

/**
 * Writes {@code project.qde}: users (coders), the codebook, variables (document and case
 * attributes), cases, text sources with one PlainTextSelection per coding (and one per case range),
 * memos as Notes, and sets ({@link CasesAndSetsXml}), in the element order
 * the schema's sequence requires. Positions are code points, end exclusive, as spec section 10.2
 * counts them and as the other tools we checked read them.
 */
final class ProjectXmlWriter {
    private final ExportData data;
    private final Guids guids;
    private final String projectName;
    /** The memos of objects in the export, each with the GUID of its Note. */
    private final Map<Memo, String> notes = new LinkedHashMap<>();
    private final Map<MemoTarget, Map<Long, String>> noteRefs = new HashMap<>();
    private final Map<String, Long> coderIdsByName = new HashMap<>();

    ProjectXmlWriter(ExportData data, Guids guids, String projectName) {
        this.data = data;
        this.guids = guids;
        this.projectName = projectName;
        data.coders().forEach(c -> coderIdsByName.put(c.name(), c.id()));
        collectMemos();
    }

    private void collectMemos() {
        java.util.Set<Long> documentIds = new java.util.HashSet<>();
        data.documents().forEach(d -> documentIds.add(d.id()));
        java.util.Set<Long> codingIds = new java.util.HashSet<>();
        data.codings().forEach(c -> codingIds.add(c.id()));
        for (Memo memo : data.project().memos().list()) {
            boolean inExport = switch (memo.target()) {
                case PROJECT, CODE, FREE -> true;
                case DOCUMENT -> documentIds.contains(memo.targetId());
                case CODING -> codingIds.contains(memo.targetId());
            };
            if (inExport) {
                String guid = guids.note(memo.id());
                notes.put(memo, guid);
                if (memo.target() != MemoTarget.FREE) {
                    // a free memo is a Note nothing refers to
                    noteRefs.computeIfAbsent(memo.target(), k -> new HashMap<>()).put(memo.targetId(), guid);
                }
            }
        }
    }

    private Optional<String> noteRef(MemoTarget target, long id) {
        return Optional.ofNullable(noteRefs.getOrDefault(target, Map.of()).get(id));
    }

    /** Writes project.qde; returns a warning for values XML could not carry whole, or null. */
    String write(OutputStream out) throws XMLStreamException {
        XmlOut written;
        try (XmlOut xml = new XmlOut(out, Namespaces.PROJECT)) {
            written = xml;
            xml.root("Project", Namespaces.PROJECT, Namespaces.PROJECT_XSD_URL);
            xml.attribute("name", projectName);
            xml.attribute("origin", Namespaces.ORIGIN);
            writeUsers(xml);
            CodeTreeXml codes = new CodeTreeXml(data.codes(), guids);
            if (!codes.isEmpty()) {
                xml.start("CodeBook");
                codes.write(xml, noteRefs.getOrDefault(MemoTarget.CODE, Map.of()));
                xml.end();
            }
            List<Case> cases = data.project().cases().list();
            VariableTable variables = new VariableTable(data.documents(), cases, guids);
            CasesAndSetsXml casesAndSets = new CasesAndSetsXml(cases, data.project().sets().list(), data.documents(),
                    data.codes(), guids);
            writeVariables(xml, variables);
            casesAndSets.writeCases(xml, variables);
            writeSources(xml, variables, casesAndSets);
            writeNotes(xml);
            casesAndSets.writeSets(xml);
            Optional<String> projectNote = noteRef(MemoTarget.PROJECT, 0);
            if (projectNote.isPresent()) {
                xml.refElement("NoteRef", projectNote.get());
            }
            xml.end();
        }
        return written.lossWarning();
    }

    private void writeUsers(XmlOut xml) throws XMLStreamException {
        if (data.coders().isEmpty()) {
            return;
        }
        xml.start("Users");
        for (Coder coder : data.coders()) {
            xml.empty("User");
            xml.attribute("guid", guids.user(coder.id()));
            xml.attribute("name", coder.name());
        }
        xml.end();
    }

    private void writeVariables(XmlOut xml, VariableTable variables) throws XMLStreamException {
        List<VariableTable.Variable> all = variables.all();
        if (all.isEmpty()) {
            return;
        }
        xml.start("Variables");
        for (VariableTable.Variable v : all) {
            xml.empty("Variable");
            xml.attribute("guid", v.guid());
            xml.attribute("name", v.name());
            xml.attribute("typeOfVariable", v.typeOfVariable());
        }
        xml.end();
    }

    private void writeSources(XmlOut xml, VariableTable variables, CasesAndSetsXml casesAndSets) throws XMLStreamException {
        if (data.documents().isEmpty()) {
            return;
        }
        Map<Long, List<Coding>> codingsByDocument = new HashMap<>();
        for (Coding c : data.codings()) {
            codingsByDocument.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
        }
        xml.start("Sources");
        for (Document document : data.documents()) {
            String guid = guids.source(document.id());
            xml.start("TextSource");
            xml.attribute("guid", guid);
            xml.attribute("name", document.name());
            xml.attribute("plainTextPath", QdpxLayout.internalPath(guid));
            xml.dateTime("creationDateTime", document.importedAt());
            for (Coding coding : codingsByDocument.getOrDefault(document.id(), List.of())) {
                writeSelection(xml, coding);
            }
            casesAndSets.writeCaseSelections(xml, document.id());
            Optional<String> note = noteRef(MemoTarget.DOCUMENT, document.id());
            if (note.isPresent()) {
                xml.refElement("NoteRef", note.get());
            }
            for (Map.Entry<String, AttributeValue> attribute : new java.util.TreeMap<>(document.attributes()).entrySet()) {
                variables.ofDocuments(attribute.getKey()).writeValue(xml, attribute.getValue());
            }
            xml.end();
        }
        xml.end();
    }

    private void writeSelection(XmlOut xml, Coding coding) throws XMLStreamException {
        String user = guids.user(coding.coderId());
        xml.start("PlainTextSelection");
        xml.attribute("guid", guids.selection(coding.id()));
        xml.attribute("startPosition", coding.start());
        xml.attribute("endPosition", coding.end());
        xml.attribute("creatingUser", user);
        String created = XmlOut.formatDateTime(coding.created());
        xml.attribute("creationDateTime", created);
        // QualCoder reads a coding's memo from the selection's Description, so it goes there.
        xml.textElement("Description", coding.memo());
        xml.start("Coding");
        xml.attribute("guid", guids.coding(coding.id()));
        xml.attribute("creatingUser", user);
        xml.attribute("creationDateTime", created);
        xml.refElement("CodeRef", guids.code(coding.codeId()));
        xml.end();
        Optional<String> note = noteRef(MemoTarget.CODING, coding.id());
        if (note.isPresent()) {
            xml.refElement("NoteRef", note.get());
        }
        xml.end();
    }

    private void writeNotes(XmlOut xml) throws XMLStreamException {
        if (notes.isEmpty()) {
            return;
        }
        xml.start("Notes");
        for (Map.Entry<Memo, String> entry : notes.entrySet()) {
            Memo memo = entry.getKey();
            xml.start("Note");
            xml.attribute("guid", entry.getValue());
            // The author is a User when a coder wrote the memo; otherwise the Note's name keeps it.
            Long coderId = memo.author() == null ? null : coderIdsByName.get(memo.author());
            if (coderId != null) {
                xml.attribute("creatingUser", guids.user(coderId));
            }
            if (memo.target() == MemoTarget.FREE) {
                xml.attribute("name", memo.title());
            } else if (coderId == null) {
                xml.attribute("name", memo.author());
            }
            xml.dateTime("creationDateTime", memo.updated());
            xml.textElement("PlainTextContent", memo.text());
            xml.end();
        }
        xml.end();
    }
}
