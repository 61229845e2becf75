package org.gloss.ui.export.internal;

import java.nio.file.Path;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/** A small real SQLite project: two documents, two codes, two coders who coded them. */
final class TestProject {
    static final String INTERVIEW = "Q: What worries you?\nA: Honestly, the debt will burden our children 😀.\n";
    static final String DIARY = "Harvest was poor again; we borrowed from the cooperative.\n";

    private TestProject() {
    }

    static Path create(Path dir) {
        Path project = dir.resolve("interviews.gloss");
        try (ProjectSession session = new SqliteStoreProvider().create(project.toString())) {
            long interview = session.documents().add(new NewDocument("interview", INTERVIEW)).id();
            long diary = session.documents().add(new NewDocument("diary", DIARY)).id();
            long debt = session.codebook().add("debt", null, "#D1495B", null).id();
            long harvest = session.codebook().add("harvest", null, "#2E86AB", null).id();
            long aida = session.coders().getOrCreate("aida").id();
            long ben = session.coders().getOrCreate("ben").id();
            int from = INTERVIEW.indexOf("the debt");
            session.codings().add(new NewCoding(interview, debt, aida, from, from + "the debt".length(), null));
            session.codings().add(new NewCoding(interview, debt, ben, from + 4, from + "the debt".length(), "only the word"));
            session.codings().add(new NewCoding(diary, harvest, aida, 0, "Harvest was poor".length(), null));
        }
        return project;
    }

    static ProjectSession open(Path project) {
        return new SqliteStoreProvider().open(project.toString());
    }
}
