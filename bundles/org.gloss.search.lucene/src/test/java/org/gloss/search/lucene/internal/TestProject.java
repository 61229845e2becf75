package org.gloss.search.lucene.internal;

import java.nio.file.Path;
import java.util.Map;

import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.model.Document;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/** A real SQLite project in a test folder. */
final class TestProject {
    private TestProject() {
    }

    static ProjectSession create(Path dir) {
        return new SqliteStoreProvider().create(dir.resolve("p.gloss").toString());
    }

    static ProjectSession open(Path dir) {
        return new SqliteStoreProvider().open(dir.resolve("p.gloss").toString());
    }

    static Document add(ProjectSession project, String name, String text) {
        return project.documents().add(new NewDocument(name, text));
    }

    static Document add(ProjectSession project, String name, String text, Map<String, AttributeValue> attributes) {
        return project.documents().add(new NewDocument(name, text, null, attributes));
    }
}
