package org.gloss.analysis.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.api.analysis.DocumentNamed;
import org.gloss.api.analysis.InCase;
import org.gloss.api.analysis.InSet;

import picocli.CommandLine.Option;

/** The filter options every analysis command takes: coders, documents, attribute values and ranges, cases and sets. */
final class FilterOptions {
    static final String ANY = "any";

    @Option(names = "--coder", split = ",", paramLabel = "X|any",
            description = "only these coders' codings (repeatable or comma-separated); 'any' (the default) pools every coder")
    List<String> coders = new ArrayList<>();
    @Option(names = "--same-coder", description = "keep coders apart: combine only one coder's codings at a time")
    boolean sameCoder;
    @Option(names = "--doc", paramLabel = "D", description = "only this document (repeatable: any of them)")
    List<String> documents = new ArrayList<>();
    @Option(names = "--attr", paramLabel = "KEY=VALUE|KEY=MIN..MAX",
            description = "only documents with this attribute value, or a number or date (yyyy-MM-dd) in this inclusive"
                    + " range (either bound may be left out); repeatable: values of one key are alternatives, keys must all match")
    List<String> attributes = new ArrayList<>();
    @Option(names = "--case", paramLabel = "CASE",
            description = "only the text of this case: codings that overlap it (repeatable: any of the cases)")
    List<String> cases = new ArrayList<>();
    @Option(names = "--set", paramLabel = "SET",
            description = "only documents of this set (repeatable: any of the sets; with --case, both must hold)")
    List<String> sets = new ArrayList<>();

    /** The coder names given, without 'any'. */
    List<String> coderNames() {
        List<String> names = new ArrayList<>();
        for (String c : coders) {
            if (!c.strip().equalsIgnoreCase(ANY)) {
                names.add(c.strip());
            }
        }
        return names;
    }

    AnalysisFilter filter(AnalysisService analysis) {
        List<DocumentCondition> conditions = new ArrayList<>();
        documents.forEach(d -> conditions.add(new DocumentNamed(d)));
        for (String a : attributes) {
            conditions.add(analysis.attributeCondition(a));
        }
        cases.forEach(c -> conditions.add(new InCase(c)));
        sets.forEach(s -> conditions.add(new InSet(s)));
        return new AnalysisFilter(coderNames(), sameCoder, conditions);
    }
}
