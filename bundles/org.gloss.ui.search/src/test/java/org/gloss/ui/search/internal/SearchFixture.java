package org.gloss.ui.search.internal;

import java.nio.file.Path;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/** A real SQLite project with two interviews, two codes and one coding by "aida". */
final class SearchFixture {
    /** Emoji and a CJK Extension-B character before the hits: code points and UTF-16 indices differ. */
    static final String FARMER = "😀 𠀀 Farmer: the debt will burden our children.\n\n"
            + "Interviewer: and the loans?\n\nFarmer: Debts to China grow, the debt is public.\n";
    static final String OFFICIAL = "Official: we publish every loan contract.\n\nThe debt is sustainable.\n";

    private SearchFixture() {
    }

    static Path create(Path dir) {
        Path project = dir.resolve("project.gloss");
        try (ProjectSession session = new SqliteStoreProvider().create(project.toString())) {
            long farmer = session.documents().add(new NewDocument("farmer", FARMER)).id();
            session.documents().add(new NewDocument("official", OFFICIAL));
            long debt = session.codebook().add("debt concern", null, "#D1495B", null).id();
            session.codebook().add("transparency", null, "#2E86AB", null);
            long aida = session.coders().getOrCreate("aida").id();
            int at = cp(FARMER, "Debts to China grow");
            session.codings().add(new NewCoding(farmer, debt, aida, at, at + 19, null));
        }
        return project;
    }

    static ProjectSession open(Path project) {
        return new SqliteStoreProvider().open(project.toString());
    }

    /** The code-point offset of a passage. */
    static int cp(String text, String passage) {
        return text.codePointCount(0, text.indexOf(passage));
    }
}
