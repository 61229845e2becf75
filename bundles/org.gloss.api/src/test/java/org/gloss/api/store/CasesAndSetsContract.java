package org.gloss.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Document;
import org.gloss.model.DocumentSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every project store keeps of cases and sets (schema version 8). A store's test class
 * extends this and says how to create a fresh project and reopen it, as for
 * {@link ProjectStoreContract}.
 */
public abstract class CasesAndSetsContract {
    protected ProjectSession project;

    protected abstract ProjectSession createProject() throws Exception;

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

    private void closeAndReopen() throws Exception {
        project.close();
        project = reopen();
    }

    @Test
    void casesKeepTheirDescriptionTypedAttributesAndMembersAcrossSessions() throws Exception {
        Document focus = project.documents().add(new NewDocument("focus group", "Aida: yes.\nBolat: no 😀.\nAida: maybe."));
        Document diary = project.documents().add(new NewDocument("diary", "one day"));
        Case aida = project.cases().add("Aida", "teacher, Naryn");
        assertThat(project.cases().addMember(aida.id(), CaseMember.range(focus.id(), 24, 36))).isTrue();
        assertThat(project.cases().addMember(aida.id(), CaseMember.range(focus.id(), 0, 10))).isTrue();
        assertThat(project.cases().addMember(aida.id(), CaseMember.wholeDocument(diary.id()))).isTrue();
        project.cases().setAttribute(aida.id(), "age", AttributeValue.parse(AttributeType.NUMBER, "+34"));
        project.cases().setAttribute(aida.id(), "region", AttributeValue.text("Naryn"));
        project.cases().setAttribute(aida.id(), "interviewed", AttributeValue.parse(AttributeType.DATE, "2024-05-01"));
        project.cases().add("Bolat", null);
        closeAndReopen();

        assertThat(project.cases().list()).extracting(Case::name).containsExactly("Aida", "Bolat");
        Case again = project.cases().get("Aida");
        assertThat(again.description()).isEqualTo("teacher, Naryn");
        assertThat(again.attributes()).isEqualTo(Map.of(
                "age", new AttributeValue(AttributeType.NUMBER, "34"),
                "region", AttributeValue.text("Naryn"),
                "interviewed", new AttributeValue(AttributeType.DATE, "2024-05-01")));
        // by document id, a whole document before ranges, ranges by start
        assertThat(again.members()).containsExactly(CaseMember.range(focus.id(), 0, 10), CaseMember.range(focus.id(), 24, 36),
                CaseMember.wholeDocument(diary.id()));
        assertThat(project.cases().get("Bolat").description()).isEmpty();
        assertThat(project.cases().get("Bolat").members()).isEmpty();
        assertThat(project.cases().list().get(0)).isEqualTo(again);
    }

    @Test
    void aMemberIsThereOnceAndLiesInsideItsDocument() {
        Document doc = project.documents().add(new NewDocument("d", "0123456789"));
        Case c = project.cases().add("c", "");
        assertThat(project.cases().addMember(c.id(), CaseMember.range(doc.id(), 2, 5))).isTrue();
        assertThat(project.cases().addMember(c.id(), CaseMember.range(doc.id(), 2, 5))).isFalse();
        assertThat(project.cases().addMember(c.id(), CaseMember.wholeDocument(doc.id()))).isTrue();
        assertThat(project.cases().addMember(c.id(), CaseMember.wholeDocument(doc.id()))).isFalse();
        assertThatThrownBy(() -> project.cases().addMember(c.id(), CaseMember.range(doc.id(), 5, 11)))
                .isInstanceOf(GlossException.class).hasMessageContaining("outside document d");
        assertThatThrownBy(() -> project.cases().addMember(c.id(), CaseMember.wholeDocument(doc.id() + 99)))
                .isInstanceOf(GlossException.class).hasMessageContaining("unknown document");
        assertThat(project.cases().get("c").members()).hasSize(2);
        assertThat(project.cases().removeMember(c.id(), CaseMember.range(doc.id(), 2, 5))).isTrue();
        assertThat(project.cases().removeMember(c.id(), CaseMember.range(doc.id(), 2, 5))).isFalse();
        assertThat(project.cases().get("c").members()).containsExactly(CaseMember.wholeDocument(doc.id()));
    }

    @Test
    void caseNamesAreUniqueAndUnknownNamesAreOneClearError() {
        Case a = project.cases().add("Aida", "");
        project.cases().add("Bolat", "");
        assertThatThrownBy(() -> project.cases().add("Aida", "")).isInstanceOf(GlossException.class)
                .hasMessage("a case named 'Aida' already exists");
        assertThatThrownBy(() -> project.cases().rename(a.id(), "Bolat")).isInstanceOf(GlossException.class)
                .hasMessage("a case named 'Bolat' already exists");
        assertThatThrownBy(() -> project.cases().add(" ", "")).isInstanceOf(GlossException.class);
        assertThatThrownBy(() -> project.cases().get("Zarina")).isInstanceOf(GlossException.class)
                .hasMessage("unknown case: Zarina");
        project.cases().rename(a.id(), "Aida K.");
        project.cases().describe(a.id(), "teacher");
        assertThat(project.cases().get("Aida K.").description()).isEqualTo("teacher");
        assertThat(project.cases().find("Aida")).isEmpty();
    }

    @Test
    void aCaseAttributeIsReplacedAndRemovedByKey() {
        Case a = project.cases().add("a", "");
        project.cases().setAttribute(a.id(), "age", AttributeValue.text("thirty"));
        project.cases().setAttribute(a.id(), "age", new AttributeValue(AttributeType.NUMBER, "30"));
        assertThat(project.cases().get("a").attributes()).isEqualTo(Map.of("age", new AttributeValue(AttributeType.NUMBER, "30")));
        project.cases().removeAttribute(a.id(), "age");
        assertThat(project.cases().get("a").attributes()).isEmpty();
        assertThatThrownBy(() -> project.cases().setAttribute(a.id() + 99, "age", AttributeValue.text("x")))
                .isInstanceOf(GlossException.class).hasMessageContaining("unknown case");
    }

    @Test
    void removingACaseOrASetKeepsDocumentsCodesAndCodings() {
        Document doc = project.documents().add(new NewDocument("d", "0123456789"));
        Code code = project.codebook().add("debt", null, null, null);
        Coder ann = project.coders().getOrCreate("ann");
        project.codings().add(new NewCoding(doc.id(), code.id(), ann.id(), 1, 4, "memo"));
        Case c = project.cases().add("c", "");
        project.cases().addMember(c.id(), CaseMember.range(doc.id(), 0, 5));
        project.cases().setAttribute(c.id(), "k", AttributeValue.text("v"));
        DocumentSet s = project.sets().add("s", "", null);
        project.sets().addDocument(s.id(), doc.id());
        project.sets().addCode(s.id(), code.id());

        project.cases().remove(c.id());
        project.sets().remove(s.id());

        assertThat(project.cases().list()).isEmpty();
        assertThat(project.sets().list()).isEmpty();
        assertThat(project.documents().list()).extracting(Document::name).containsExactly("d");
        assertThat(project.codebook().list()).extracting(Code::name).containsExactly("debt");
        assertThat(project.codings().count()).isEqualTo(1);
        assertThatThrownBy(() -> project.cases().remove(c.id())).isInstanceOf(GlossException.class);
        assertThatThrownBy(() -> project.sets().remove(s.id())).isInstanceOf(GlossException.class);
    }

    @Test
    void removingADocumentOrCodeTakesItOutOfEveryCaseAndSet() {
        Document keep = project.documents().add(new NewDocument("keep", "0123456789"));
        Document gone = project.documents().add(new NewDocument("gone", "abcdef"));
        Code kept = project.codebook().add("kept", null, null, null);
        Code removed = project.codebook().add("removed", null, null, null);
        Case c = project.cases().add("c", "");
        project.cases().addMember(c.id(), CaseMember.wholeDocument(keep.id()));
        project.cases().addMember(c.id(), CaseMember.range(gone.id(), 1, 3));
        DocumentSet s = project.sets().add("s", "", null);
        project.sets().addDocument(s.id(), keep.id());
        project.sets().addDocument(s.id(), gone.id());
        project.sets().addCode(s.id(), kept.id());
        project.sets().addCode(s.id(), removed.id());

        project.documents().remove(gone.id());
        project.codebook().remove(removed.id(), false);

        assertThat(project.cases().get("c").members()).containsExactly(CaseMember.wholeDocument(keep.id()));
        assertThat(project.sets().get("s").documentIds()).containsExactly(keep.id());
        assertThat(project.sets().get("s").codeIds()).containsExactly(kept.id());
    }

    @Test
    void mergingACodeKeepsItsPlaceInSets() {
        Code source = project.codebook().add("source", null, null, null);
        Code target = project.codebook().add("target", null, null, null);
        DocumentSet s = project.sets().add("s", "", null);
        DocumentSet both = project.sets().add("both", "", null);
        project.sets().addCode(s.id(), source.id());
        project.sets().addCode(both.id(), source.id());
        project.sets().addCode(both.id(), target.id());
        project.codebook().merge(source.id(), target.id());
        assertThat(project.sets().get("s").codeIds()).containsExactly(target.id());
        assertThat(project.sets().get("both").codeIds()).containsExactly(target.id());
    }

    @Test
    void setsAreStaticListsOrSmartConditionsKeptAsWritten() throws Exception {
        Document a = project.documents().add(new NewDocument("a", "one"));
        Document b = project.documents().add(new NewDocument("b", "two"));
        Code code = project.codebook().add("debt", null, null, null);
        DocumentSet wave = project.sets().add("wave 1", "first round", null);
        assertThat(project.sets().addDocument(wave.id(), b.id())).isTrue();
        assertThat(project.sets().addDocument(wave.id(), a.id())).isTrue();
        assertThat(project.sets().addDocument(wave.id(), a.id())).isFalse();
        assertThat(project.sets().addCode(wave.id(), code.id())).isTrue();
        DocumentSet smart = project.sets().add("recent Kyrgyz", "", "country=Kyrgyzstan AND year>=2020");
        closeAndReopen();

        assertThat(project.sets().list()).extracting(DocumentSet::name).containsExactly("recent Kyrgyz", "wave 1");
        DocumentSet again = project.sets().get("wave 1");
        assertThat(again.isSmart()).isFalse();
        assertThat(again.description()).isEqualTo("first round");
        assertThat(again.documentIds()).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(again.codeIds()).containsExactly(code.id());
        assertThat(project.sets().get("recent Kyrgyz").condition()).isEqualTo("country=Kyrgyzstan AND year>=2020");
        assertThat(project.sets().byId(smart.id()).orElseThrow().isSmart()).isTrue();

        assertThat(project.sets().removeDocument(again.id(), a.id())).isTrue();
        assertThat(project.sets().removeDocument(again.id(), a.id())).isFalse();
        assertThat(project.sets().removeCode(again.id(), code.id())).isTrue();
        project.sets().setCondition(again.id(), "year=2021");
        project.sets().rename(again.id(), "wave one");
        assertThat(project.sets().get("wave one")).satisfies(s -> {
            assertThat(s.condition()).isEqualTo("year=2021");
            assertThat(s.documentIds()).containsExactly(b.id());
            assertThat(s.codeIds()).isEmpty();
        });
    }

    @Test
    void setNamesAreUniqueAndUnknownNamesAreOneClearError() {
        DocumentSet s = project.sets().add("s", "", null);
        project.sets().add("t", "", null);
        assertThatThrownBy(() -> project.sets().add("s", "", "x=1")).isInstanceOf(GlossException.class)
                .hasMessage("a set named 's' already exists");
        assertThatThrownBy(() -> project.sets().rename(s.id(), "t")).isInstanceOf(GlossException.class)
                .hasMessage("a set named 't' already exists");
        assertThatThrownBy(() -> project.sets().get("u")).isInstanceOf(GlossException.class).hasMessage("unknown set: u");
        assertThatThrownBy(() -> project.sets().addDocument(s.id(), 12345)).isInstanceOf(GlossException.class)
                .hasMessageContaining("unknown document");
        assertThatThrownBy(() -> project.sets().addCode(s.id(), 12345)).isInstanceOf(GlossException.class)
                .hasMessageContaining("unknown code");
    }

    @Test
    void aFailedTransactionLeavesNoCaseOrSetBehind() {
        Document doc = project.documents().add(new NewDocument("d", "0123456789"));
        assertThatThrownBy(() -> project.inTransaction(() -> {
            Case c = project.cases().add("c", "");
            project.cases().addMember(c.id(), CaseMember.range(doc.id(), 0, 3));
            project.sets().add("s", "", null);
            project.cases().addMember(c.id(), CaseMember.range(doc.id(), 0, 30)); // outside: fails
        })).isInstanceOf(GlossException.class);
        assertThat(project.cases().list()).isEmpty();
        assertThat(project.sets().list()).isEmpty();
    }

    @Test
    void casesAndSetsKeepExternalIdentifiers() {
        Case c = project.cases().add("c", "");
        DocumentSet s = project.sets().add("s", "", null);
        project.externalIds().put(ExternalIds.Kind.CASE, c.id(), "8F2C1E0A-0000-4000-8000-000000000001");
        project.externalIds().put(ExternalIds.Kind.SET, s.id(), "8F2C1E0A-0000-4000-8000-000000000002");
        assertThat(project.externalIds().all(ExternalIds.Kind.CASE)).isEqualTo(Map.of(c.id(), "8F2C1E0A-0000-4000-8000-000000000001"));
        assertThat(project.externalIds().all(ExternalIds.Kind.SET)).isEqualTo(Map.of(s.id(), "8F2C1E0A-0000-4000-8000-000000000002"));
        project.cases().remove(c.id());
        assertThat(project.externalIds().all(ExternalIds.Kind.CASE)).isEmpty();
        assertThat(List.of(ExternalIds.Kind.values())).contains(ExternalIds.Kind.CASE, ExternalIds.Kind.SET);
    }
}
