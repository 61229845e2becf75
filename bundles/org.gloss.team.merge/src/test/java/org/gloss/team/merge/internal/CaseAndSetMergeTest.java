package org.gloss.team.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gloss.api.store.ExternalIds;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.DocumentSet;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases and sets travel with a merge: real SQLite project files. */
class CaseAndSetMergeTest {
    static final String FOCUS_GROUP = "Aida: debt 😀 worries me.\nBolat: school fees.\nAida: and the harvest.";
    static final String DIARY = "Market day: prices rose again.";

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

    /** The lead's starting point: the focus group and two codes, no cases or sets yet. */
    private ProjectSession base(String name) {
        ProjectSession p = create(name);
        p.documents().add(new NewDocument("focus group", FOCUS_GROUP));
        p.codebook().add("Debt", null, null, null);
        p.codebook().add("Education", null, null, null);
        return p;
    }

    private static MergeReport merge(ProjectSession target, Preference preference, ProjectSession source) {
        return new ProjectMerger(target, preference).merge(List.of(new ProjectMerger.Source("aida.gloss", source)), false);
    }

    /** Aida's copy: a new document, a case with whole-document and range members and typed attributes, three sets. */
    static void addCasesAndSets(ProjectSession p) {
        long focus = p.documents().get("focus group").id();
        long diary = p.documents().find("diary").orElseGet(() -> p.documents().add(new NewDocument("diary", DIARY))).id();
        p.documents().setAttribute(diary, "wave", new AttributeValue(AttributeType.NUMBER, "2"));
        Case aida = p.cases().add("Aida", "teacher, Naryn");
        p.cases().addMember(aida.id(), CaseMember.range(focus, 0, 24));
        p.cases().addMember(aida.id(), CaseMember.range(focus, 45, 67));
        p.cases().addMember(aida.id(), CaseMember.wholeDocument(diary));
        p.cases().setAttribute(aida.id(), "age", new AttributeValue(AttributeType.NUMBER, "34"));
        p.cases().setAttribute(aida.id(), "region", AttributeValue.text("Naryn"));
        p.cases().setAttribute(aida.id(), "interviewed", new AttributeValue(AttributeType.DATE, "2024-05-01"));
        p.cases().add("Bolat", "");
        DocumentSet wave1 = p.sets().add("wave 1", "spring fieldwork", null);
        p.sets().addDocument(wave1.id(), focus);
        p.sets().addDocument(wave1.id(), diary);
        p.sets().addCode(wave1.id(), p.codebook().get("Debt").id());
        p.sets().add("second wave", "", "wave>=2");
    }

    @Test
    void casesAndSetsAreAddedWithTheirMembersAndAMergeAgainAddsNothing() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession aida = base("aida.gloss");
        // the lead calls the focus group otherwise: documents match by text, and so do members
        lead.documents().rename(lead.documents().get("focus group").id(), "FG-1");
        addCasesAndSets(aida);

        MergeReport first = merge(lead, Preference.TARGET, aida);
        MergeReport again = merge(lead, null, aida);

        assertThat(first.sources().get(0).summary()).isEqualTo("+1 document, +2 cases, +2 sets");
        assertThat(first.conflicts()).extracting(MergeConflict::kind).containsExactly(MergeConflict.Kind.DOCUMENT_NAME);
        assertThat(CasesAndSetsPicture.cases(lead)).containsExactly(
                "Aida|teacher, Naryn|{age=AttributeValue[type=NUMBER, value=34], interviewed=AttributeValue[type=DATE, value=2024-05-01], "
                        + "region=AttributeValue[type=TEXT, value=Naryn]}|[FG-1[0,24), FG-1[45,67), diary]",
                "Bolat||{}|[]");
        assertThat(CasesAndSetsPicture.sets(lead)).containsExactly(
                "second wave||wave>=2|[]|[]",
                "wave 1|spring fieldwork|null|[FG-1, diary]|[Debt]");
        // a range member covers the same words in both copies
        Case merged = lead.cases().get("Aida");
        String text = lead.documents().text(lead.documents().get("FG-1").id());
        CaseMember firstTurn = merged.members().stream().filter(m -> !m.isWholeDocument()).findFirst().orElseThrow();
        assertThat(text.substring(0, text.offsetByCodePoints(0, firstTurn.span().end()))).isEqualTo("Aida: debt 😀 worries me.");
        assertThat(again.sources().get(0).addedNothing()).isTrue();
        assertThat(again.conflicts()).extracting(MergeConflict::kind).containsExactly(MergeConflict.Kind.DOCUMENT_NAME);
    }

    @Test
    void whatTheTargetLacksIsFilledInWithoutAConflict() {
        ProjectSession lead = base("lead.gloss");
        Case leadsAida = lead.cases().add("Aida", "");
        lead.cases().setAttribute(leadsAida.id(), "age", new AttributeValue(AttributeType.NUMBER, "34"));
        lead.sets().add("wave 1", "", null);
        ProjectSession aida = base("aida.gloss");
        addCasesAndSets(aida);

        MergeReport report = merge(lead, null, aida);

        assertThat(report.refused()).isFalse();
        assertThat(report.sources().get(0).summary()).isEqualTo("+1 document, +1 case, 1 case updated, +1 set, 1 set updated");
        assertThat(CasesAndSetsPicture.cases(lead)).isEqualTo(CasesAndSetsPicture.cases(aida));
        assertThat(CasesAndSetsPicture.sets(lead)).isEqualTo(CasesAndSetsPicture.sets(aida));
    }

    /** The lead's Aida: another age and description, one member of Aida's and one of its own; wave 1 smart. */
    private ProjectSession leadDisagreeing() {
        ProjectSession lead = base("lead.gloss");
        long focus = lead.documents().get("focus group").id();
        Case leadsAida = lead.cases().add("Aida", "teacher");
        lead.cases().setAttribute(leadsAida.id(), "age", new AttributeValue(AttributeType.NUMBER, "35"));
        lead.cases().addMember(leadsAida.id(), CaseMember.range(focus, 0, 24));
        lead.cases().addMember(leadsAida.id(), CaseMember.range(focus, 25, 44));
        lead.sets().add("wave 1", "", "wave=1");
        return lead;
    }

    @Test
    void differentAttributesMembersOrConditionsAreConflictsAndRefusedWithoutAPreference() {
        ProjectSession lead = leadDisagreeing();
        ProjectSession aida = base("aida.gloss");
        addCasesAndSets(aida);
        List<String> casesBefore = CasesAndSetsPicture.cases(lead);
        List<String> setsBefore = CasesAndSetsPicture.sets(lead);

        MergeReport report = merge(lead, null, aida);

        assertThat(report.refused()).isTrue();
        assertThat(report.conflicts()).extracting(Object::toString).containsExactly(
                "case: case 'Aida' differs: description \"teacher\" in the target but \"teacher, Naryn\" in aida.gloss; "
                        + "age 35 (number) in the target but 34 (number) in aida.gloss; "
                        + "2 member(s) only in aida.gloss, 1 only in the target",
                "set: set 'wave 1' differs: smart (wave=1) in the target but static in aida.gloss; "
                        + "2 document(s) only in aida.gloss, 0 only in the target; 1 code(s) only in aida.gloss, 0 only in the target");
        assertThat(CasesAndSetsPicture.cases(lead)).isEqualTo(casesBefore);
        assertThat(CasesAndSetsPicture.sets(lead)).isEqualTo(setsBefore);
    }

    @Test
    void preferringTheTargetKeepsItsSideButFillsInWhatItLacks() {
        ProjectSession lead = leadDisagreeing();
        ProjectSession aida = base("aida.gloss");
        addCasesAndSets(aida);

        MergeReport report = merge(lead, Preference.TARGET, aida);

        assertThat(report.conflicts()).hasSize(2);
        assertThat(CasesAndSetsPicture.cases(lead)).containsExactly(
                "Aida|teacher|{age=AttributeValue[type=NUMBER, value=35], interviewed=AttributeValue[type=DATE, value=2024-05-01], "
                        + "region=AttributeValue[type=TEXT, value=Naryn]}|[focus group[0,24), focus group[25,44)]",
                "Bolat||{}|[]");
        assertThat(CasesAndSetsPicture.sets(lead)).contains("wave 1|spring fieldwork|wave=1|[]|[]");
    }

    @Test
    void preferringTheSourceTakesItsDescriptionValuesMembersAndCondition() {
        ProjectSession lead = leadDisagreeing();
        ProjectSession aida = base("aida.gloss");
        addCasesAndSets(aida);

        MergeReport report = merge(lead, Preference.SOURCE, aida);

        assertThat(report.conflicts()).hasSize(2);
        assertThat(CasesAndSetsPicture.cases(lead)).isEqualTo(CasesAndSetsPicture.cases(aida));
        assertThat(CasesAndSetsPicture.sets(lead)).isEqualTo(CasesAndSetsPicture.sets(aida));
        // and the other way round: a smart set in the source makes the target's listed set smart
        ProjectSession other = base("other.gloss");
        DocumentSet listed = other.sets().add("second wave", "", null);
        other.sets().addDocument(listed.id(), other.documents().get("focus group").id());
        merge(other, Preference.SOURCE, aida);
        assertThat(CasesAndSetsPicture.sets(other)).contains("second wave||wave>=2|[]|[]");
    }

    @Test
    void identifiersOtherToolsGaveCasesAndSetsComeAlong() {
        ProjectSession lead = base("lead.gloss");
        ProjectSession imported = base("imported.gloss");
        addCasesAndSets(imported);
        imported.externalIds().put(ExternalIds.Kind.CASE, imported.cases().get("Aida").id(), "A0000000-0000-4000-8000-000000000001");
        imported.externalIds().put(ExternalIds.Kind.SET, imported.sets().get("wave 1").id(), "A0000000-0000-4000-8000-000000000002");

        SourceReport first = merge(lead, null, imported).sources().get(0);

        assertThat(lead.externalIds().all(ExternalIds.Kind.CASE))
                .isEqualTo(Map.of(lead.cases().get("Aida").id(), "A0000000-0000-4000-8000-000000000001"));
        assertThat(lead.externalIds().all(ExternalIds.Kind.SET))
                .isEqualTo(Map.of(lead.sets().get("wave 1").id(), "A0000000-0000-4000-8000-000000000002"));
        assertThat(first.externalIdsAdded()).isEqualTo(2);
    }
}
