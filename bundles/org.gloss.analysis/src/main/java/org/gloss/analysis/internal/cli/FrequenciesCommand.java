package org.gloss.analysis.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gloss.analysis.internal.AnalysisErrors;
import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.FrequencyBy;
import org.gloss.api.analysis.FrequencyRequest;
import org.gloss.api.analysis.FrequencyTable;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.exporter.ResultTable;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gloss frequencies P}: codings, documents, coded text and words per code, coder, document or attribute value. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=frequencies")
@Command(name = "frequencies", description = {
        "Codings, documents, coded code points, share of the text coded and words per coded segment,",
        "by code (with sub-code roll-up), coder, document or attribute value, and the total."})
public class FrequenciesCommand extends ProjectCommand {
    @Mixin FilterOptions filter = new FilterOptions();
    @Option(names = "--by", defaultValue = "code", paramLabel = "code|coder|document|attr:KEY") String by;
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json|xlsx") ResultOutput.Format format;
    @Option(names = "--out", paramLabel = "F", description = "write to a file (csv, xlsx or json)") Path out;
    @Option(names = "--force", description = "replace an existing --out file") boolean force;

    private FrequencyRequest request;

    @Override
    protected void checkArguments() {
        String b = by.strip().toLowerCase(Locale.ROOT);
        AnalysisFilter scope = filter.filter(Services.analysis(context()));
        if (b.startsWith("attr:") && b.length() > 5) {
            request = new FrequencyRequest(FrequencyBy.ATTRIBUTE, by.strip().substring(5).strip(), scope);
        } else {
            FrequencyBy kind = switch (b) {
                case "code" -> FrequencyBy.CODE;
                case "coder" -> FrequencyBy.CODER;
                case "document" -> FrequencyBy.DOCUMENT;
                default -> throw AnalysisErrors.badFrequencyRows(by);
            };
            request = new FrequencyRequest(kind, null, scope);
        }
    }

    @Override
    protected void run(ProjectSession session) {
        FrequencyTable table = Services.analysis(context()).open(session).frequencies(request);
        ResultTable shown = Services.tables(context()).of(table);
        ResultOutput.emit(context(), format, List.of(shown), json(shown), out, force, project());
    }

    /** {"rows": [{column: value}...], "total": {...}}: the table's last row is the total. */
    private static Map<String, Object> json(ResultTable table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int c = 0; c < row.size(); c++) {
                object.put(table.columns().get(c), row.get(c));
            }
            rows.add(object);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows", rows.subList(0, rows.size() - 1));
        json.put("total", rows.get(rows.size() - 1));
        return json;
    }
}
