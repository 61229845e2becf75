package org.gloss.ui.cases.internal;

import java.nio.file.Path;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/**
 * A real SQLite project: Aida's interview (an emoji first, so code points and UTF-16 differ), her
 * follow-up and Bek's interview, each with a country; five codings placed around the passage the
 * test makes a case range of (inside it, partly inside, only touching its end, after it) and one
 * in each other document.
 */
final class CasesFixture {
    static final String INTERVIEW = "😀 Interviewer: how is the harvest?\n\n"
            + "Aida: The debt worries me. We borrowed for seed.\n\n"
            + "Interviewer: and the bank?\n\nAida: The bank was kind at first.\n";
    static final String FOLLOW_UP = "Aida: We repaid half of the loan.\n";
    static final String BEK = "Bek: We never borrow from the bank.\n";
    /** The passage the test adds to case Aida as a range. */
    static final String PASSAGE = "The debt worries me. We borrowed for seed.";

    private CasesFixture() {
    }

    static Path create(Path dir) {
        Path project = dir.resolve("project.gloss");
        try (ProjectSession session = new SqliteStoreProvider().create(project.toString())) {
            long interview = session.documents().add(new NewDocument("aida interview", INTERVIEW)).id();
            long followUp = session.documents().add(new NewDocument("aida follow-up", FOLLOW_UP)).id();
            long bek = session.documents().add(new NewDocument("bek interview", BEK)).id();
            session.documents().setAttribute(interview, "country", AttributeValue.text("Kyrgyzstan"));
            session.documents().setAttribute(followUp, "country", AttributeValue.text("Kyrgyzstan"));
            session.documents().setAttribute(bek, "country", AttributeValue.text("Kazakhstan"));
            long debt = session.codebook().add("debt", null, "#D1495B", null).id();
            long bank = session.codebook().add("bank", null, "#2E86AB", null).id();
            long coder = session.coders().getOrCreate("aida").id();
            int passageEnd = cp(INTERVIEW, PASSAGE) + PASSAGE.length();
            code(session, interview, debt, coder, INTERVIEW, "debt worries");                  // inside
            int partly = cp(INTERVIEW, "for seed.");
            session.codings().add(new NewCoding(interview, debt, coder, partly, passageEnd + 14, null)); // partly inside
            session.codings().add(new NewCoding(interview, bank, coder, passageEnd, passageEnd + 20, null)); // touches the end
            code(session, interview, bank, coder, INTERVIEW, "bank was kind");                 // after
            code(session, interview, bank, coder, INTERVIEW, "how is the harvest");            // before
            code(session, followUp, debt, coder, FOLLOW_UP, "repaid half");
            code(session, bek, bank, coder, BEK, "never borrow");
        }
        return project;
    }

    static ProjectSession open(Path project) {
        return new SqliteStoreProvider().open(project.toString());
    }

    private static void code(ProjectSession session, long document, long code, long coder, String text, String passage) {
        int at = cp(text, passage);
        session.codings().add(new NewCoding(document, code, coder, at, at + passage.length(), null));
    }

    /** The code-point offset of a passage (the passages themselves are ASCII). */
    static int cp(String text, String passage) {
        return text.codePointCount(0, text.indexOf(passage));
    }
}
