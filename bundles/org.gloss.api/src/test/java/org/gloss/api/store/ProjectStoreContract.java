package org.gloss.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.gloss.api.error.GlossException;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.MemoTarget;
import org.gloss.model.TextSpan;
import org.gloss.model.Turn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every project store must have. A store's test class extends this and says how to
 * create a fresh project and reopen it.
 */
public abstract class ProjectStoreContract {
    protected ProjectSession project;

    /** A new, empty project. */
    protected abstract ProjectSession createProject() throws Exception;

    /** The same project opened again (a new session), after {@link #project} was closed. */
    protected abstract ProjectSession reopen() throws Exception;

    @BeforeEach
    void createFreshProject() throws Exception {
        project = createProject();
    }

    @AfterEach
    void closeProject() {
        if (project != null) {
            project.close();
        }
    }

    private ProjectSession closeAndReopen() throws Exception {
        project.close();
        project = reopen();
        return project;
    }

    @Test
    void documentsKeepTheirTextExactly() throws Exception {
        String text = "Line one\nЖанар said: \"two-way road\" 😀 \uD840\uDC00 end";
        Document doc = project.documents().add(new NewDocument("interview", text));
        assertThat(doc.length()).isEqualTo(text.codePointCount(0, text.length()));
        closeAndReopen();
        Document again = project.documents().get("interview");
        assertThat(project.documents().text(again.id())).isEqualTo(text);
        assertThat(again.contentHash()).isEqualTo(new NewDocument("x", text).contentHash());
    }

    @Test
    void cheapListingsAgreeWithTheFullListing() {
        Document a = project.documents().add(new NewDocument("a", "one", null, Map.of("language", AttributeValue.text("ru"))));
        Document b = project.documents().add(new NewDocument("b", "two"));
        assertThat(project.documents().names()).isEqualTo(Map.of(a.id(), "a", b.id(), "b"));
        assertThat(project.documents().contentHashes()).isEqualTo(Map.of(a.id(), a.contentHash(), b.id(), b.contentHash()));
        assertThat(project.documents().attributeValues("language")).isEqualTo(Map.of(a.id(), AttributeValue.text("ru")));
        assertThat(project.documents().attributeValues("nope")).isEmpty();
    }

    @Test
    void theRevisionMovesWithEveryDocumentChangeOfTheSessionAndStaysPutOtherwise() {
        OptionalLong start = project.documents().revision();
        if (start.isEmpty()) {
            return; // a store that cannot tell: derived data lists the documents at every check
        }
        project.documents().names();
        project.codebook().add("c", null, null, null);
        assertThat(project.documents().revision()).as("reads and codebook edits").isEqualTo(start);
        List<OptionalLong> seen = new ArrayList<>(List.of(start));
        Document a = project.documents().add(new NewDocument("a", "one"));
        seen.add(project.documents().revision());
        project.documents().setAttribute(a.id(), "language", AttributeValue.text("ru"));
        seen.add(project.documents().revision());
        project.documents().removeAttribute(a.id(), "language");
        seen.add(project.documents().revision());
        project.documents().rename(a.id(), "b");
        seen.add(project.documents().revision());
        OptionalLong[] inside = new OptionalLong[1];
        assertThatThrownBy(() -> project.inTransaction(() -> {
            project.documents().add(new NewDocument("c", "three"));
            inside[0] = project.documents().revision();
            throw new IllegalStateException("undo");
        })).hasMessage("undo");
        seen.add(inside[0]);
        seen.add(project.documents().revision());
        project.documents().remove(a.id());
        seen.add(project.documents().revision());
        assertThat(seen).as("every change, and the rollback, gives a new revision").doesNotHaveDuplicates();
        assertThat(project.documents().revision()).isEqualTo(seen.get(seen.size() - 1));
    }

    @Test
    void duplicateDocumentNamesAreRefused() {
        project.documents().add(new NewDocument("a", "one"));
        assertThatThrownBy(() -> project.documents().add(new NewDocument("a", "two")))
                .isInstanceOf(GlossException.class).hasMessageContaining("already exists");
        assertThat(project.documents().list()).hasSize(1);
    }

    @Test
    void attributesAreTyped() throws Exception {
        Document doc = project.documents().add(new NewDocument("a", "one", null,
                Map.of("age", AttributeValue.infer("42"))));
        project.documents().setAttribute(doc.id(), "interviewed", AttributeValue.infer("2024-05-01"));
        closeAndReopen();
        Map<String, AttributeValue> attributes = project.documents().get("a").attributes();
        assertThat(attributes.get("age").type()).isEqualTo(AttributeType.NUMBER);
        assertThat(attributes.get("interviewed")).isEqualTo(new AttributeValue(AttributeType.DATE, "2024-05-01"));
        assertThat(project.documents().list().get(0).attributes()).hasSize(2);
    }

    @Test
    void codebookHierarchy() {
        Code economy = project.codebook().add("economy", null, "#112233", "Economic themes");
        Code debt = project.codebook().add("debt concern", economy.id(), null, null);
        assertThat(debt.parentId()).isEqualTo(economy.id());
        assertThatThrownBy(() -> project.codebook().add("debt concern", null, null, null))
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> project.codebook().move(economy.id(), debt.id()))
                .hasMessageContaining("its own ancestor");
        assertThatThrownBy(() -> project.codebook().add("bad", null, "red", null))
                .hasMessageContaining("#RRGGBB");
        project.codebook().rename(debt.id(), "debt worry");
        assertThat(project.codebook().get("debt worry").parentId()).isEqualTo(economy.id());
        project.codebook().move(debt.id(), null);
        assertThat(project.codebook().get("debt worry").isTopLevel()).isTrue();
    }

    /** A chain of {@code levels} codes, each under the previous; returns them top first. */
    private List<Code> chain(String prefix, int levels) {
        List<Code> codes = new ArrayList<>();
        Long parent = null;
        for (int i = 1; i <= levels; i++) {
            Code code = project.codebook().add(prefix + i, parent, null, null);
            codes.add(code);
            parent = code.id();
        }
        return codes;
    }

    @Test
    void theCodebookDepthLimitIsEnforcedByAddMoveAndMerge() {
        List<Code> deep = chain("d", org.gloss.model.CodeTree.MAX_DEPTH);
        Code bottom = deep.get(deep.size() - 1);
        assertThatThrownBy(() -> project.codebook().add("one too deep", bottom.id(), null, null))
                .isInstanceOf(GlossException.class)
                .hasMessage("cannot add code 'one too deep' under 'd64': the codebook would be 65 levels deep, and Gloss"
                        + " allows at most 64");
        // a two-level branch moved under level 63 would reach 65
        List<Code> branch = chain("b", 2);
        assertThatThrownBy(() -> project.codebook().move(branch.get(0).id(), deep.get(62).id()))
                .hasMessage("cannot move code 'b1' under 'd63': the codebook would be 65 levels deep, and Gloss allows at most 64");
        project.codebook().move(branch.get(0).id(), deep.get(61).id());
        project.codebook().move(branch.get(0).id(), null);
        // merging b1 into d63 moves b2 under d63: level 64 is allowed; a deeper sub-tree is not
        Code extra = project.codebook().add("b3", branch.get(1).id(), null, null);
        assertThatThrownBy(() -> project.codebook().merge(branch.get(0).id(), deep.get(62).id()))
                .hasMessage("cannot merge code 'b1' into 'd63' (its sub-codes move under it): the codebook would be 65"
                        + " levels deep, and Gloss allows at most 64");
        project.codebook().remove(extra.id(), false);
        project.codebook().merge(branch.get(0).id(), deep.get(62).id());
        assertThat(new org.gloss.model.CodeTree(project.codebook().list()).depth()).isEqualTo(64);
    }

    /**
     * Codes made without a colour take the palette's colours in order, skipping those chosen by
     * hand (whatever their case), then the least used: the palette of org.gloss.core.project.CodePalette,
     * written out here so that a change to it is a deliberate one.
     */
    @Test
    void codesAddedWithoutAColourGetTheNextFreePaletteColour() {
        Code first = project.codebook().add("first", null, null, null);
        project.codebook().add("chosen", null, "#56b4e9", null);
        Code second = project.codebook().add("second", first.id(), null, null);
        assertThat(first.color()).isEqualTo("#E69F00");
        assertThat(second.color()).isEqualTo("#009E73");
        java.util.List<String> more = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            more.add(project.codebook().add("more " + i, null, null, null).color());
        }
        assertThat(more).containsExactly("#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#882255", "#999933", "#332288",
                "#44AA99", "#DDCC77", "#E69F00");
        assertThat(project.codebook().get("more 3").color()).isEqualTo("#CC79A7");
    }

    @Test
    void codingsRoundTripAndValidateOffsets() throws Exception {
        Document doc = project.documents().add(new NewDocument("d", "ab😀cd"));
        Code code = project.codebook().add("c", null, null, null);
        Coder ann = project.coders().getOrCreate("ann");
        project.codings().add(new NewCoding(doc.id(), code.id(), ann.id(), 1, 3, "emoji"));
        assertThatThrownBy(() -> project.codings().add(new NewCoding(doc.id(), code.id(), ann.id(), 3, 6, null)))
                .isInstanceOf(GlossException.class).hasMessageContaining("outside document d (length 5");
        assertThatThrownBy(() -> project.codings().add(new NewCoding(doc.id(), code.id(), ann.id(), 3, 3, null)))
                .hasMessageContaining("start must be less than end");
        closeAndReopen();
        List<Coding> codings = project.codings().list(CodingFilter.ALL);
        assertThat(codings).hasSize(1);
        Coding coding = codings.get(0);
        assertThat(new org.gloss.model.CodePointText(project.documents().text(doc.id())).substring(coding.start(), coding.end()))
                .isEqualTo("b😀");
        assertThat(coding.memo()).isEqualTo("emoji");
        assertThat(coding.coderId()).isEqualTo(project.coders().get("ann").id());
    }

    @Test
    void bulkAddIsAllOrNothing() {
        Document doc = project.documents().add(new NewDocument("d", "0123456789"));
        Code code = project.codebook().add("c", null, null, null);
        Coder ann = project.coders().getOrCreate("ann");
        List<NewCoding> batch = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            batch.add(new NewCoding(doc.id(), code.id(), ann.id(), i, i + 1, null));
        }
        batch.add(new NewCoding(doc.id(), code.id(), ann.id(), 5, 11, null));
        assertThatThrownBy(() -> project.codings().addAll(batch)).isInstanceOf(GlossException.class);
        assertThat(project.codings().count()).isZero();
        assertThat(project.codings().addAll(batch.subList(0, 9))).isEqualTo(9);
        assertThat(project.codings().count()).isEqualTo(9);
    }

    @Test
    void transactionsRollBackEverything() {
        assertThatThrownBy(() -> project.inTransaction(() -> {
            project.codebook().add("kept?", null, null, null);
            project.coders().getOrCreate("bob");
            throw new GlossException("boom");
        })).hasMessage("boom");
        assertThat(project.codebook().list()).isEmpty();
        assertThat(project.coders().list()).isEmpty();
    }

    @Test
    void mergeMovesCodingsAndChildrenAndDropsDuplicates() {
        Document doc = project.documents().add(new NewDocument("d", "0123456789"));
        Code a = project.codebook().add("a", null, null, null);
        Code b = project.codebook().add("b", null, null, null);
        Code child = project.codebook().add("a child", a.id(), null, null);
        Coder ann = project.coders().getOrCreate("ann");
        project.codings().add(new NewCoding(doc.id(), a.id(), ann.id(), 0, 5, null));
        project.codings().add(new NewCoding(doc.id(), a.id(), ann.id(), 6, 8, null));
        project.codings().add(new NewCoding(doc.id(), b.id(), ann.id(), 0, 5, null));
        assertThat(project.codebook().merge(a.id(), b.id())).isEqualTo(2);
        assertThat(project.codebook().find("a")).isEmpty();
        assertThat(project.codebook().byId(child.id()).orElseThrow().parentId()).isEqualTo(b.id());
        List<Coding> codings = project.codings().list(CodingFilter.ALL);
        assertThat(codings).extracting(Coding::codeId).containsOnly(b.id());
        assertThat(codings).extracting(Coding::start).containsExactly(0, 6);
    }

    @Test
    void removeRefusesWhileCodingsExistUnlessForced() {
        Document doc = project.documents().add(new NewDocument("d", "0123456789"));
        Code a = project.codebook().add("a", null, null, null);
        Code child = project.codebook().add("child", a.id(), null, null);
        Coder ann = project.coders().getOrCreate("ann");
        project.codings().add(new NewCoding(doc.id(), child.id(), ann.id(), 0, 5, null));
        assertThatThrownBy(() -> project.codebook().remove(a.id(), false))
                .hasMessage("code 'a' has 1 coding(s) and 1 sub-code(s); use --force to remove them");
        project.codebook().remove(a.id(), true);
        assertThat(project.codebook().list()).isEmpty();
        assertThat(project.codings().count()).isZero();
    }

    @Test
    void removingADocumentRemovesItsCodingsAndMemos() {
        Document doc = project.documents().add(new NewDocument("d", "0123456789"));
        Code a = project.codebook().add("a", null, null, null);
        Coder ann = project.coders().getOrCreate("ann");
        Coding coding = project.codings().add(new NewCoding(doc.id(), a.id(), ann.id(), 0, 5, null));
        project.memos().put(MemoTarget.DOCUMENT, doc.id(), "ann", "about d");
        project.memos().put(MemoTarget.CODING, coding.id(), "ann", "about the coding");
        project.documents().remove(doc.id());
        assertThat(project.codings().count()).isZero();
        assertThat(project.memos().list()).isEmpty();
        assertThat(project.codebook().list()).hasSize(1);
    }

    @Test
    void transcriptTurnsRoundTripInOrder() throws Exception {
        String text = "Айгүл: Қарыз 😀 бар.\nBen: Yes.\n";
        List<Turn> turns = List.of(
                new Turn("Айгүл", Duration.ofSeconds(3723), null, new TextSpan(7, 19)),
                new Turn("Ben", Duration.ofMillis(4_000_500), Duration.ofMillis(4_002_000), new TextSpan(25, 29)),
                new Turn("", null, null, new TextSpan(0, 5)));
        Document doc = project.documents().add(new NewDocument("t", text, null, Map.of(), turns));
        Document plain = project.documents().add(new NewDocument("plain", "no turns"));
        closeAndReopen();
        assertThat(project.documents().turns(doc.id())).containsExactlyElementsOf(turns);
        assertThat(project.documents().turns(plain.id())).isEmpty();
    }

    @Test
    void turnsOutsideTheTextAreRefusedWithTheDocument() {
        List<Turn> turns = List.of(new Turn("A", null, null, new TextSpan(2, 9)));
        assertThatThrownBy(() -> project.documents().add(new NewDocument("t", "short", null, Map.of(), turns)))
                .isInstanceOf(GlossException.class).hasMessageContaining("outside document t (length 5");
        assertThat(project.documents().find("t")).isEmpty();
    }

    @Test
    void removingADocumentRemovesItsTurns() {
        Document doc = project.documents().add(new NewDocument("t", "A: hi", null, Map.of(),
                List.of(new Turn("A", null, null, new TextSpan(3, 5)))));
        project.documents().remove(doc.id());
        Document again = project.documents().add(new NewDocument("t", "A: hi"));
        assertThat(project.documents().turns(again.id())).isEmpty();
        assertThat(project.documents().turns(doc.id())).isEmpty();
    }

    @Test
    void memosAreOnePerTarget() {
        project.memos().put(MemoTarget.PROJECT, 0, "ann", "first");
        project.memos().put(MemoTarget.PROJECT, 0, "bob", "second");
        assertThat(project.memos().list()).hasSize(1);
        assertThat(project.memos().find(MemoTarget.PROJECT, 0).orElseThrow().text()).isEqualTo("second");
    }

    @Test
    void codingUpdateChangesExtentWithinTheDocument() {
        Document doc = project.documents().add(new NewDocument("d", "0123456789"));
        Code a = project.codebook().add("a", null, null, null);
        Coder ann = project.coders().getOrCreate("ann");
        Coding coding = project.codings().add(new NewCoding(doc.id(), a.id(), ann.id(), 0, 5, null));
        Coding changed = project.codings().update(coding.id(), null, 2, 10, "wider");
        assertThat(changed.start()).isEqualTo(2);
        assertThat(changed.end()).isEqualTo(10);
        assertThatThrownBy(() -> project.codings().update(coding.id(), null, null, 11, null))
                .hasMessageContaining("outside document d");
    }

    @Test
    void countsPerCodeAndDocument() {
        Document doc = project.documents().add(new NewDocument("d", "0123456789"));
        Code a = project.codebook().add("a", null, null, null);
        Coder ann = project.coders().getOrCreate("ann");
        project.codings().add(new NewCoding(doc.id(), a.id(), ann.id(), 0, 5, null));
        project.codings().add(new NewCoding(doc.id(), a.id(), ann.id(), 1, 5, null));
        assertThat(project.codebook().codingCounts()).containsEntry(a.id(), 2);
        assertThat(project.documents().codingCounts()).containsEntry(doc.id(), 2);
    }

    @Test
    void documentsCanBeRenamedToAFreeName() throws Exception {
        Document a = project.documents().add(new NewDocument("a", "one"));
        project.documents().add(new NewDocument("b", "two"));
        assertThatThrownBy(() -> project.documents().rename(a.id(), "b"))
                .isInstanceOf(GlossException.class).hasMessageContaining("already exists");
        project.documents().rename(a.id(), "first");
        closeAndReopen();
        assertThat(project.documents().find("first")).get().extracting(Document::contentHash)
                .isEqualTo(a.contentHash());
        assertThat(project.documents().find("a")).isEmpty();
    }

    // --- external identifiers --------------------------------------------------------------

    @Test
    void externalIdsAreKeptAndLeaveWithTheirObjects() throws Exception {
        Document doc = project.documents().add(new NewDocument("interview", "some words here"));
        Code code = project.codebook().add("Debt", null, null, null);
        Coder aida = project.coders().getOrCreate("aida");
        Coding first = project.codings().add(new NewCoding(doc.id(), code.id(), aida.id(), 0, 4, null));
        Coding second = project.codings().add(new NewCoding(doc.id(), code.id(), aida.id(), 5, 10, null));
        long memo = project.memos().put(MemoTarget.CODING, first.id(), "aida", "why").id();
        ExternalIds ids = project.externalIds();
        ids.put(ExternalIds.Kind.DOCUMENT, doc.id(), "d-1");
        ids.put(ExternalIds.Kind.CODE, code.id(), "c-1");
        ids.put(ExternalIds.Kind.CODER, aida.id(), "u-1");
        ids.put(ExternalIds.Kind.CODING, first.id(), "k-1");
        ids.put(ExternalIds.Kind.SELECTION, first.id(), "s-1");
        ids.put(ExternalIds.Kind.CODING, second.id(), "k-2");
        ids.put(ExternalIds.Kind.MEMO, memo, "n-1");
        ids.put(ExternalIds.Kind.CODE, code.id(), "c-2"); // replaces
        assertThatThrownBy(() -> ids.put(ExternalIds.Kind.CODE, code.id() + 1000, "c-3")).isInstanceOf(IllegalArgumentException.class);

        closeAndReopen();
        ExternalIds again = project.externalIds();
        assertThat(again.all(ExternalIds.Kind.DOCUMENT)).isEqualTo(Map.of(doc.id(), "d-1"));
        assertThat(again.all(ExternalIds.Kind.CODE)).isEqualTo(Map.of(code.id(), "c-2"));
        assertThat(again.all(ExternalIds.Kind.CODER)).isEqualTo(Map.of(aida.id(), "u-1"));
        assertThat(again.all(ExternalIds.Kind.CODING)).isEqualTo(Map.of(first.id(), "k-1", second.id(), "k-2"));
        assertThat(again.all(ExternalIds.Kind.SELECTION)).isEqualTo(Map.of(first.id(), "s-1"));
        assertThat(again.all(ExternalIds.Kind.MEMO)).isEqualTo(Map.of(memo, "n-1"));

        project.codings().remove(first.id());
        assertThat(project.externalIds().all(ExternalIds.Kind.CODING)).isEqualTo(Map.of(second.id(), "k-2"));
        assertThat(project.externalIds().all(ExternalIds.Kind.SELECTION)).isEmpty();
        assertThat(project.externalIds().all(ExternalIds.Kind.MEMO)).isEmpty();
        project.documents().remove(doc.id());
        assertThat(project.externalIds().all(ExternalIds.Kind.DOCUMENT)).isEmpty();
        assertThat(project.externalIds().all(ExternalIds.Kind.CODING)).isEmpty();
    }

    // --- adjudication log ------------------------------------------------------------------

    private static NewAdjudicationDecision decision(int start, int end, AdjudicationDecision.Outcome outcome, String note) {
        return new NewAdjudicationDecision("interview", "debt concern", start, end, List.of("aida", "ben"), "consensus",
                outcome, "agreed", "lead", note);
    }

    @Test
    void adjudicationLogKeepsDecisionsInOrderAcrossSessions() throws Exception {
        assertThat(project.adjudications().count()).isZero();
        AdjudicationDecision first = project.adjudications().record(decision(0, 5, AdjudicationDecision.Outcome.ACCEPTED, null));
        project.adjudications().record(decision(5, 9, AdjudicationDecision.Outcome.REJECTED, "only ben saw it"));
        assertThat(first.id()).isPositive();
        assertThat(first.decidedAt()).isNotNull();
        closeAndReopen();
        List<AdjudicationDecision> log = project.adjudications().list();
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).usingRecursiveComparison().isEqualTo(first);
        AdjudicationDecision second = log.get(1);
        assertThat(second.start()).isEqualTo(5);
        assertThat(second.end()).isEqualTo(9);
        assertThat(second.coders()).containsExactly("aida", "ben");
        assertThat(second.consensus()).isEqualTo("consensus");
        assertThat(second.outcome()).isEqualTo(AdjudicationDecision.Outcome.REJECTED);
        assertThat(second.rule()).isEqualTo("agreed");
        assertThat(second.decidedBy()).isEqualTo("lead");
        assertThat(second.note()).isEqualTo("only ben saw it");
        assertThat(project.adjudications().count()).isEqualTo(2);
    }

    @Test
    void adjudicationCopiesKeepWhenTheyWereTakenAndAreAllOrNothing() throws Exception {
        Instant taken = Instant.parse("2024-03-01T10:15:30.123Z");
        AdjudicationDecision elsewhere = new AdjudicationDecision(99, "interview", "debt concern", 3, 8, List.of("aida", "ben"),
                "consensus", AdjudicationDecision.Outcome.REJECTED, "manual:ben", "lead", "from aida's copy", taken);
        AdjudicationDecision broken = new AdjudicationDecision(100, "interview", "debt concern", 8, 8, List.of("aida"),
                "consensus", AdjudicationDecision.Outcome.ACCEPTED, "agreed", "lead", null, taken);
        assertThatThrownBy(() -> project.adjudications().recordCopies(List.of(elsewhere, broken)))
                .isInstanceOf(RuntimeException.class);
        assertThat(project.adjudications().count()).isZero();

        assertThat(project.adjudications().recordCopies(List.of(elsewhere))).isEqualTo(1);
        closeAndReopen();
        AdjudicationDecision copied = project.adjudications().list().get(0);
        assertThat(copied.id()).isPositive();
        assertThat(copied).usingRecursiveComparison().ignoringFields("id").isEqualTo(elsewhere);
    }

    @Test
    void recordingAllAdjudicationsIsAllOrNothing() {
        List<NewAdjudicationDecision> batch = List.of(decision(0, 5, AdjudicationDecision.Outcome.ACCEPTED, null),
                decision(7, 7, AdjudicationDecision.Outcome.ACCEPTED, null));
        assertThatThrownBy(() -> project.adjudications().recordAll(batch)).isInstanceOf(RuntimeException.class);
        assertThat(project.adjudications().list()).isEmpty();
        assertThat(project.adjudications().recordAll(batch.subList(0, 1))).isEqualTo(1);
        assertThat(project.adjudications().count()).isEqualTo(1);
    }

    @Test
    void adjudicationLogOutlivesTheCodesAndDocumentsItNames() {
        Document doc = project.documents().add(new NewDocument("interview", "0123456789"));
        Code code = project.codebook().add("debt concern", null, null, null);
        project.adjudications().record(decision(0, 5, AdjudicationDecision.Outcome.ACCEPTED, null));
        project.codebook().remove(code.id(), true);
        project.documents().remove(doc.id());
        assertThat(project.adjudications().list()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("debt concern"));
    }
}
