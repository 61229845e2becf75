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
import org.gloss.api.agreement.Disagreement;
import org.gloss.api.agreement.StudyScope;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cases.CaseSetScope;
import org.gloss.core.cli.ProjectCommand;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gloss disagreements}: every span where the coders differ. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=disagreements")
@Command(name = "disagreements", description = "Every span where some but not all coders applied a code: "
        + "document,code,start,end,text,coders (who have it),others (who do not).")
public class DisagreementsCommand extends ProjectCommand {
    enum Format { csv, json }

    @Mixin CoderOptions coderOptions;
    @Mixin SetOptions setOptions = new SetOptions();
    @Option(names = "--case", paramLabel = "CASE",
            description = "only disagreements that overlap this case's text (repeatable: any of the cases)")
    List<String> cases = new ArrayList<>();
    @Option(names = "--code", paramLabel = "C") List<String> codes;
    @Option(names = "--doc", paramLabel = "D") List<String> documents;
    @Option(names = "--all-documents", description = "also documents some compared coder has not coded at all "
            + "(by default they are left out)") boolean allDocuments;
    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json") Format format;

    @Override
    protected void run(ProjectSession session) throws IOException {
        try {
            CaseSetScope inCases = CaseSetScope.of(session, cases, List.of());
            List<Disagreement> spans = Disagreements.of(StudyLoader.load(session, coderOptions.names(), codes,
                    setOptions.documents(session, documents), allDocuments)).stream()
                    .filter(d -> inCases.includes(d.documentId(), d.start(), d.end())).toList();
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
                context().out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            } else {
                CSVPrinter printer = new CSVPrinter(context().out(), CSVFormat.RFC4180.builder()
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
    }
}
