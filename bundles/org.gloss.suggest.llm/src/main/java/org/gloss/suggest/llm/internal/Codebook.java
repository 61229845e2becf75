package org.gloss.suggest.llm.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.gloss.api.suggest.CodeDescription;
import org.gloss.api.suggest.CodeSpan;
import org.gloss.api.suggest.TrainingDocument;
import org.gloss.api.suggest.TrainingSet;
import org.gloss.model.CodePointText;

/**
 * The instruction a language model gets: the codebook (each code's name and description) with up
 * to {@code examples} coded segments per code, taken from the teachers' codings (distinct texts,
 * chosen by the seed, so the same seed gives the same instruction), and the form of the answer.
 */
final class Codebook {
    /** An example longer than this many code points is cut (with an ellipsis): it illustrates, it is not matched. */
    static final int EXAMPLE_LENGTH = 300;

    private final List<CodeDescription> codes;
    private final Map<String, List<String>> examples;

    private Codebook(List<CodeDescription> codes, Map<String, List<String>> examples) {
        this.codes = List.copyOf(codes);
        this.examples = examples;
    }

    static Codebook of(TrainingSet training, int perCode, long seed) {
        Map<String, Set<String>> segments = new LinkedHashMap<>();
        training.codes().forEach(c -> segments.put(c.name(), new LinkedHashSet<>()));
        for (TrainingDocument document : training.documents()) {
            CodePointText text = new CodePointText(document.document().text());
            for (CodeSpan span : document.codings()) {
                Set<String> set = segments.get(span.code());
                if (set != null) {
                    String segment = text.substring(span.start(), span.end()).strip().replaceAll("\\s+", " ");
                    if (!segment.isEmpty()) {
                        set.add(segment);
                    }
                }
            }
        }
        Map<String, List<String>> examples = new LinkedHashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        segments.forEach((code, set) -> examples.put(code, choose(new ArrayList<>(set), perCode, random.split())));
        return new Codebook(training.codes(), examples);
    }

    private static List<String> choose(List<String> segments, int n, SplittableRandom random) {
        for (int i = segments.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = segments.get(i);
            segments.set(i, segments.get(j));
            segments.set(j, t);
        }
        return segments.subList(0, Math.min(n, segments.size())).stream().map(Codebook::cut).toList();
    }

    private static String cut(String segment) {
        int length = segment.codePointCount(0, segment.length());
        return length <= EXAMPLE_LENGTH ? segment : segment.substring(0, segment.offsetByCodePoints(0, EXAMPLE_LENGTH - 1)) + "…";
    }

    List<String> codeNames() {
        return codes.stream().map(CodeDescription::name).toList();
    }

    /** Examples shown, over all codes. */
    int exampleCount() {
        return examples.values().stream().mapToInt(List::size).sum();
    }

    /** The system message. */
    String instruction() {
        StringBuilder sb = new StringBuilder();
        sb.append("You assist a qualitative researcher who codes texts with a codebook. Apply the codebook to the text ")
                .append("the user sends and find every passage to which a code applies.\n\nCodebook:\n");
        for (CodeDescription code : codes) {
            sb.append("- ").append(code.name());
            String description = code.description() == null ? "" : code.description().strip();
            sb.append(description.isEmpty() ? "\n" : ": " + description.replaceAll("\\s+", " ") + "\n");
            for (String example : examples.getOrDefault(code.name(), List.of())) {
                sb.append("  Example of a coded passage: \"").append(example).append("\"\n");
            }
        }
        sb.append("\nAnswer with JSON only, in this form:\n")
                .append("{\"codings\": [{\"code\": \"<code name exactly as in the codebook>\", ")
                .append("\"quote\": \"<the passage, copied character for character from the text>\", ")
                .append("\"reason\": \"<one sentence: why the code applies>\"}]}\n")
                .append("Quote whole sentences or clauses, each passage once per code, and only codes from the codebook. ")
                .append("If no code applies, answer {\"codings\": []}.");
        return sb.toString();
    }
}
