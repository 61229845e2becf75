package org.gloss.team.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ExternalIds;
import org.gloss.api.store.NewAdjudicationDecision;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.CodedSegments;
import org.gloss.model.Code;
import org.gloss.model.CodedSegment;
import org.gloss.model.MemoTarget;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merges real SQLite project files. */
class ProjectMergerTest {
    private static final String INTERVIEW = "We talked about debt and the harvest. 😀 Then about school fees.";
    private static final String FIELD_NOTES = "Market day: prices rose again.";

    @TempDir
    Path dir;

    private final SqliteStoreProvider store = new SqliteStoreProvider();
    private final List<ProjectSession> open = new ArrayList<>();

    @AfterEach
    void closeAll() {
        open.forEach(ProjectSession::close);
    }

    private ProjectSession create(String name) {
        ProjectSession session = store.create(dir.resolve(name).toString());
        open.add(session);
        return session;
    }

    /** The shared starting point every coder's copy is made from. */
    private ProjectSession base(String name) {
        ProjectSession p = create(name);
        p.documents().add(new NewDocument("interview", INTERVIEW));
        Code economy = p.codebook().add("Economy", null, "#112233", "money matters");
        p.codebook().add("Debt", economy.id(), null, null);
        p.codebook().add("Education", null, null, null);
        return p;
    }

    private static void code(ProjectSession p, String coder, String document, String code, int start, int end) {
        p.codings().add(new NewCoding(p.documents().get(document).id(), p.codebook().get(code).id(),
                p.coders().getOrCreate(coder).id(), start, end, null));
    }

    private static List<String> segments(ProjectSession p) {
        return CodedSegments.list(p, CodingFilter.ALL).stream()
                .map(s -> s.document() + "|" + s.coder() + "|" + s.code() + "|" + s.start() + "-" + s.end() + "|" + s.text())
                .sorted().toList();
    }

    private static MergeReport merge(ProjectSession target, Preference preference, ProjectSession... sources) {
        List<ProjectMerger.Source> copies = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            copies.add(new ProjectMerger.Source("copy" + (i + 1), sources[i]));
        }
        return new ProjectMerger(target, preference).merge(copies, false);
    }

    @Test
    void mergesEachCodersCopyKeepingWhoCodedWhat() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession aida = base("aida.gloss");
        ProjectSession ben = base("ben.gloss");
        code(aida, "aida", "interview", "Debt", 16, 20);
        code(aida, "aida", "interview", "Education", 51, 62);
        code(ben, "ben", "interview", "Debt", 16, 36);
        ben.memos().put(MemoTarget.PROJECT, 0, "ben", "harvest matters more than I thought");

        MergeReport report = merge(lead, null, aida, ben);

        assertThat(report.written()).isTrue();
        assertThat(report.conflicts()).isEmpty();
        assertThat(report.sources().get(0).codingsAdded()).isEqualTo(2);
        assertThat(report.sources().get(1).codingsAdded()).isEqualTo(1);
        assertThat(report.sources().get(1).memosAdded()).isEqualTo(1);
        assertThat(segments(lead)).containsExactly(
                "interview|aida|Debt|16-20|debt",
                "interview|aida|Education|51-62|school fees",
                "interview|ben|Debt|16-36|debt and the harvest");
        assertThat(lead.memos().find(MemoTarget.PROJECT, 0)).get().extracting(m -> m.text())
                .isEqualTo("harvest matters more than I thought");
    }

    @Test
    void mergingTheSameCopyTwiceAddsNothing() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession aida = base("aida.gloss");
        aida.documents().add(new NewDocument("field notes", FIELD_NOTES));
        aida.codebook().add("Prices", aida.codebook().get("Economy").id(), "#aa0000", null);
        code(aida, "aida", "field notes", "Prices", 12, 18);
        long codingId = aida.codings().list(CodingFilter.ALL).get(0).id();
        aida.memos().put(MemoTarget.CODING, codingId, "aida", "sharp rise");

        SourceReport first = merge(lead, null, aida).sources().get(0);
        List<String> afterFirst = segments(lead);
        SourceReport second = merge(lead, null, aida).sources().get(0);

        assertThat(first.summary()).isEqualTo("+1 document, +1 code, +1 coder, +1 coding, +1 memo");
        assertThat(second.addedNothing()).isTrue();
        assertThat(second.summary()).isEqualTo("nothing new");
        assertThat(segments(lead)).isEqualTo(afterFirst).containsExactly("field notes|aida|Prices|12-18|prices");
        long leadCoding = lead.codings().list(CodingFilter.ALL).get(0).id();
        assertThat(lead.memos().find(MemoTarget.CODING, leadCoding)).get().extracting(m -> m.text()).isEqualTo("sharp rise");
        assertThat(lead.codebook().list()).hasSize(4);
    }

    @Test
    void documentsMatchByTextNotName() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession aida = create("aida.gloss");
        aida.documents().add(new NewDocument("interview-renamed", INTERVIEW));
        aida.documents().add(new NewDocument("interview", FIELD_NOTES)); // a taken name with other text
        aida.codebook().add("Debt", null, null, null);
        code(aida, "aida", "interview-renamed", "Debt", 16, 20);

        MergeReport refused = merge(lead, null, aida);
        assertThat(refused.refused()).isTrue();
        assertThat(refused.conflicts()).extracting(MergeConflict::kind)
                .contains(MergeConflict.Kind.DOCUMENT_NAME, MergeConflict.Kind.CODE_PLACEMENT);
        assertThat(lead.documents().list()).hasSize(1);
        assertThat(lead.codings().count()).isZero();

        merge(lead, Preference.TARGET, aida);
        assertThat(lead.documents().list()).extracting(d -> d.name())
                .containsExactly("interview", "interview (copy1)");
        assertThat(segments(lead)).containsExactly("interview|aida|Debt|16-20|debt");
        assertThat(lead.codebook().get("Debt").parentId()).isEqualTo(lead.codebook().get("Economy").id());
    }

    @Test
    void preferSourceRenamesMovesAndRecolours() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession aida = create("aida.gloss");
        aida.documents().add(new NewDocument("transcript 1", INTERVIEW));
        aida.codebook().add("Economy", null, "#ff0000", "money matters");
        aida.codebook().add("Debt", null, null, null);

        MergeReport report = merge(lead, Preference.SOURCE, aida);

        assertThat(report.written()).isTrue();
        assertThat(report.conflicts()).extracting(MergeConflict::kind).containsExactlyInAnyOrder(
                MergeConflict.Kind.CODE_PROPERTIES, MergeConflict.Kind.CODE_PLACEMENT, MergeConflict.Kind.DOCUMENT_NAME);
        assertThat(lead.documents().list()).extracting(d -> d.name()).containsExactly("transcript 1");
        assertThat(lead.codebook().get("Economy").color()).isEqualTo("#ff0000");
        assertThat(lead.codebook().get("Debt").parentId()).isNull();
    }

    @Test
    void aCodePathWithAnotherColourIsRefusedAndNothingIsWritten() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession aida = base("aida.gloss");
        aida.codebook().update(aida.codebook().get("Economy").id(), "#00ff00", "money matters");
        aida.documents().add(new NewDocument("field notes", FIELD_NOTES));
        code(aida, "aida", "interview", "Debt", 16, 20);

        MergeReport report = merge(lead, null, aida);

        assertThat(report.refused()).isTrue();
        assertThat(report.written()).isFalse();
        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MergeConflict.Kind.CODE_PROPERTIES);
            assertThat(c.description()).contains("Economy", "#112233", "#00ff00", "copy1");
        });
        // the report still says what would have been added
        assertThat(report.sources().get(0).documentsAdded()).isEqualTo(1);
        assertThat(lead.documents().list()).hasSize(1);
        assertThat(lead.coders().list()).isEmpty();
        assertThat(lead.codings().count()).isZero();
        assertThat(lead.codebook().get("Economy").color()).isEqualTo("#112233");
    }

    @Test
    void aCodersDifferentCodingsInTwoCopiesConflict() {
        ProjectSession lead = base("lead.gloss");
        code(lead, "aida", "interview", "Debt", 16, 20);
        code(lead, "aida", "interview", "Education", 51, 62);
        ProjectSession later = base("aida-later.gloss");
        code(later, "aida", "interview", "Debt", 16, 36);
        code(later, "aida", "interview", "Education", 51, 62);
        code(later, "ben", "interview", "Education", 51, 62);

        MergeReport refused = merge(lead, null, later);
        assertThat(refused.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MergeConflict.Kind.CODINGS);
            assertThat(c.description()).contains("'aida'", "'interview'", "1 coding(s) only in copy1", "1 only in the target");
        });
        assertThat(lead.codings().count()).isEqualTo(2);

        merge(lead, Preference.TARGET, later);
        assertThat(segments(lead)).containsExactly(
                "interview|aida|Debt|16-20|debt",
                "interview|aida|Education|51-62|school fees",
                "interview|ben|Education|51-62|school fees");

        SourceReport preferSource = merge(lead, Preference.SOURCE, later).sources().get(0);
        assertThat(preferSource.codingsAdded()).isEqualTo(1);
        assertThat(preferSource.codingsRemoved()).isEqualTo(1);
        assertThat(segments(lead)).containsExactly(
                "interview|aida|Debt|16-36|debt and the harvest",
                "interview|aida|Education|51-62|school fees",
                "interview|ben|Education|51-62|school fees");
    }

    @Test
    void aDryRunReportsButWritesNothing() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession aida = base("aida.gloss");
        code(aida, "aida", "interview", "Debt", 16, 20);

        MergeReport report = new ProjectMerger(lead, null).merge(List.of(new ProjectMerger.Source("aida", aida)), true);

        assertThat(report.written()).isFalse();
        assertThat(report.refused()).isFalse();
        assertThat(report.sources().get(0).codingsAdded()).isEqualTo(1);
        assertThat(lead.codings().count()).isZero();
        assertThat(lead.coders().list()).isEmpty();
    }

    @Test
    void anErrorHalfWayLeavesTheTargetUntouched() {
        ProjectSession lead = base("lead.gloss");
        lead.documents().add(new NewDocument("notes", FIELD_NOTES));
        ProjectSession aida = create("aida.gloss");
        aida.codebook().add("Brand new", null, null, null);
        aida.documents().add(new NewDocument("notes", INTERVIEW)); // renaming lead's interview to "notes" must fail

        assertThatThrownBy(() -> merge(lead, Preference.SOURCE, aida))
                .isInstanceOf(GlossException.class).hasMessageContaining("'notes'");

        assertThat(lead.codebook().find("Brand new")).isEmpty();
        assertThat(lead.documents().list()).extracting(d -> d.name()).containsExactly("interview", "notes");
    }

    @Test
    void codingsKeepTheirTextAcrossCopiesWithSupplementaryCharacters() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession aida = base("aida.gloss");
        int emoji = INTERVIEW.codePointCount(0, INTERVIEW.indexOf("😀"));
        code(aida, "aida", "interview", "Education", emoji, emoji + 1);
        merge(lead, null, aida);
        List<CodedSegment> segments = CodedSegments.list(lead, CodingFilter.ALL);
        assertThat(segments).singleElement().extracting(CodedSegment::text).isEqualTo("😀");
    }

    private static NewAdjudicationDecision decision(String document, int start, int end, String note) {
        return new NewAdjudicationDecision(document, "Debt", start, end, List.of("aida", "ben"), "consensus",
                AdjudicationDecision.Outcome.ACCEPTED, "agreed", "lead", note);
    }

    private static List<String> log(ProjectSession p) {
        return p.adjudications().list().stream()
                .map(d -> d.document() + "|" + d.code() + "|" + d.start() + "-" + d.end() + "|" + d.note() + "|" + d.decidedAt())
                .toList();
    }

    @Test
    void theAdjudicationLogComesAlongOnceKeepingWhenEachDecisionWasTaken() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession aida = base("aida.gloss");
        aida.adjudications().record(decision("interview", 16, 20, "first pass"));
        aida.adjudications().record(decision("interview", 21, 36, null));
        aida.adjudications().record(decision("interview", 21, 36, null)); // decided again later: logged twice
        List<String> aidasLog = log(aida);

        MergeReport first = merge(lead, null, aida);
        assertThat(first.sources().get(0).adjudicationsAdded()).isEqualTo(3);
        assertThat(first.sources().get(0).summary()).isEqualTo("+3 adjudication decisions");
        assertThat(log(lead)).isEqualTo(aidasLog);

        MergeReport again = merge(lead, null, aida);
        assertThat(again.sources().get(0).summary()).isEqualTo("nothing new");
        assertThat(log(lead)).isEqualTo(aidasLog);

        // a copy that shares one decision with the log and adds one: only the new one comes
        ProjectSession ben = base("ben.gloss");
        ben.adjudications().record(decision("interview", 16, 20, "first pass"));
        ben.adjudications().record(decision("interview", 40, 45, "ben's copy"));
        assertThat(merge(lead, null, ben).sources().get(0).adjudicationsAdded()).isEqualTo(1);
        assertThat(lead.adjudications().list()).extracting(AdjudicationDecision::note)
                .containsExactly("first pass", null, null, "ben's copy");
    }

    @Test
    void decisionsNameTheDocumentAsTheTargetCallsIt() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession aida = create("aida.gloss");
        aida.documents().add(new NewDocument("interview 3", INTERVIEW));
        aida.adjudications().record(decision("interview 3", 0, 2, null));
        aida.adjudications().record(decision("deleted since", 0, 2, null));

        merge(lead, Preference.TARGET, aida);
        assertThat(lead.adjudications().list()).extracting(AdjudicationDecision::document)
                .containsExactly("interview", "deleted since");
        assertThat(merge(lead, Preference.TARGET, aida).sources().get(0).adjudicationsAdded()).isZero();
    }

    @Test
    void aDryRunAddsNoDecisions() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession aida = base("aida.gloss");
        aida.adjudications().record(decision("interview", 16, 20, null));
        MergeReport dryRun = new ProjectMerger(lead, null).merge(List.of(new ProjectMerger.Source("aida", aida)), true);
        assertThat(dryRun.sources().get(0).adjudicationsAdded()).isEqualTo(1);
        assertThat(lead.adjudications().count()).isZero();
    }

    @Test
    void identifiersFromOtherToolsComeAlongWithTheirObjectsOnceAndNeverReplaceTheTargets() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession imported = base("imported.gloss");
        code(imported, "aida", "interview", "Debt", 16, 20);
        long coding = imported.codings().list(CodingFilter.ALL).get(0).id();
        imported.memos().put(MemoTarget.CODING, coding, "aida", "debt first");
        long memo = imported.memos().find(MemoTarget.CODING, coding).orElseThrow().id();
        ExternalIds guids = imported.externalIds();
        guids.put(ExternalIds.Kind.DOCUMENT, imported.documents().get("interview").id(), "D0000000-0000-0000-0000-000000000001");
        guids.put(ExternalIds.Kind.CODE, imported.codebook().get("Debt").id(), "C0000000-0000-0000-0000-000000000002");
        guids.put(ExternalIds.Kind.CODE, imported.codebook().get("Economy").id(), "C0000000-0000-0000-0000-000000000003");
        guids.put(ExternalIds.Kind.CODER, imported.coders().get("aida").id(), "U0000000-0000-0000-0000-000000000004");
        guids.put(ExternalIds.Kind.SELECTION, coding, "S0000000-0000-0000-0000-000000000005");
        guids.put(ExternalIds.Kind.CODING, coding, "K0000000-0000-0000-0000-000000000006");
        guids.put(ExternalIds.Kind.MEMO, memo, "M0000000-0000-0000-0000-000000000007");
        // the lead's Economy already has an identifier of its own
        lead.externalIds().put(ExternalIds.Kind.CODE, lead.codebook().get("Economy").id(), "LEAD-ECONOMY");

        SourceReport first = merge(lead, null, imported).sources().get(0);
        SourceReport again = merge(lead, null, imported).sources().get(0);

        ExternalIds kept = lead.externalIds();
        long leadCoding = lead.codings().list(CodingFilter.ALL).get(0).id();
        assertThat(kept.all(ExternalIds.Kind.DOCUMENT)).containsExactly(
                java.util.Map.entry(lead.documents().get("interview").id(), "D0000000-0000-0000-0000-000000000001"));
        assertThat(kept.all(ExternalIds.Kind.CODE)).containsOnly(
                java.util.Map.entry(lead.codebook().get("Debt").id(), "C0000000-0000-0000-0000-000000000002"),
                java.util.Map.entry(lead.codebook().get("Economy").id(), "LEAD-ECONOMY"));
        assertThat(kept.all(ExternalIds.Kind.CODER)).containsExactly(
                java.util.Map.entry(lead.coders().get("aida").id(), "U0000000-0000-0000-0000-000000000004"));
        assertThat(kept.all(ExternalIds.Kind.SELECTION)).containsExactly(
                java.util.Map.entry(leadCoding, "S0000000-0000-0000-0000-000000000005"));
        assertThat(kept.all(ExternalIds.Kind.CODING)).containsExactly(
                java.util.Map.entry(leadCoding, "K0000000-0000-0000-0000-000000000006"));
        assertThat(kept.all(ExternalIds.Kind.MEMO)).containsExactly(java.util.Map.entry(
                lead.memos().find(MemoTarget.CODING, leadCoding).orElseThrow().id(), "M0000000-0000-0000-0000-000000000007"));
        assertThat(first.externalIdsAdded()).isEqualTo(6);
        assertThat(first.summary()).endsWith("+6 identifiers from other tools");
        assertThat(again.addedNothing()).isTrue();
    }
}
