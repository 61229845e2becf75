package org.gloss.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.importing.FileErrors;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Document;

/**
 * Reads codings from CSV ({@code document,coder,code,start,end[,memo]}) into a project in one
 * transaction: any bad line stops the import, names the line, and nothing of the file is written.
 * Unknown codes and coders are created (inside the same transaction).
 */
final class CodingCsvImport {
    static final String HEADER = "document,coder,code,start,end[,memo]";

    private final ProjectSession project;
    private final Path file;

    CodingCsvImport(ProjectSession project, Path file) {
        this.project = project;
        this.file = file;
    }

    int run() {
        return project.inTransaction(() -> {
            Map<String, Document> documents = project.documents().list().stream()
                    .collect(Collectors.toMap(Document::name, Function.identity()));
            Map<String, Long> codes = new HashMap<>(project.codebook().list().stream()
                    .collect(Collectors.toMap(Code::name, Code::id)));
            Map<String, Long> coders = new HashMap<>(project.coders().list().stream()
                    .collect(Collectors.toMap(Coder::name, Coder::id)));
            List<NewCoding> codings = new ArrayList<>();
            List<CsvFile.Line> lines = CsvFile.read(file);
            if (lines.isEmpty()) {
                throw FileErrors.badCsvHeader(file, HEADER);
            }
            checkHeader(lines.get(0).record());
            for (CsvFile.Line line : lines.subList(1, lines.size())) {
                CSVRecord record = line.record();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // blank line
                }
                codings.add(parse(record, line.number(), documents, codes, coders));
            }
            return project.codings().addAll(codings);
        });
    }

    private void checkHeader(CSVRecord record) {
        List<String> names = record.toList().stream().map(String::strip).toList();
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names = new ArrayList<>(names);
            names.set(0, names.get(0).substring(1));
        }
        List<String> expected = List.of("document", "coder", "code", "start", "end");
        boolean ok = names.size() >= 5 && names.size() <= 6 && names.subList(0, 5).equals(expected)
                && (names.size() == 5 || names.get(5).equals("memo"));
        if (!ok) {
            throw FileErrors.badCsvHeader(file, HEADER);
        }
    }

    private NewCoding parse(CSVRecord record, long line, Map<String, Document> documents, Map<String, Long> codes,
                            Map<String, Long> coders) {
        if (record.size() < 5 || record.size() > 6) {
            throw FileErrors.badCsvLine(file, line, "expected 5 or 6 fields, found " + record.size());
        }
        Document document = documents.get(record.get(0));
        if (document == null) {
            throw FileErrors.badCsvLine(file, line, "unknown document '" + record.get(0) + "'");
        }
        int start = integer(record.get(3), "start", line);
        int end = integer(record.get(4), "end", line);
        if (start < 0 || start >= end) {
            throw FileErrors.badCsvLine(file, line, "start (" + start + ") must be at least 0 and less than end (" + end + ")");
        }
        if (end > document.length()) {
            throw FileErrors.badCsvLine(file, line, "end " + end + " is past the end of document '" + document.name()
                    + "' (length " + document.length() + " code points)");
        }
        String coderName = nonBlank(record.get(1), "coder", line);
        String codeName = nonBlank(record.get(2), "code", line);
        long coderId = coders.computeIfAbsent(coderName, name -> project.coders().getOrCreate(name).id());
        long codeId = codes.computeIfAbsent(codeName, name -> project.codebook().add(name, null, null, null).id());
        String memo = record.size() == 6 && !record.get(5).isEmpty() ? record.get(5) : null;
        return new NewCoding(document.id(), codeId, coderId, start, end, memo);
    }

    private String nonBlank(String value, String field, long line) {
        if (value.isBlank()) {
            throw FileErrors.badCsvLine(file, line, field + " is empty");
        }
        return value;
    }

    private int integer(String value, String field, long line) {
        String digits = value.strip();
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            if (digits.matches("[+-]?\\d+")) {
                throw FileErrors.badCsvLine(file, line, field + " " + digits + " is out of range (offsets are 0 to "
                        + Integer.MAX_VALUE + ")");
            }
            throw FileErrors.badCsvLine(file, line, field + " '" + Terminal.visible(value) + "' is not a whole number");
        }
    }

}
