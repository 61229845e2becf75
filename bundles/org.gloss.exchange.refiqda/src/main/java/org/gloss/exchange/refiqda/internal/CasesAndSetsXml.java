package org.gloss.exchange.refiqda.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamException;

import org.gloss.core.cases.SetMembership;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.Code;
import org.gloss.model.Document;
import org.gloss.model.DocumentSet;

/**
 * Writes a project's cases and sets as QDA-XML. A case is a {@code <Case>} with its description,
 * one {@code <VariableValue>} per attribute, a {@code <SourceRef>} per whole-document member and a
 * {@code <SelectionRef>} per range member; the range itself is a PlainTextSelection without
 * codings in its source (the schema's way to name part of a source). A set is a {@code <Set>} with
 * a {@code <MemberCode>} per listed code and a {@code <MemberSource>} per document it holds now; a
 * smart set's condition is kept in its description ({@link SmartSetDescription}). Members in
 * documents the export leaves out are left out with them.
 */
final class CasesAndSetsXml {
    /** A range member of a case, as the selection written for it. */
    record CaseSelection(String guid, String caseName, int start, int end) {
    }

    private final List<Case> cases;
    private final List<DocumentSet> sets;
    private final List<Document> documents;
    private final Set<Long> documentIds = new java.util.HashSet<>();
    private final Set<Long> codeIds = new java.util.HashSet<>();
    private final Guids guids;
    private final Map<Long, List<CaseSelection>> selectionsByDocument = new HashMap<>();

    CasesAndSetsXml(List<Case> cases, List<DocumentSet> sets, List<Document> documents, List<Code> codes, Guids guids) {
        this.cases = cases;
        this.sets = sets;
        this.documents = documents;
        this.guids = guids;
        documents.forEach(d -> documentIds.add(d.id()));
        codes.forEach(c -> codeIds.add(c.id()));
        for (Case kase : cases) {
            for (CaseMember m : kase.members()) {
                if (!m.isWholeDocument() && documentIds.contains(m.documentId())) {
                    selectionsByDocument.computeIfAbsent(m.documentId(), k -> new ArrayList<>()).add(new CaseSelection(
                            selectionGuid(kase, m), kase.name(),
                            m.span().start(), m.span().end()));
                }
            }
        }
    }

    private String selectionGuid(Case kase, CaseMember member) {
        return guids.caseSelection(guids.kase(kase.id()), guids.source(member.documentId()), member.span().start(),
                member.span().end());
    }

    void writeCases(XmlOut xml, VariableTable variables) throws XMLStreamException {
        if (cases.isEmpty()) {
            return;
        }
        xml.start("Cases");
        for (Case kase : cases) {
            xml.start("Case");
            xml.attribute("guid", guids.kase(kase.id()));
            xml.attribute("name", kase.name());
            if (!kase.description().isEmpty()) {
                xml.textElement("Description", kase.description());
            }
            for (Map.Entry<String, AttributeValue> attribute : new TreeMap<>(kase.attributes()).entrySet()) {
                variables.ofCases(attribute.getKey()).writeValue(xml, attribute.getValue());
            }
            for (CaseMember m : kase.members()) {
                if (m.isWholeDocument() && documentIds.contains(m.documentId())) {
                    xml.refElement("SourceRef", guids.source(m.documentId()));
                }
            }
            for (CaseMember m : kase.members()) {
                if (!m.isWholeDocument() && documentIds.contains(m.documentId())) {
                    xml.refElement("SelectionRef", selectionGuid(kase, m));
                }
            }
            xml.end();
        }
        xml.end();
    }

    /** The selections a document's case ranges are written as, inside its TextSource. */
    void writeCaseSelections(XmlOut xml, long documentId) throws XMLStreamException {
        for (CaseSelection selection : selectionsByDocument.getOrDefault(documentId, List.of())) {
            xml.empty("PlainTextSelection");
            xml.attribute("guid", selection.guid());
            xml.attribute("name", selection.caseName());
            xml.attribute("startPosition", selection.start());
            xml.attribute("endPosition", selection.end());
        }
    }

    void writeSets(XmlOut xml) throws XMLStreamException {
        if (sets.isEmpty()) {
            return;
        }
        xml.start("Sets");
        for (DocumentSet set : sets) {
            xml.start("Set");
            xml.attribute("guid", guids.set(set.id()));
            xml.attribute("name", set.name());
            String description = SmartSetDescription.write(set.description(), set.condition());
            if (!description.isEmpty()) {
                xml.textElement("Description", description);
            }
            for (long codeId : set.codeIds()) {
                if (codeIds.contains(codeId)) {
                    xml.refElement("MemberCode", guids.code(codeId));
                }
            }
            // a smart set as the documents its condition selects now, so other tools see its members
            for (long documentId : SetMembership.documents(set, documents)) {
                xml.refElement("MemberSource", guids.source(documentId));
            }
            xml.end();
        }
        xml.end();
    }
}
