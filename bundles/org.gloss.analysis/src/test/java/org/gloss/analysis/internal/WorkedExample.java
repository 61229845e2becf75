package org.gloss.analysis.internal;

import java.nio.file.Path;
import java.util.Map;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/**
 * The worked example of docs/analysis.md, as a real project: two interviews and an empty document,
 * the codes Economy &gt; debt concern, transparency and two-way road, coders ann and ben. Offsets
 * in code points: the emoji and the two ideographs are one code point each (two UTF-16 units for
 * the emoji).
 */
final class WorkedExample {
    static final String AIGERIM = "Aigerim: The debt 😀 keeps growing. It is a two-way road.\n\nAigerim: 中国 loans come with roads.";
    static final String BERIK = "Berik: Loans bring debt. Roads stay.";

    private WorkedExample() {
    }

    static ProjectSession create(Path file) {
        ProjectSession s = new SqliteStoreProvider().create(file.toString());
        long aigerim = s.documents().add(new NewDocument("Aigerim", AIGERIM, null, Map.of(
                "age", new AttributeValue(AttributeType.NUMBER, "34"), "region", AttributeValue.text("Almaty")))).id();
        long berik = s.documents().add(new NewDocument("Berik", BERIK, null, Map.of(
                "age", new AttributeValue(AttributeType.NUMBER, "58"), "region", AttributeValue.text("Astana")))).id();
        s.documents().add(new NewDocument("Empty", "", null, Map.of("age", new AttributeValue(AttributeType.NUMBER, "41"))));
        long economy = s.codebook().add("Economy", null, "#D1495B", null).id();
        long debt = s.codebook().add("debt concern", economy, "#EDAE49", null).id();
        long road = s.codebook().add("two-way road", null, "#2E86AB", null).id();
        long transparency = s.codebook().add("transparency", null, "#66A182", null).id();
        long ann = s.coders().getOrCreate("ann").id();
        long ben = s.coders().getOrCreate("ben").id();
        s.codings().addAll(java.util.List.of(
                new NewCoding(aigerim, debt, ann, 9, 34, null),          // The debt 😀 keeps growing.
                new NewCoding(aigerim, road, ann, 34, 56, null),         //  It is a two-way road.   (touches the one before)
                new NewCoding(aigerim, debt, ben, 13, 40, null),         // debt 😀 keeps growing. It is
                new NewCoding(aigerim, transparency, ben, 43, 56, null), // two-way road.
                new NewCoding(aigerim, economy, ann, 67, 75, null),      // 中国 loans
                new NewCoding(berik, debt, ann, 7, 24, null),            // Loans bring debt.
                new NewCoding(berik, road, ann, 25, 36, null)));         // Roads stay.
        return s;
    }
}
