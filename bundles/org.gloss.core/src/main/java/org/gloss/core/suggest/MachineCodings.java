package org.gloss.core.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.suggest.Suggestion;
import org.gloss.model.Coder;
import org.gloss.model.Coding;

/**
 * Writes suggestions as the codings of a machine coder, in one transaction: the machine coder's
 * earlier codings of the documents and codes in scope are replaced (a new run supersedes the old
 * one; what a person accepted was copied to that person's coder and stays). Each coding's memo
 * records where it came from, its score and its reasons.
 */
public final class MachineCodings {
    /** Every machine coder's name starts with it, so no suggestion is ever taken for a person's coding. */
    public static final String PREFIX = "suggest:";

    private MachineCodings() {
    }

    /** What writing did. */
    public record Written(int added, int replaced) {
    }

    /** Fails unless {@code name} is a machine coder's name and not one of the teachers. */
    public static void checkName(String name, Collection<String> learnFrom) {
        if (name == null || !name.startsWith(PREFIX) || name.length() == PREFIX.length() || !name.strip().equals(name)) {
            throw SuggestErrors.machineCoderName(name);
        }
        if (learnFrom.contains(name)) {
            throw SuggestErrors.machineCoderIsTeacher(name);
        }
    }

    /** Whether a coder is a machine coder (by its name). */
    public static boolean isMachine(String coderName) {
        return coderName.startsWith(PREFIX);
    }

    public static Written write(ProjectSession session, String machineCoder, List<Suggestion> suggestions,
                                Set<Long> documentIds, Map<String, Long> codeIds, String provenance) {
        return session.inTransaction(() -> {
            Coder coder = session.coders().getOrCreate(machineCoder);
            int replaced = 0;
            for (Coding old : session.codings().list(new CodingFilter(null, null, coder.id()))) {
                if (documentIds.contains(old.documentId()) && codeIds.containsValue(old.codeId())) {
                    session.codings().remove(old.id());
                    replaced++;
                }
            }
            List<NewCoding> codings = new ArrayList<>(suggestions.size());
            for (Suggestion s : suggestions) {
                codings.add(new NewCoding(s.documentId(), codeIds.get(s.code()), coder.id(), s.start(), s.end(),
                        memo(machineCoder, provenance, s)));
            }
            session.codings().addAll(codings);
            return new Written(codings.size(), replaced);
        });
    }

    /**
     * "Suggested by suggest:local (logistic regression ...), score 0.93; words: debt, loan", or for
     * an unscored suggestion (a language model's) "Suggested by suggest:llm:M (...); reason: ...".
     */
    public static String memo(String machineCoder, String provenance, Suggestion s) {
        String by = "Suggested by " + machineCoder + " (" + provenance + ")";
        if (!s.scored()) {
            return by + (s.reasons().isEmpty() ? "" : "; reason: " + String.join("; ", s.reasons()));
        }
        return by + ", score " + score(s.score())
                + (s.reasons().isEmpty() ? "" : "; words: " + String.join(", ", s.reasons()));
    }

    /** A score as shown everywhere: two decimals, a point; "-" for an unscored suggestion. */
    public static String score(double score) {
        return Double.isNaN(score) ? "-" : String.format(Locale.ROOT, "%.2f", score);
    }
}
