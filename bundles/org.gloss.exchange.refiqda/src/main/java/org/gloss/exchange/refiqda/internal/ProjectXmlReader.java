package org.gloss.exchange.refiqda.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gloss.api.error.GlossException;
import org.gloss.core.cases.SetCondition;
import org.gloss.core.importing.StoredText;
import org.gloss.exchange.refiqda.internal.QdaXml.Node;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.MemoTarget;

/**
 * Reads a checked project.qde tree into an {@link ImportedProject}: users, nested codes, text
 * sources with their selections and codings, variables as document attributes, cases (with
 * their variables as case attributes, sources and selections as members), sets, and notes as
 * memos. What Gloss cannot hold (media sources, graphs, a case's codes, a set's notes) is reported
 * as a warning.
 */
final class ProjectXmlReader {
    static final String WHAT = "project.qde";
    private final Node root;
    private final Set<String> guids;
    private final SourceTexts texts;
    private final ImportedProject result = new ImportedProject();
    private final Map<String, String> userNames = new HashMap<>();
    private final Map<String, Node> notes = new LinkedHashMap<>();
    private final Map<String, String[]> variables = new HashMap<>(); // guid -> name, type
    private final List<Node> caseNodes = new ArrayList<>();
    /** The selections cases refer to, which need no coding; and every selection read, by GUID. */
    private final Set<String> caseSelectionGuids = new java.util.HashSet<>();
    private final Map<String, ImportedProject.Member> selections = new HashMap<>();
    private final Set<String> sourceGuids = new java.util.HashSet<>();
    private final boolean crlfCountsAsOne;
    private final Set<String> codeGuids = new java.util.HashSet<>();

    ProjectXmlReader(Node root, Set<String> guids, SourceTexts texts) {
        this.root = root;
        this.guids = guids;
        this.texts = texts;
        String origin = Optional.ofNullable(root.attr("origin")).orElse("");
        this.crlfCountsAsOne = origin.toLowerCase(Locale.ROOT).contains("atlas");
    }

    ImportedProject read() {
        root.child("Notes").ifPresent(ns -> ns.all("Note").forEach(n -> notes.put(GuidCheck.normalize(n.attr("guid")), n)));
        root.child("Users").ifPresent(users -> users.all("User").forEach(this::readUser));
        root.child("CodeBook").flatMap(cb -> cb.child("Codes")).ifPresent(this::readCodes);
        root.child("Variables").ifPresent(vs -> vs.all("Variable").forEach(v ->
                variables.put(GuidCheck.normalize(v.attr("guid")), new String[] {v.attr("name"), v.attr("typeOfVariable")})));
        root.child("Cases").ifPresent(cases -> cases.all("Case").forEach(this::noteCase));
        root.child("Sources").ifPresent(this::readSources);
        caseNodes.forEach(this::readCase);
        root.child("Sets").ifPresent(sets -> sets.all("Set").forEach(this::readSet));
        root.all("NoteRef").forEach(ref -> memo(MemoTarget.PROJECT, "", ref));
        root.child("Links").ifPresent(links -> links.all("Link").forEach(this::readLink));
        addUnreferencedNotes();
        for (String unsupported : List.of("Graphs")) {
            root.child(unsupported).ifPresent(n -> result.warnings.add(unsupported + " are not imported (Gloss has no "
                    + unsupported.toLowerCase(Locale.ROOT) + ")"));
        }
        return result;
    }

    private void readUser(Node user) {
        String guid = GuidCheck.normalize(user.attr("guid"));
        String name = blankToNull(user.attr("name"));
        if (name == null) {
            name = "user " + guid.substring(0, 8);
        }
        userNames.put(guid, name);
        result.users.add(new ImportedProject.User(guid, name));
    }

    private void readCodes(Node codesElement) {
        CodeNodes.preorder(codesElement, (code, parentGuid) -> {
            String guid = GuidCheck.normalize(code.attr("guid"));
            codeGuids.add(guid);
            result.codes.add(new ImportedProject.Code(guid, code.attr("name").strip(), parentGuid, color(code.attr("color")),
                    blankToNull(code.childText("Description").orElse(null))));
            code.all("NoteRef").forEach(ref -> memo(MemoTarget.CODE, guid, ref));
            return guid;
        });
    }

    /** #RGB becomes #RRGGBB, the form Gloss stores. */
    static String color(String color) {
        if (color == null || color.isBlank()) {
            return null;
        }
        String c = color.strip();
        if (c.length() == 4) {
            return "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        return c;
    }

    /** Cases are read after the sources, whose selections they may name; a selection they name needs no coding. */
    private void noteCase(Node kase) {
        caseNodes.add(kase);
        kase.all("SelectionRef").forEach(ref -> caseSelectionGuids.add(GuidCheck.normalize(ref.attr("targetGUID"))));
    }

    private void readCase(Node kase) {
        String guid = GuidCheck.normalize(kase.attr("guid"));
        String name = Optional.ofNullable(blankToNull(kase.attr("name"))).orElse("case " + guid.substring(0, 8)).strip();
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        kase.all("VariableValue").forEach(v -> value(v).ifPresent(e -> attributes.put(e.getKey(), e.getValue())));
        List<ImportedProject.Member> members = new ArrayList<>();
        for (Node ref : kase.all("SourceRef")) {
            String source = GuidCheck.normalize(ref.attr("targetGUID"));
            if (sourceGuids.contains(source)) {
                members.add(ImportedProject.Member.whole(source));
            } else {
                skippedMember("case '" + name + "'", "SourceRef", source);
            }
        }
        for (Node ref : kase.all("SelectionRef")) {
            String selection = GuidCheck.normalize(ref.attr("targetGUID"));
            ImportedProject.Member member = selections.get(selection);
            if (member != null) {
                members.add(member);
            } else {
                skippedMember("case '" + name + "'", "SelectionRef", selection);
            }
        }
        int codeRefs = kase.all("CodeRef").size();
        if (codeRefs > 0) {
            result.warnings.add("case '" + name + "': " + codeRefs + " CodeRef(s) not imported (a Gloss case holds documents"
                    + " and ranges of them)");
        }
        result.cases.add(new ImportedProject.Case(guid, name, kase.childText("Description").orElse(""), attributes, members));
    }

    /** A member the file names but Gloss did not import (a media source, a skipped selection): a warning; an unknown GUID: an error. */
    private void skippedMember(String owner, String element, String guid) {
        if (!knows(guid)) {
            throw RefiQdaErrors.danglingReference(WHAT, element, guid);
        }
        result.warnings.add(owner + ": member " + guid + " was not imported; left out");
    }

    private void readSet(Node set) {
        String guid = GuidCheck.normalize(set.attr("guid"));
        String name = Optional.ofNullable(blankToNull(set.attr("name"))).orElse("set " + guid.substring(0, 8)).strip();
        String written = set.childText("Description").orElse("");
        SmartSetDescription.Parsed description = SmartSetDescription.read(written);
        if (description.condition() != null) {
            try {
                SetCondition.parse(description.condition());
            } catch (GlossException unreadable) {
                result.warnings.add("set '" + name + "': smart-set condition not understood (" + unreadable.getMessage()
                        + "); imported as a listed set");
                description = new SmartSetDescription.Parsed(written, null);
            }
        }
        List<String> codes = new ArrayList<>();
        for (Node ref : set.all("MemberCode")) {
            String code = GuidCheck.normalize(ref.attr("targetGUID"));
            if (codeGuids.contains(code)) {
                codes.add(code);
            } else {
                skippedMember("set '" + name + "'", "MemberCode", code);
            }
        }
        List<String> sources = new ArrayList<>();
        for (Node ref : set.all("MemberSource")) {
            String source = GuidCheck.normalize(ref.attr("targetGUID"));
            if (sourceGuids.contains(source)) {
                sources.add(source);
            } else {
                skippedMember("set '" + name + "'", "MemberSource", source);
            }
        }
        int notes = set.all("MemberNote").size();
        if (notes > 0) {
            result.warnings.add("set '" + name + "': " + notes + " MemberNote(s) not imported (Gloss sets hold documents and codes)");
        }
        result.sets.add(new ImportedProject.SourceSet(guid, name, description.description(), description.condition(),
                description.condition() == null ? sources : List.of(), codes));
    }

    private Optional<Map.Entry<String, AttributeValue>> value(Node variableValue) {
        String variableGuid = GuidCheck.normalize(variableValue.child("VariableRef").map(r -> r.attr("targetGUID")).orElse(null));
        String[] variable = variables.get(variableGuid);
        if (variable == null) {
            throw RefiQdaErrors.danglingReference(WHAT, "VariableRef", variableGuid);
        }
        for (Node v : variableValue.children()) {
            String text = v.text() == null ? null : v.text().strip();
            if (v.name().equals("VariableRef") || text == null || text.isEmpty()) {
                continue;
            }
            AttributeValue value = switch (v.name()) {
                case "IntegerValue", "FloatValue" -> new AttributeValue(AttributeType.NUMBER, new BigDecimal(text).toPlainString());
                case "DateValue" -> new AttributeValue(AttributeType.DATE, LocalDate.parse(text.substring(0, 10)).toString());
                default -> AttributeValue.text(v.text());
            };
            return Optional.of(Map.entry(variable[0], value));
        }
        return Optional.empty();
    }

    private void readSources(Node sources) {
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (Node source : sources.children()) {
            if (source.name().equals("TextSource")) {
                readTextSource(source);
            } else {
                skipped.merge(source.name(), 1, Integer::sum);
            }
        }
        skipped.forEach((kind, n) -> result.warnings.add(n + " " + kind + "(s) not imported (Gloss codes text only)"));
    }

    private void readTextSource(Node source) {
        String guid = GuidCheck.normalize(source.attr("guid"));
        String name = Optional.ofNullable(blankToNull(source.attr("name"))).orElse("source " + guid.substring(0, 8)).strip();
        String raw = rawText(source, name);
        if (raw == null) {
            result.warnings.add("source '" + name + "' has no plain text; skipped with its codings");
            return;
        }
        PositionMap positions = new PositionMap(raw, crlfCountsAsOne);
        if (!StoredText.hasContent(positions.storedText())) {
            result.warnings.add("source '" + name + "' has no text (empty, or only white space or control characters);"
                    + " skipped with its codings");
            return;
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        source.all("VariableValue").forEach(v -> value(v).ifPresent(e -> attributes.put(e.getKey(), e.getValue())));
        result.sources.add(new ImportedProject.Source(guid, name, positions.storedText(), attributes));
        sourceGuids.add(guid);
        source.all("NoteRef").forEach(ref -> memo(MemoTarget.DOCUMENT, guid, ref));
        for (Node selection : source.all("PlainTextSelection")) {
            readSelection(guid, name, selection, positions);
        }
        // a Coding directly on the source codes all of it
        for (Node coding : source.all("Coding")) {
            if (positions.storedLength() > 0) {
                addCoding(guid, coding, null, 0, positions.storedLength(), null, List.of());
            }
        }
    }

    private String rawText(Node source, String name) {
        String path = blankToNull(source.attr("plainTextPath"));
        if (path != null) {
            Optional<byte[]> bytes = texts.bytes(name, path);
            if (bytes.isPresent()) {
                return SourceTexts.decode(bytes.get(), name, path);
            }
            result.warnings.add("source '" + name + "': text file " + path + " not found");
        }
        return source.childText("PlainTextContent").orElse(null);
    }

    private void readSelection(String sourceGuid, String sourceName, Node selection, PositionMap positions) {
        String guid = GuidCheck.normalize(selection.attr("guid"));
        long rawStart = Long.parseLong(selection.attr("startPosition").strip());
        long rawEnd = Long.parseLong(selection.attr("endPosition").strip());
        int start = positions.toStored(rawStart);
        int end = positions.toStored(rawEnd);
        if (start < 0 || end < 0 || start >= end || end > positions.storedLength()) {
            result.warnings.add("selection " + guid + " in '" + sourceName + "' [" + rawStart + ", " + rawEnd
                    + ") is outside the text (" + positions.storedLength() + " code points) or empty; skipped");
            return;
        }
        selections.put(guid, new ImportedProject.Member(sourceGuid, start, end));
        String memo = blankToNull(selection.childText("Description").orElse(null));
        List<Node> codings = selection.all("Coding");
        if (codings.isEmpty() && caseSelectionGuids.contains(guid)) {
            return; // a range of a case
        }
        if (codings.isEmpty()) {
            result.warnings.add("selection " + guid + " in '" + sourceName + "' has no coding; skipped");
            return;
        }
        boolean first = true;
        for (Node coding : codings) {
            List<String> keys = first ? List.of(guid) : List.of();
            addCoding(sourceGuid, coding, selection.attr("creatingUser"), start, end, memo, keys);
            first = false;
        }
        selection.all("NoteRef").forEach(ref -> memo(MemoTarget.CODING, guid, ref));
    }

    private void addCoding(String sourceGuid, Node coding, String selectionUser, int start, int end, String memo,
                           List<String> selectionKeys) {
        String codingGuid = GuidCheck.normalize(coding.attr("guid"));
        String codeGuid = GuidCheck.normalize(coding.child("CodeRef").map(r -> r.attr("targetGUID")).orElse(null));
        if (codeGuid == null || !codeGuids.contains(codeGuid)) {
            throw RefiQdaErrors.danglingReference(WHAT, "CodeRef", String.valueOf(codeGuid));
        }
        String user = GuidCheck.normalize(Optional.ofNullable(coding.attr("creatingUser")).orElse(selectionUser));
        if (user != null && !userNames.containsKey(user)) {
            user = null; // QualCoder writes creating users that are not in Users; the coding stays, by an unknown coder
        }
        List<String> keys = new ArrayList<>(selectionKeys);
        keys.add(codingGuid);
        result.codings.add(new ImportedProject.Coding(sourceGuid, codeGuid, user, start, end, memo, keys));
        coding.all("NoteRef").forEach(ref -> memo(MemoTarget.CODING, codingGuid, ref));
    }

    private void readLink(Node link) {
        // NVivo attaches annotations by a Link from the selection to the note rather than a NoteRef
        String target = GuidCheck.normalize(link.attr("targetGUID"));
        String origin = GuidCheck.normalize(link.attr("originGUID"));
        if (target != null && origin != null && notes.containsKey(target)) {
            result.memos.add(new ImportedProject.Memo(MemoTarget.CODING, origin, author(notes.get(target)), noteText(notes.get(target)),
                    target));
            usedNotes.add(target);
        }
    }

    private final java.util.Set<String> usedNotes = new java.util.HashSet<>();

    private void memo(MemoTarget target, String targetGuid, Node noteRef) {
        String noteGuid = GuidCheck.normalize(noteRef.attr("targetGUID"));
        Node note = notes.get(noteGuid);
        if (note == null) {
            throw RefiQdaErrors.danglingReference(WHAT, "NoteRef", noteGuid);
        }
        usedNotes.add(noteGuid);
        String text = noteText(note);
        if (text != null) {
            result.memos.add(new ImportedProject.Memo(target, targetGuid, author(note), text, noteGuid));
        }
    }

    /**
     * A note nothing refers to is a free memo (a journal entry about no object), titled by the
     * note's name; unnamed ones are numbered. Only its creating user can say who wrote it.
     */
    private void addUnreferencedNotes() {
        java.util.Set<String> titles = new java.util.HashSet<>();
        int unnamed = 0;
        for (Map.Entry<String, Node> note : notes.entrySet()) {
            if (!usedNotes.contains(note.getKey())) {
                String text = noteText(note.getValue());
                if (text != null) {
                    String name = blankToNull(note.getValue().attr("name"));
                    String title = name != null ? name.strip() : "Note " + ++unnamed;
                    String unique = title;
                    for (int n = 2; !titles.add(unique); n++) {
                        unique = title + " (" + n + ")";
                    }
                    result.memos.add(new ImportedProject.Memo(MemoTarget.FREE, unique, creator(note.getValue()), text,
                            note.getKey()));
                }
            }
        }
    }

    private String creator(Node note) {
        String user = GuidCheck.normalize(note.attr("creatingUser"));
        return user != null ? userNames.get(user) : null;
    }

    private String author(Node note) {
        String user = GuidCheck.normalize(note.attr("creatingUser"));
        if (user != null && userNames.containsKey(user)) {
            return userNames.get(user);
        }
        return blankToNull(note.attr("name"));
    }

    private String noteText(Node note) {
        Optional<String> inline = note.childText("PlainTextContent");
        if (inline.isPresent()) {
            return inline.get();
        }
        String path = blankToNull(note.attr("plainTextPath"));
        if (path != null) {
            Optional<byte[]> bytes = texts.bytes("note", path);
            if (bytes.isPresent()) {
                return org.gloss.core.importing.StoredText.normalize(SourceTexts.decode(bytes.get(), "note", path));
            }
        }
        result.warnings.add("note " + note.attr("guid") + " has no text; skipped");
        return null;
    }

    boolean knows(String guid) {
        return guids.contains(guid);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
