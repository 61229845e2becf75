package org.gloss.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.gloss.api.search.AutoCodePlan;
import org.gloss.api.search.AutoCodeScope;
import org.gloss.api.search.PlannedCoding;
import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchScope;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.CodedSegments;
import org.gloss.core.search.AutoCoding;
import org.gloss.model.CodedSegment;
import org.gloss.model.Coding;
import org.gloss.model.TextSpan;
import org.gloss.model.Turn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Auto-coding search hits, extended to hit, sentence or paragraph, in one transaction. */
class AutoCodingTest {
    private static final String ARTICLE = "Loans and Roads\n\n"
            + "Critics worry about debt. Tajikistan owes half of its debt to China.\n"
            + "The debt question is discussed in local media.\n\n"
            + "Supporters call it a two-way road 😀. Nobody mentions debt here? Yes they do.\n";
    private static final String TRANSCRIPT = "Interviewer: Some people worry about the loans.\n"
            + "Aigerim: Yes, my father worries about the debt. He remembers the nineties.\n"
            + "Interviewer: And you?\n";

    @TempDir
    Path dir;
    private ProjectSession project;
    private LuceneSearchService service;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
        TestProject.add(project, "article", ARTICLE);
        TestProject.add(project, "transcript", TRANSCRIPT);
        project.codebook().add("debt concern", null, null, null);
        service = new LuceneSearchService();
    }

    @AfterEach
    void tearDown() throws Exception {
        service.close();
        project.close();
    }

    private List<SearchHit> hits(String query) {
        return service.search(project, SearchQuery.words(query)).hits();
    }

    private List<String> planned(String query, AutoCodeScope scope) {
        return AutoCoding.plan(project, hits(query), "debt concern", "ann", scope).codings().stream()
                .map(PlannedCoding::text).toList();
    }

    @Test
    void hitsExtendToTheirSentence() {
        assertThat(planned("debt", AutoCodeScope.SENTENCE)).containsExactly(
                "Critics worry about debt.",
                "Tajikistan owes half of its debt to China.",
                "The debt question is discussed in local media.",
                "Nobody mentions debt here?",
                // plain text: the speaker's label is part of the sentence
                "Aigerim: Yes, my father worries about the debt.");
    }

    @Test
    void inATranscriptWithTurnsExtentsStayInsideTheSpeakersTurn() {
        String text = "Interviewer: Some people worry about the loans\nAigerim: my father worries about the debt\nInterviewer: Why?\n";
        int start = text.indexOf("my father");
        project.documents().add(new NewDocument("turns", text, null, Map.of(), List.of(
                new Turn("Interviewer", null, null, new TextSpan(13, text.indexOf("\nAigerim"))),
                new Turn("Aigerim", null, null, new TextSpan(start, text.indexOf("\nInterviewer: Why"))))));
        List<String> sentences = AutoCoding.plan(project, service.search(project, SearchQuery.words("debt")
                        .withScope(SearchScope.ALL.withDocuments(List.of("turns")))).hits(), "debt concern", "ann",
                AutoCodeScope.SENTENCE).codings().stream().map(PlannedCoding::text).toList();
        assertThat(sentences).containsExactly("my father worries about the debt");
    }

    @Test
    void hitsExtendToTheirParagraphByBlankLinesOrByLines() {
        assertThat(planned("debt", AutoCodeScope.PARAGRAPH)).containsExactly(
                "Critics worry about debt. Tajikistan owes half of its debt to China.\nThe debt question is discussed in local media.",
                "Supporters call it a two-way road 😀. Nobody mentions debt here? Yes they do.",
                // a transcript has no blank lines: each line (turn) is a paragraph
                "Aigerim: Yes, my father worries about the debt. He remembers the nineties.");
    }

    @Test
    void applyingCodesEveryExtentOnceInOneTransactionAndAgainCodesNothing() {
        AutoCodePlan plan = AutoCoding.plan(project, hits("debt"), "debt concern", "ann", AutoCodeScope.HIT);
        assertThat(plan.codings()).hasSize(5);
        assertThat(plan.documents()).isEqualTo(2);
        assertThat(project.codings().count()).as("planning writes nothing").isZero();
        List<Coding> added = AutoCoding.apply(project, plan);
        assertThat(added).hasSize(5);
        List<CodedSegment> segments = CodedSegments.list(project, CodingFilter.ALL);
        assertThat(segments).hasSize(5).allSatisfy(s -> {
            assertThat(s.text()).isEqualTo("debt");
            assertThat(s.code()).isEqualTo("debt concern");
            assertThat(s.coder()).isEqualTo("ann");
        });
        AutoCodePlan again = AutoCoding.plan(project, hits("debt"), "debt concern", "ann", AutoCodeScope.HIT);
        assertThat(again.codings()).isEmpty();
        assertThat(again.alreadyCoded()).isEqualTo(5);
        // undo, as the workbench does: remove exactly the codings that were added
        project.inTransaction(() -> added.forEach(c -> project.codings().remove(c.id())));
        assertThat(project.codings().count()).isZero();
        // another coder codes the same extents independently
        assertThat(AutoCoding.plan(project, hits("debt"), "debt concern", "ben", AutoCodeScope.HIT).codings()).hasSize(5);
    }

    @Test
    void offsetsAfterAnEmojiAreCodePoints() {
        AutoCodePlan plan = AutoCoding.plan(project, hits("nobody"), "debt concern", "ann", AutoCodeScope.HIT);
        PlannedCoding coding = plan.codings().get(0);
        String text = project.documents().text(coding.documentId());
        int start = text.codePointCount(0, text.indexOf("Nobody"));
        assertThat(coding.start()).isEqualTo(start);
        assertThat(coding.end()).isEqualTo(start + 6);
        assertThat(coding.text()).isEqualTo("Nobody");
    }

    @Test
    void twoHitsInOneSentenceMakeOneCoding() {
        assertThat(planned("tajikistan OR china", AutoCodeScope.SENTENCE))
                .containsExactly("Tajikistan owes half of its debt to China.");
    }

    @Test
    void anUnknownCodeIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> AutoCoding.plan(project, hits("debt"), "nope", "ann", AutoCodeScope.HIT))
                .isInstanceOf(GlossException.class).hasMessage("unknown code: nope");
        assertThat(project.codings().count()).isZero();
        assertThat(project.coders().find("ann")).isEmpty();
    }

    @Test
    void sentenceExtentsDoNotEndAtAbbreviationsOrBeforeLowerCase() {
        TestProject.add(project, "en", "We met Dr. Smith at 5 p.m. on Monday. Mr. Jones, e.g. the banker, forgave the loan. "
                + "He said: \"The loan is huge?!\" Then he left... The loan remained.\n");
        TestProject.add(project, "ru", "Мы встретили проф. Иванова, т. е. главного экономиста. Он сказал: «Кредит растёт!» — и ушёл.\n");
        TestProject.add(project, "kk", "Біз проф. Әлиевпен кездестік. Ол: «Несие өсуде!» деді. Т.б. мәселелер несиеге байланысты.\n");
        assertThat(planned("Smith OR banker OR \"huge\" OR remained", AutoCodeScope.SENTENCE)).containsExactly(
                "We met Dr. Smith at 5 p.m. on Monday.",
                "Mr. Jones, e.g. the banker, forgave the loan.",
                "He said: \"The loan is huge?!\"",
                "The loan remained.");
        assertThat(planned("Иванова OR кредит", AutoCodeScope.SENTENCE)).containsExactly(
                "Мы встретили проф. Иванова, т. е. главного экономиста.",
                "Он сказал: «Кредит растёт!» — и ушёл.");
        assertThat(planned("Әлиевпен OR несие", AutoCodeScope.SENTENCE)).containsExactly(
                "Біз проф. Әлиевпен кездестік.",
                "Ол: «Несие өсуде!» деді.",
                "Т.б. мәселелер несиеге байланысты.");
    }

    @Test
    void aHitInsideAPassageTheCoderAlreadyCodedIsAlreadyCoded() {
        AutoCodePlan sentences = AutoCoding.plan(project, hits("debt"), "debt concern", "ann", AutoCodeScope.SENTENCE);
        AutoCoding.apply(project, sentences);
        // the same hits as bare words lie inside the coded sentences: nothing new to code
        AutoCodePlan words = AutoCoding.plan(project, hits("debt"), "debt concern", "ann", AutoCodeScope.HIT);
        assertThat(words.codings()).isEmpty();
        assertThat(words.alreadyCoded()).isEqualTo(sentences.codings().size());
        // another coder's codings do not count
        assertThat(AutoCoding.plan(project, hits("debt"), "debt concern", "ben", AutoCodeScope.HIT).codings()).isNotEmpty();
    }
}
