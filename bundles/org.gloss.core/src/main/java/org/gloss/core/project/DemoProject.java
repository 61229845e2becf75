package org.gloss.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.model.Code;
import org.gloss.model.CodePointText;
import org.gloss.model.Coder;
import org.gloss.model.Document;
import org.gloss.model.SourceFile;

/**
 * The sample project that {@code gloss demo} and the workbench's "Demo project" build: a journal
 * article and an interview transcript about Chinese infrastructure loans in Central Asia (with
 * Russian and Kazakh passages and emoji), their attributes, a two-level codebook, and codings by
 * two coders who partly disagree.
 */
public final class DemoProject {
    private DemoProject() {
    }

    /** A passage to code, found by its text, as one coder. */
    private record Passage(String document, String code, String coder, String text, String memo) {
    }

    private static final List<Passage> PASSAGES = List.of(
            new Passage("article", "two-way road", "aida", "a two-way road that opens markets in both directions", null),
            new Passage("article", "two-way road", "ben", "Belt and Road a two-way road that opens markets in both directions", null),
            new Passage("article", "debt concern", "aida", "Critics worry about debt: Tajikistan owes roughly half of its external debt to a single Chinese lender", null),
            new Passage("article", "debt concern", "ben", "Critics worry about debt", "only the framing sentence"),
            new Passage("article", "debt concern", "aida", "Критики опасаются долговой зависимости", "Russian abstract"),
            new Passage("article", "debt concern", "ben", "Критики опасаются долговой зависимости", null),
            new Passage("article", "generational shift", "aida", "Public opinion in the region is divided along generational lines", null),
            new Passage("article", "generational shift", "ben", "Older respondents remember Soviet-era suspicion of the eastern neighbour, while younger people study Mandarin", null),
            new Passage("article", "two-way road", "aida", "\"a road that runs both ways\"", null),
            new Passage("article", "debt concern", "aida", "local officials were anxious that loan repayments would crowd out spending on schools and hospitals 🏥", null),
            new Passage("article", "debt concern", "ben", "local officials were anxious that loan repayments would crowd out spending on schools and hospitals 🏥", null),
            new Passage("article", "debt concern", "ben", "«қарыз» (debt) with visible unease", "Kazakh word for debt"),
            new Passage("interview", "two-way road", "aida", "It is a two-way road, really.", null),
            new Passage("interview", "two-way road", "ben", "My brother sells apricots in Ürümqi, and Chinese traders come here too. It is a two-way road, really.", null),
            new Passage("interview", "debt concern", "aida", "«Мы будем платить этот долг всю жизнь» — we will be paying this debt all our lives", null),
            new Passage("interview", "debt concern", "ben", "«Мы будем платить этот долг всю жизнь»", null),
            new Passage("interview", "generational shift", "aida", "My generation learned Chinese at school; for us China is a neighbour, not a threat 😊", "contrast with the father"),
            new Passage("interview", "generational shift", "ben", "Old people and young people see it differently.", null),
            new Passage("interview", "transparency", "aida", "Be open about the contracts.", null),
            new Passage("interview", "transparency", "ben", "Be open about the contracts. If we knew the terms of the credit, there would be less fear.", null));

    /** Fills a new, empty project with the sample, all or nothing. */
    public static void fill(ProjectSession session) {
        session.inTransaction(() -> build(session));
    }

    private static void build(ProjectSession session) {
        add(session, "article", "article.txt", Map.of("source type", AttributeValue.text("journal article"),
                "year", AttributeValue.infer("2023")));
        add(session, "interview", "interview.txt", Map.of("source type", AttributeValue.text("interview"),
                "region", AttributeValue.text("Almaty region"), "interviewee age", AttributeValue.infer("27"),
                "interviewed", AttributeValue.infer("2024-05-14")));
        Code economy = session.codebook().add("economy", null, "#8E8E8E", "Economic aspects of Chinese engagement");
        session.codebook().add("debt concern", economy.id(), "#D1495B", "Worry about loans, repayment or debt dependence");
        session.codebook().add("two-way road", economy.id(), "#2E86AB", "Benefits seen as flowing in both directions");
        session.codebook().add("generational shift", null, "#EDAE49", "Differences in attitude between generations");
        session.codebook().add("transparency", null, "#66A182", "Calls for openness about contracts and terms");
        List<NewCoding> codings = new ArrayList<>();
        for (Passage p : PASSAGES) {
            Document doc = session.documents().get(p.document());
            CodePointText text = new CodePointText(session.documents().text(doc.id()));
            int charStart = text.text().indexOf(p.text());
            if (charStart < 0) {
                throw new IllegalStateException("demo passage not found: " + p.text());
            }
            int start = text.toCodePointOffset(charStart);
            int end = text.toCodePointOffset(charStart + p.text().length());
            Coder coder = session.coders().getOrCreate(p.coder());
            codings.add(new NewCoding(doc.id(), session.codebook().get(p.code()).id(), coder.id(), start, end, p.memo()));
        }
        session.codings().addAll(codings);
    }

    private static void add(ProjectSession session, String name, String resource, Map<String, AttributeValue> attributes) {
        byte[] bytes = resource(resource);
        String text = new String(bytes, StandardCharsets.UTF_8);
        session.documents().add(new NewDocument(name, text,
                new SourceFile(resource, bytes.length, NewDocument.sha256(bytes), "demo"), attributes));
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoProject.class.getResourceAsStream("demo/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
