package org.gloss.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.Document;
import org.gloss.model.DocumentSet;
import org.junit.jupiter.api.Test;

/**
 * The --case and --set scope against a naive computation (a boolean per code point of each
 * document) on generated projects, and on hand-worked examples.
 */
class CaseSetScopeTest {
    private static Document document(long id, int length, Map<String, AttributeValue> attributes) {
        return new Document(id, "d" + id, length, "h" + id, Instant.EPOCH, null, attributes);
    }

    @Test
    void aCodingPartlyInsideACaseRangeIsInTheCaseAndOneJustOutsideIsNot() {
        Document d = document(1, 100, Map.of());
        Case c = new Case(1, "Aida", "", Map.of(), List.of(CaseMember.range(1, 10, 20)));
        CaseSetScope scope = CaseSetScope.of(List.of(d), List.of(c), List.of());
        assertThat(scope.includes(1, 5, 11)).as("shares code point 10").isTrue();
        assertThat(scope.includes(1, 19, 30)).as("shares code point 19").isTrue();
        assertThat(scope.includes(1, 0, 10)).as("ends where the case starts").isFalse();
        assertThat(scope.includes(1, 20, 25)).as("starts where the case ends").isFalse();
        assertThat(scope.includes(1, 0, 100)).as("covers the case").isTrue();
        assertThat(scope.regions(1).spans()).extracting(s -> s.start() + "-" + s.end()).containsExactly("10-20");
    }

    @Test
    void aSmartSetFollowsTheAttributesAtTheTimeItIsUsed() {
        DocumentSet recent = new DocumentSet(1, "recent", "", "country=Kyrgyzstan AND year>=2020", List.of(), List.of());
        List<Document> before = List.of(document(1, 10, Map.of("country", AttributeValue.text("Kyrgyzstan"), "year", AttributeValue.infer("2019"))),
                document(2, 10, Map.of("country", AttributeValue.text("Kyrgyzstan"), "year", AttributeValue.infer("2021"))));
        assertThat(CaseSetScope.of(before, List.of(), List.of(recent)).documentIds(before)).containsExactly(2L);
        // document 1's year is corrected: the same set now holds it
        List<Document> after = List.of(document(1, 10, Map.of("country", AttributeValue.text("Kyrgyzstan"), "year", AttributeValue.infer("2020"))),
                before.get(1));
        assertThat(CaseSetScope.of(after, List.of(), List.of(recent)).documentIds(after)).containsExactly(1L, 2L);
    }

    @Test
    void generatedProjectsAgreeWithANaiveComputationPerCodePoint() {
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            int documents = 1 + random.nextInt(4);
            List<Document> docs = new ArrayList<>();
            for (int d = 1; d <= documents; d++) {
                Map<String, AttributeValue> attributes = new HashMap<>();
                if (random.nextBoolean()) {
                    attributes.put("year", AttributeValue.infer(String.valueOf(2018 + random.nextInt(5))));
                }
                docs.add(document(d, 1 + random.nextInt(40), attributes));
            }
            List<Case> cases = new ArrayList<>();
            for (int c = 0; c < random.nextInt(3); c++) {
                List<CaseMember> members = new ArrayList<>();
                for (int m = 0; m < random.nextInt(4); m++) {
                    Document d = docs.get(random.nextInt(docs.size()));
                    if (random.nextInt(4) == 0) {
                        members.add(CaseMember.wholeDocument(d.id()));
                    } else {
                        int start = random.nextInt(d.length());
                        members.add(CaseMember.range(d.id(), start, start + 1 + random.nextInt(d.length() - start)));
                    }
                }
                cases.add(new Case(c, "c" + c, "", Map.of(), members));
            }
            List<DocumentSet> sets = new ArrayList<>();
            for (int s = 0; s < random.nextInt(3); s++) {
                if (random.nextBoolean()) {
                    sets.add(new DocumentSet(s, "s" + s, "", "year>=" + (2018 + random.nextInt(5)), List.of(), List.of()));
                } else {
                    List<Long> listed = new ArrayList<>();
                    docs.forEach(d -> {
                        if (random.nextBoolean()) {
                            listed.add(d.id());
                        }
                    });
                    sets.add(new DocumentSet(s, "s" + s, "", null, listed, List.of()));
                }
            }
            CaseSetScope scope = CaseSetScope.of(docs, cases, sets);
            for (Document d : docs) {
                boolean[] inCase = naiveCaseText(d, cases);
                boolean inSet = sets.isEmpty() || sets.stream().anyMatch(s -> naiveInSet(d, s));
                boolean anyCaseText = cases.isEmpty() || anyTrue(inCase);
                assertThat(scope.includesDocument(d.id())).isEqualTo(inSet && anyCaseText);
                for (int start = 0; start < d.length(); start++) {
                    for (int end = start + 1; end <= d.length(); end++) {
                        boolean overlaps = cases.isEmpty();
                        for (int p = start; p < end && !overlaps; p++) {
                            overlaps = inCase[p];
                        }
                        assertThat(scope.includes(d.id(), start, end)).as("round %d doc %d [%d,%d)", round, d.id(), start, end)
                                .isEqualTo(inSet && overlaps);
                    }
                }
            }
        }
    }

    private static boolean[] naiveCaseText(Document d, List<Case> cases) {
        boolean[] covered = new boolean[d.length()];
        for (Case c : cases) {
            for (CaseMember m : c.members()) {
                if (m.documentId() != d.id()) {
                    continue;
                }
                int from = m.isWholeDocument() ? 0 : m.span().start();
                int to = m.isWholeDocument() ? d.length() : m.span().end();
                for (int p = from; p < to; p++) {
                    covered[p] = true;
                }
            }
        }
        return covered;
    }

    private static boolean naiveInSet(Document d, DocumentSet s) {
        if (!s.isSmart()) {
            return s.documentIds().contains(d.id());
        }
        int min = Integer.parseInt(s.condition().substring("year>=".length()));
        AttributeValue year = d.attributes().get("year");
        return year != null && Integer.parseInt(year.value()) >= min;
    }

    private static boolean anyTrue(boolean[] values) {
        for (boolean v : values) {
            if (v) {
                return true;
            }
        }
        return false;
    }
}
