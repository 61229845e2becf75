package org.gloss.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.importing.FileErrors;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.Document;

/**
 * Reads attributes of documents or cases (the classification sheet) from CSV in one transaction.
 * The first column names the document or case;
 * every other column is an attribute whose header is {@code key} or {@code key:type}. A column
 * without a declared type gets the type all its cells agree on (every cell a date: date; every
 * cell a number: number; otherwise text), so "12" in an otherwise textual column stays text.
 */
final class AttributeCsvImport {
    /** @param described how many documents (or cases) got values */
    record Result(int described, int values) {
    }

    private record Column(String key, AttributeType declared) {
    }

    private record Row(long line, long id, List<String> cells) {
    }

    /** What the rows describe: documents or cases, found by name. */
    interface Described {
        String noun();

        Optional<Long> find(String name);

        void set(long id, String key, AttributeValue value);

        static Described documents(ProjectSession project) {
            return new Described() {
                @Override
                public String noun() {
                    return "document";
                }

                @Override
                public Optional<Long> find(String name) {
                    return project.documents().find(name).map(Document::id);
                }

                @Override
                public void set(long id, String key, AttributeValue value) {
                    project.documents().setAttribute(id, key, value);
                }
            };
        }

        static Described cases(ProjectSession project) {
            return new Described() {
                @Override
                public String noun() {
                    return "case";
                }

                @Override
                public Optional<Long> find(String name) {
                    return project.cases().find(name).map(Case::id);
                }

                @Override
                public void set(long id, String key, AttributeValue value) {
                    project.cases().setAttribute(id, key, value);
                }
            };
        }
    }

    private final ProjectSession project;
    private final Path file;
    private final Described described;

    AttributeCsvImport(ProjectSession project, Path file) {
        this(project, file, Described.documents(project));
    }

    AttributeCsvImport(ProjectSession project, Path file, Described described) {
        this.project = project;
        this.file = file;
        this.described = described;
    }

    Result run() {
        List<Column> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (CsvFile.Line csv : CsvFile.read(file)) {
            CSVRecord record = csv.record();
            long line = csv.number();
            if (columns.isEmpty()) {
                columns.addAll(header(record));
                continue;
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue; // blank line
            }
            if (record.size() != columns.size() + 1) {
                throw FileErrors.badCsvLine(file, line, "expected " + (columns.size() + 1) + " fields, found " + record.size());
            }
            long id = described.find(record.get(0)).orElseThrow(() -> FileErrors.badCsvLine(file, line,
                    "unknown " + described.noun() + " '" + Terminal.visible(record.get(0)) + "'"));
            rows.add(new Row(line, id, record.toList().subList(1, record.size())));
        }
        if (columns.isEmpty()) {
            throw FileErrors.badCsvHeader(file, described.noun() + ",KEY[:text|number|date],...");
        }
        List<AttributeType> types = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            types.add(columns.get(c).declared() != null ? columns.get(c).declared() : inferred(rows, c));
        }
        return project.inTransaction(() -> {
            Set<Long> described = new HashSet<>();
            int values = 0;
            for (Row row : rows) {
                for (int c = 0; c < columns.size(); c++) {
                    String cell = row.cells().get(c);
                    if (cell.isBlank()) {
                        continue;
                    }
                    String key = columns.get(c).key();
                    AttributeValue value;
                    try {
                        value = AttributeValue.parse(types.get(c), cell);
                    } catch (IllegalArgumentException e) {
                        throw FileErrors.badCsvLine(file, row.line(), "attribute '" + Terminal.visible(key) + "': " + Terminal.visible(e.getMessage())
                                + " (type " + types.get(c).name().toLowerCase(Locale.ROOT) + ")");
                    }
                    this.described.set(row.id(), key, value);
                    described.add(row.id());
                    values++;
                }
            }
            return new Result(described.size(), values);
        });
    }

    private List<Column> header(CSVRecord record) {
        if (record.size() < 2) {
            throw FileErrors.badCsvHeader(file, described.noun() + ",KEY[:text|number|date],...");
        }
        List<Column> columns = new ArrayList<>();
        for (String name : record.toList().subList(1, record.size())) {
            String key = name.strip();
            AttributeType declared = null;
            int colon = key.lastIndexOf(':');
            if (colon > 0) {
                String type = key.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
                try {
                    declared = AttributeType.valueOf(type);
                    key = key.substring(0, colon).strip();
                } catch (IllegalArgumentException notAType) {
                    throw FileErrors.badCsvLine(file, 1, "column '" + Terminal.visible(name) + "': type must be text, number or date");
                }
            }
            if (key.isEmpty()) {
                throw FileErrors.badCsvLine(file, 1, "a column has no attribute name");
            }
            String sameKey = key;
            if (columns.stream().anyMatch(c -> c.key().equals(sameKey))) {
                throw FileErrors.badCsvLine(file, 1, "attribute '" + Terminal.visible(key) + "' has two columns; give each attribute one");
            }
            columns.add(new Column(key, declared));
        }
        return columns;
    }

    private static AttributeType inferred(List<Row> rows, int column) {
        Set<AttributeType> seen = new HashSet<>();
        for (Row row : rows) {
            String cell = row.cells().get(column);
            if (!cell.isBlank()) {
                seen.add(AttributeValue.infer(cell).type());
            }
        }
        return seen.size() == 1 ? seen.iterator().next() : AttributeType.TEXT;
    }


}
