package org.gloss.agreement.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gloss.api.agreement.Disagreement;
import org.gloss.api.agreement.StudyScope;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.store.ProjectSession;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss disagreements}: every span where the coders differ. */
@Command(name = "disagreements", description = "Every span where some but not all coders applied a code: "
        + "document,code,start,end,text,coders (who have it),others (who do not).")
final class DisagreementsCommand implements Callable<Integer> {
    enum Format { csv, json }

    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "P") String project;
    @Mixin CoderOptions coderOptions;
    @Option(names = "--code", paramLabel = "C") List<String> codes;
    @Option(names = "--doc", paramLabel = "D") List<String> documents;
    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json") Format format;

    DisagreementsCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        try (ProjectSession session = context.openProject(project)) {
            List<Disagreement> spans = Disagreements.of(StudyLoader.load(session, coderOptions.names(), codes, documents));
            if (format == Format.json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Disagreement s : spans) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("document", s.document());
                    row.put("code", s.code());
                    row.put("start", s.start());
                    row.put("end", s.end());
                    row.put("text", s.text());
                    row.put("coders", s.coders());
                    row.put("others", s.others());
                    rows.add(row);
                }
                context.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            } else {
                CSVPrinter printer = new CSVPrinter(context.out(), CSVFormat.RFC4180.builder()
                        .setHeader("document", "code", "start", "end", "text", "coders", "others").build());
                for (Disagreement s : spans) {
                    printer.printRecord(Arrays.asList(s.document(), s.code(), s.start(), s.end(), s.text(),
                            String.join(";", s.coders()), String.join(";", s.others())));
                }
                printer.flush();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return 0;
    }
}
