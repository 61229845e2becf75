package org.gloss.chart.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gloss.agreement.coefficients.internal.CohenKappa;
import org.gloss.agreement.coefficients.internal.KrippendorffAlphaNominal;
import org.gloss.agreement.coefficients.internal.PercentAgreement;
import org.gloss.agreement.internal.AgreementStudiesService;
import org.gloss.analysis.internal.AnalysisEngine;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/** Real SQLite projects for the chart tests: the worked example of docs/analysis.md and generated ones. */
final class Projects {
    static final String AIGERIM = "Aigerim: The debt 😀 keeps growing. It is a two-way road.\n\nAigerim: 中国 loans come with roads.";
    static final String BERIK = "Berik: Loans bring debt. Roads stay.";

    private Projects() {
    }

    /** Two interviews and an empty document; Economy &gt; debt concern, transparency, two-way road; coders ann and ben. */
    static ProjectSession workedExample(Path file) {
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
        s.codings().addAll(List.of(
                new NewCoding(aigerim, debt, ann, 9, 34, null),
                new NewCoding(aigerim, road, ann, 34, 56, null),
                new NewCoding(aigerim, debt, ben, 13, 40, null),
                new NewCoding(aigerim, transparency, ben, 43, 56, null),
                new NewCoding(aigerim, economy, ann, 67, 75, null),
                new NewCoding(berik, debt, ann, 7, 24, null),
                new NewCoding(berik, road, ann, 25, 36, null)));
        return s;
    }

    /** Random documents, a two-level codebook, three coders and codings that overlap, nest and touch. */
    static ProjectSession generated(Path file, long seed, int documents, int codings) {
        Random random = new Random(seed);
        ProjectSession s = new SqliteStoreProvider().create(file.toString());
        s.inTransaction(() -> {
            List<Long> codes = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long top = s.codebook().add("theme " + t, null, null, null).id();
                codes.add(top);
                for (int c = 0; c < 2; c++) {
                    codes.add(s.codebook().add("theme " + t + "." + c, top, null, null).id());
                }
            }
            long[] coders = {s.coders().getOrCreate("aida").id(), s.coders().getOrCreate("ben").id(), s.coders().getOrCreate("chen").id()};
            List<Long> docs = new ArrayList<>();
            List<Integer> lengths = new ArrayList<>();
            for (int d = 0; d < documents; d++) {
                StringBuilder text = new StringBuilder();
                int words = 40 + random.nextInt(200);
                for (int w = 0; w < words; w++) {
                    text.append(w % 9 == 8 ? "Ақ. " : "word").append(w % 7 == 0 ? ". " : " ");
                }
                docs.add(s.documents().add(new NewDocument("doc " + d, text.toString(), null,
                        Map.of("group", AttributeValue.text(d % 3 == 0 ? "A" : "B")))).id());
                lengths.add(text.codePointCount(0, text.length()));
            }
            List<NewCoding> all = new ArrayList<>();
            for (int i = 0; i < codings; i++) {
                int d = random.nextInt(documents);
                int length = 1 + random.nextInt(Math.min(80, lengths.get(d)));
                int start = random.nextInt(lengths.get(d) - length + 1);
                all.add(new NewCoding(docs.get(d), codes.get(random.nextInt(codes.size())), coders[random.nextInt(3)], start, start + length, null));
            }
            s.codings().addAll(all);
        });
        return s;
    }

    static ChartProject open(ProjectSession session) {
        return new ChartProject(session, new AnalysisEngine().open(session));
    }

    static AgreementStudiesService agreement() {
        return new AgreementStudiesService(List.of(new PercentAgreement(), new CohenKappa(), new KrippendorffAlphaNominal()));
    }
}
