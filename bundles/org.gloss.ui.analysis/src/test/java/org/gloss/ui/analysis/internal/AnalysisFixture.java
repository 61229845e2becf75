package org.gloss.ui.analysis.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/**
 * The worked example of docs/analysis.md as a real project for the views: two interviews and an
 * empty document, Economy &gt; debt concern, transparency, two-way road, coders ann and ben.
 */
final class AnalysisFixture {
    static final String AIGERIM = "Aigerim: The debt 😀 keeps growing. It is a two-way road.\n\nAigerim: 中国 loans come with roads.";
    static final String BERIK = "Berik: Loans bring debt. Roads stay.";

    private AnalysisFixture() {
    }

    static Path create(Path dir) {
        Path file = dir.resolve("example.gloss");
        try (ProjectSession s = new SqliteStoreProvider().create(file.toString())) {
            long aigerim = s.documents().add(new NewDocument("Aigerim", AIGERIM, null, Map.of(
                    "age", new AttributeValue(AttributeType.NUMBER, "34")))).id();
            long berik = s.documents().add(new NewDocument("Berik", BERIK, null, Map.of(
                    "age", new AttributeValue(AttributeType.NUMBER, "58")))).id();
            s.documents().add(new NewDocument("Empty", "", null, Map.of("age", new AttributeValue(AttributeType.NUMBER, "41"))));
            long economy = s.codebook().add("Economy", null, "#D1495B", null).id();
            long debt = s.codebook().add("debt concern", economy, "#EDAE49", null).id();
            long road = s.codebook().add("two-way road", null, "#2E86AB", null).id();
            long transparency = s.codebook().add("transparency", null, "#66A182", null).id();
            long ann = s.coders().getOrCreate("ann").id();
            long ben = s.coders().getOrCreate("ben").id();
            s.codings().addAll(List.of(
                    new NewCoding(aigerim, debt, ann, 9, 34, null),
                    new NewCoding(aigerim, road, ann, 34, 56, null),
                    new NewCoding(aigerim, debt, ben, 13, 40, null),
                    new NewCoding(aigerim, transparency, ben, 43, 56, null),
                    new NewCoding(aigerim, economy, ann, 67, 75, null),
                    new NewCoding(berik, debt, ann, 7, 24, null),
                    new NewCoding(berik, road, ann, 25, 36, null)));
        }
        return file;
    }

    static ProjectSession open(Path file) {
        return new SqliteStoreProvider().open(file.toString());
    }
}
