package org.gloss.suggest.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.suggest.CodeSuggester;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.Suggestion;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.api.suggest.TrainingSet;
import org.gloss.core.cli.GlossCommand;
import org.gloss.core.suggest.MachineCodings;
import org.gloss.core.suggest.ProjectMaterial;
import org.gloss.core.suggest.SuggestErrors;
import org.gloss.model.CodePointText;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gloss suggest}: learns from the named coders and writes the suggestions as a machine
 * coder's codings in one transaction (replacing that machine coder's earlier suggestions for the
 * documents and codes in scope), or lists them with {@code --dry-run}. A {@code GlossCommand} rather
 * than a {@code ProjectCommand}: its project is optional to picocli, so that {@code suggest evaluate P}
 * (whose own {@code P} follows the sub-command) parses.
 */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=suggest")
@Command(name = "suggest", mixinStandardHelpOptions = true, subcommands = EvaluateCommand.class, description = "Suggest codings learned from coders' codings, "
        + "written as a machine coder's (suggest:local), never a person's; 'suggest evaluate' audits the suggester "
        + "(docs/suggestions.md).")
public class SuggestCommand extends GlossCommand {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
    // optional for picocli so that "suggest evaluate ..." does not demand it; checked in call()
    @Parameters(index = "0", arity = "0..1", paramLabel = "P") String project;
    @Mixin SuggestOptions options;
    @Option(names = "--doc", paramLabel = "D", description = "document(s) to suggest for (default: all); repeatable")
    List<String> documents = new ArrayList<>();
    @Option(names = "--as", paramLabel = "suggest:NAME",
            description = "the machine coder the suggestions are written as (default suggest:local, suggest:llm:MODEL)")
    String machineCoder;
    @Option(names = "--dry-run", description = "list the suggestions without writing them") boolean dryRun;

    @Override
    public Integer call() {
        if (project == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'P'");
        }
        SuggestSettings settings = options.settings();
        CommandContext context = context();
        CodeSuggester suggester = SuggestOptions.suggester(context, options.suggester);
        String coder = machineCoder != null ? machineCoder : suggester.machineCoder(settings);
        MachineCodings.checkName(coder, options.learnFrom);
        PrintWriter out = context.out();
        try (ProjectSession session = context.openProject(project)) {
            List<String> teachers = List.copyOf(new LinkedHashSet<>(options.learnFrom));
            ProjectMaterial material = ProjectMaterial.load(session, teachers, options.codes, List.of());
            TrainingSet training = material.trainingSet(teachers, id -> true);
            if (training.documents().isEmpty()) {
                throw SuggestErrors.nothingToLearn(teachers);
            }
            SuggestionModel model = suggester.train(training, settings);
            if (model.codes().isEmpty()) {
                throw SuggestErrors.noCodeLearnable(reasons(model.skipped()));
            }
            List<SuggestionDocument> targets = targets(session, material);
            List<Suggestion> suggestions = suggest(model, targets);
            long teachingDocuments = training.documents().stream().map(d -> d.document().id()).distinct().count();
            out.println("learned " + model.codes().size() + " of " + material.codes().size() + " codes from "
                    + String.join(", ", teachers) + " (" + teachingDocuments + " documents, " + settings.unit().key()
                    + " units): " + model.provenance());
            model.skipped().forEach((code, reason) -> out.println("not learned: " + Visible.of(code) + ": " + reason));
            dropped(out, model.dropped());
            Map<Long, String> names = new LinkedHashMap<>();
            targets.forEach(d -> names.put(d.id(), d.name()));
            if (dryRun) {
                list(out, suggestions, targets);
                out.println(suggestions.size() + " suggestions for " + targets.size() + " documents (dry run: nothing written)");
                return 0;
            }
            Set<Long> documentIds = names.keySet();
            MachineCodings.Written written = MachineCodings.write(session, coder, suggestions, documentIds,
                    material.codeIds(), suggester.id() + ": " + model.provenance());
            counts(out, suggestions);
            out.println("wrote " + written.added() + " suggestions for " + targets.size() + " documents as "
                    + Visible.of(coder) + (written.replaced() > 0 ? " (replacing " + written.replaced()
                    + " earlier suggestions)" : "") + "; compare: gloss agree " + project + " --coders "
                    + Visible.of(coder) + "," + teachers.get(0) + " --unit " + settings.unit().key());
        }
        return 0;
    }

    private List<SuggestionDocument> targets(ProjectSession session, ProjectMaterial material) {
        if (documents.isEmpty()) {
            return material.documents();
        }
        List<SuggestionDocument> targets = new ArrayList<>();
        for (String name : new LinkedHashSet<>(documents)) {
            targets.add(material.document(session.documents().get(name).id()));
        }
        return targets;
    }

    /** Suggestions for every document, in document order (the model is immutable: documents are scored in parallel). */
    private List<Suggestion> suggest(SuggestionModel model, List<SuggestionDocument> targets) {
        List<List<Suggestion>> perDocument = targets.parallelStream().map(d -> model.suggest(d, options.minScore)).toList();
        List<Suggestion> all = new ArrayList<>();
        perDocument.forEach(all::addAll);
        return all;
    }

    private static void list(PrintWriter out, List<Suggestion> suggestions, List<SuggestionDocument> targets) {
        Map<Long, SuggestionDocument> byId = new LinkedHashMap<>();
        targets.forEach(d -> byId.put(d.id(), d));
        Map<Long, CodePointText> texts = new LinkedHashMap<>();
        for (Suggestion s : suggestions) {
            SuggestionDocument d = byId.get(s.documentId());
            CodePointText text = texts.computeIfAbsent(d.id(), id -> new CodePointText(d.text()));
            out.println(Visible.of(d.name()) + "\t" + Visible.of(s.code()) + "\t" + s.start() + "\t" + s.end() + "\t"
                    + MachineCodings.score(s.score()) + "\t" + Visible.excerpt(text.substring(s.start(), s.end()), 60)
                    + "\t" + Visible.of(String.join(", ", s.reasons())));
        }
    }

    /** "dropped 3 of the model's spans: 2 quote not in the text, 1 unknown code". */
    private static void dropped(PrintWriter out, Map<String, Long> dropped) {
        long total = dropped.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            List<String> parts = new ArrayList<>();
            dropped.forEach((reason, n) -> parts.add(n + " " + reason));
            out.println("dropped " + total + " of the model's spans: " + String.join(", ", parts));
        }
    }

    private static void counts(PrintWriter out, List<Suggestion> suggestions) {
        Map<String, Integer> perCode = new LinkedHashMap<>();
        suggestions.forEach(s -> perCode.merge(s.code(), 1, Integer::sum));
        perCode.forEach((code, n) -> out.println("  " + Visible.of(code) + ": " + n));
    }

    private static String reasons(Map<String, String> skipped) {
        List<String> parts = new ArrayList<>();
        skipped.forEach((code, reason) -> parts.add(code + " (" + reason + ")"));
        return String.join("; ", parts);
    }
}
