package org.gloss.analysis.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gloss.analysis.internal.AnalysisErrors;
import org.gloss.api.analysis.WordCount;
import org.gloss.api.analysis.WordForm;
import org.gloss.api.analysis.WordFrequencies;
import org.gloss.api.analysis.WordRequest;
import org.gloss.api.analysis.WordTable;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gloss words P}: word frequencies from the search index. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=words")
@Command(name = "words", description = {
        "Word frequencies of the documents, a code's segments or a speaker's turns, from the search index:",
        "inflected forms count as one word (en/ru/kk stemming) unless --no-stem; JSON: a list of {word, count,",
        "documents, forms}, most frequent first. Words are shown as the index keeps them (lower case, folded)."})
public class WordsCommand extends ProjectCommand {
    @Mixin FilterOptions filter = new FilterOptions();
    @Option(names = "--code", paramLabel = "C", description = "only words inside segments of this code (and its sub-codes)")
    String code;
    @Option(names = "--speaker", paramLabel = "S", description = "only words inside this speaker's transcript turns")
    String speaker;
    @Option(names = "--no-stem", description = "count every form on its own") boolean noStem;
    @Option(names = "--stop-words", paramLabel = "LANG|FILE",
            description = "leave out the stop words of a language (en, ru, kk; auto: each document's own) or of a file"
                    + " with one word per line (# comments); repeatable")
    List<String> stopWords = new ArrayList<>();
    @Option(names = "--top", paramLabel = "N", defaultValue = "0", description = "only the N most frequent words")
    int top;
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json|xlsx") ResultOutput.Format format;
    @Option(names = "--out", paramLabel = "F", description = "write to a file (csv, xlsx or json)") Path out;
    @Option(names = "--force", description = "replace an existing --out file") boolean force;
    @Spec CommandSpec spec;

    private WordFrequencies words;
    private WordRequest request;

    @Override
    protected void checkArguments() {
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "--top must not be negative: " + top);
        }
        words = Services.words(context());
        List<String> lists = new ArrayList<>();
        Set<String> ownWords = new HashSet<>();
        for (String given : stopWords) {
            String code = given.strip().toLowerCase(Locale.ROOT);
            if (code.equals("auto") || words.stopListLanguages().contains(code)) {
                lists.add(code);
            } else {
                ownWords.addAll(readList(given, words.stopListLanguages()));
            }
        }
        request = new WordRequest(filter.filter(Services.analysis(context())), code, speaker, !noStem, lists, ownWords, top);
    }

    @Override
    protected void run(ProjectSession session) {
        WordTable table = words.count(session, request);
        ResultOutput.emit(context(), format, List.of(Services.tables(context()).of(table)), json(table), out, force, project());
        if (format == ResultOutput.Format.table && out == null) {
            context().out().printf("%d word%s, %d distinct, in %d document%s%n", table.totalWords(),
                    table.totalWords() == 1 ? "" : "s", table.distinct(), table.documents(), table.documents() == 1 ? "" : "s");
        }
    }

    private static List<String> readList(String file, List<String> languages) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw AnalysisErrors.badStopList(file, languages);
        }
        try {
            List<String> words = new ArrayList<>();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return words;
        } catch (IOException e) {
            throw AnalysisErrors.cannotRead(file, String.valueOf(e.getMessage()));
        }
    }

    private static List<Map<String, Object>> json(WordTable table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WordCount w : table.words()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("word", w.word());
            row.put("count", w.count());
            row.put("documents", w.documents());
            row.put("forms", w.forms().stream().map(WordForm::form).toList());
            rows.add(row);
        }
        return rows;
    }
}
