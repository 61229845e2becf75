package org.gloss.agreement.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gloss adjudication-log}: export the adjudication log. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=adjudication-log")
@Command(name = "adjudication-log", description = "List every adjudication decision, oldest first.")
public class AdjudicationLogCommand extends ProjectCommand {
    enum Format { csv, json }

    static final List<String> HEADER = List.of("id", "decided_at", "decided_by", "document", "code", "start", "end", "coders",
            "consensus", "outcome", "rule", "note");

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json") Format format;

    static List<Object> row(AdjudicationDecision d) {
        return Arrays.asList(d.id(), String.valueOf(d.decidedAt()), nullToEmpty(d.decidedBy()), d.document(), d.code(), d.start(),
                d.end(), String.join(",", d.coders()), d.consensus(), d.outcome().name().toLowerCase(java.util.Locale.ROOT),
                d.rule(), nullToEmpty(d.note()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    protected void run(ProjectSession session) {
        try {
            List<AdjudicationDecision> log = session.adjudications().list();
            if (format == Format.json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (AdjudicationDecision d : log) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    List<Object> values = row(d);
                    for (int i = 0; i < HEADER.size(); i++) {
                        m.put(HEADER.get(i), HEADER.get(i).equals("coders") ? d.coders() : values.get(i));
                    }
                    rows.add(m);
                }
                context().out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            } else {
                CSVPrinter printer = new CSVPrinter(context().out(),
                        CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).build());
                for (AdjudicationDecision d : log) {
                    printer.printRecord(row(d));
                }
                printer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
