package org.gloss.analysis.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gloss.analysis.internal.AnalysisErrors;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.api.analysis.CooccurrencePair;
import org.gloss.api.analysis.CooccurrenceRequest;
import org.gloss.api.analysis.CooccurrenceTable;
import org.gloss.api.analysis.Proximity;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.exporter.ResultTable;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gloss cooccurrence P}: how often codes occur together. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=cooccurrence")
@Command(name = "cooccurrence", description = {
        "For every pair of codes: pairs (segment pairs in the same document, by the same coder with --same-coder),",
        "documents, ATLAS.ti's c-coefficient pairs/(n1+n2-pairs) on segments and Jaccard on code points.",
        "JSON: a list of {a, b, pairs, documents, c, jaccard}, a before b in codebook order, pairs > 0 only."})
public class CooccurrenceCommand extends ProjectCommand {
    private static final Pattern NEAR = Pattern.compile("near:(\\d{1,9})([sp]?)");

    /** overlap, near:N, near:Ns, near:Np, sentence, paragraph, document. */
    static Proximity proximity(String by) {
        String b = by.strip().toLowerCase(Locale.ROOT);
        switch (b) {
            case "overlap":
                return Proximity.OVERLAP;
            case "sentence":
                return new Proximity(Proximity.Kind.SENTENCE, 0);
            case "paragraph":
                return new Proximity(Proximity.Kind.PARAGRAPH, 0);
            case "document":
                return Proximity.DOCUMENT;
            default:
                Matcher m = NEAR.matcher(b);
                if (!m.matches()) {
                    throw AnalysisErrors.badProximity(by);
                }
                int n = Integer.parseInt(m.group(1));
                return switch (m.group(2)) {
                    case "s" -> new Proximity(Proximity.Kind.SENTENCE, n);
                    case "p" -> new Proximity(Proximity.Kind.PARAGRAPH, n);
                    default -> new Proximity(Proximity.Kind.NEAR, n);
                };
        }
    }

    @Option(names = "--code", paramLabel = "C", description = "relate only these codes (repeatable; default: all)")
    List<String> codes = new ArrayList<>();
    @Mixin FilterOptions filter = new FilterOptions();
    @Option(names = "--by", defaultValue = "overlap", paramLabel = "overlap|near:N|sentence|paragraph|document",
            description = "when two segments occur together: sharing a code point (default), at most N code points apart"
                    + " (near:Ns / near:Np: N sentences / paragraphs apart), in the same sentence, paragraph or document")
    String by;
    @Option(names = "--square", paramLabel = "pairs|documents|c|jaccard",
            description = "print the code x code table of one measure instead of the list of pairs")
    String square;
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json|xlsx") ResultOutput.Format format;
    @Option(names = "--out", paramLabel = "F", description = "write to a file (csv, xlsx or json)") Path out;
    @Option(names = "--force", description = "replace an existing --out file") boolean force;

    private CooccurrenceRequest request;

    @Override
    protected void checkArguments() {
        request = new CooccurrenceRequest(codes, filter.filter(Services.analysis(context())), proximity(by));
    }

    @Override
    protected void run(ProjectSession session) {
        CooccurrenceTable table = Services.analysis(context()).open(session).cooccurrence(request);
        AnalysisTables tables = Services.tables(context());
        ResultTable shown = square == null ? tables.of(table) : tables.square(table, square.strip().toLowerCase(Locale.ROOT));
        List<ResultTable> all = format == ResultOutput.Format.xlsx && square == null
                ? List.of(shown, tables.square(table, "pairs"), tables.square(table, "c"), tables.square(table, "jaccard"))
                : List.of(shown);
        ResultOutput.emit(context(), format, all, square == null ? json(table) : json(shown), out, force, project());
    }

    private static List<Map<String, Object>> json(CooccurrenceTable table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CooccurrencePair p : table.pairs()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("a", p.a());
            row.put("b", p.b());
            row.put("pairs", p.pairs());
            row.put("documents", p.documents());
            row.put("c", p.c());
            row.put("jaccard", p.jaccard());
            rows.add(row);
        }
        return rows;
    }

    /** A square table as {"codes": [...], "cells": [[...]]}. */
    private static Map<String, Object> json(ResultTable square) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("codes", square.columns().subList(1, square.columns().size()));
        List<List<Object>> cells = new ArrayList<>();
        square.rows().forEach(r -> cells.add(r.subList(1, r.size())));
        json.put("cells", cells);
        return json;
    }
}
