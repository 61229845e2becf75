package org.gloss.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.gloss.api.search.DocumentLanguage;
import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kazakh stemming and the one-way folding of the Kazakh letters, against a real project and index. */
class KazakhSearchTest {
    private static final String KAZAKH = """
            Қытайдың қарызы туралы көп айтылады. Қазақстан Қытайға қарыздар болды. Қарыздың мөлшері үлкен.
            Біз қарызды төлейміз. Банк қарызда тұр. Қарыздан құтылу қиын. Қытаймен келісім қарызбен байланысты.
            Қытайдан келген қарызға қатысты елдер мен елдің экономикасы, бір ел.

            Ол көлдің жағасында қолын жуды. Өт пен от, іс пен ис. Ата атқа мінді.
            """;
    /** Russian words that a Kazakh letter folded away would collide with (кол 'stake'). */
    private static final String RUSSIAN = "Он вбил кол в землю. Кредиты и долги.";

    @TempDir
    Path dir;
    private ProjectSession project;
    private LuceneSearchService service;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
        TestProject.add(project, "kk", KAZAKH);
        TestProject.add(project, "ru", RUSSIAN);
        service = new LuceneSearchService();
    }

    @AfterEach
    void tearDown() throws Exception {
        service.close();
        project.close();
    }

    private List<String> hits(String query) {
        return service.search(project, SearchQuery.words(query)).hits().stream().map(SearchHit::hit).toList();
    }

    private List<String> unstemmed(String query) {
        return service.search(project, SearchQuery.words(query).withStemming(false)).hits().stream().map(SearchHit::hit).toList();
    }

    @Test
    void kazakhTextIsDetectedAsKazakhNotRussian() {
        assertThat(service.languages(project)).containsEntry("kk", new DocumentLanguage("kk", true))
                .containsEntry("ru", new DocumentLanguage("ru", true));
    }

    @Test
    void theBaseFormFindsItsInflectedFormsWithStemmingOnly() {
        assertThat(hits("қарыз")).containsExactly("қарызы", "қарыздар", "Қарыздың", "қарызды", "қарызда", "Қарыздан",
                "қарызбен", "қарызға");
        assertThat(unstemmed("қарыз")).isEmpty();
        assertThat(hits("Қытай")).containsExactly("Қытайдың", "Қытайға", "Қытаймен", "Қытайдан");
        assertThat(unstemmed("Қытай")).isEmpty();
        assertThat(hits("ел")).containsExactly("елдер", "елдің", "ел");
        assertThat(unstemmed("ел")).containsExactly("ел");
        // an inflected query finds the other forms too
        assertThat(hits("қарыздан")).hasSize(8);
    }

    @Test
    void typedWithoutKazakhLettersTheWordStillFindsThem() {
        assertThat(hits("карыз")).hasSize(8);
        assertThat(hits("Кытайга")).containsExactly("Қытайдың", "Қытайға", "Қытаймен", "Қытайдан");
        assertThat(unstemmed("карыздын")).containsExactly("Қарыздың");
    }

    @Test
    void kazakhLettersInTheQueryAreTakenAsMeantSoDistinctWordsStayApart() {
        // көл 'lake' and қол 'hand' differ only in letters a Russian keyboard lacks
        assertThat(hits("көл")).containsExactly("көлдің");
        assertThat(hits("қол")).containsExactly("қолын");
        assertThat(hits("кол")).containsExactly("көлдің", "қолын", "кол");
        assertThat(unstemmed("өт")).containsExactly("Өт");
        assertThat(unstemmed("от")).containsExactly("Өт", "от");
        assertThat(unstemmed("іс")).containsExactly("іс");
        assertThat(unstemmed("көл*")).containsExactly("көлдің");
        assertThat(unstemmed("кол*")).containsExactly("көлдің", "қолын", "кол");
        // ата 'grandfather' is not ат 'horse' + locative
        assertThat(hits("ата")).containsExactly("Ата");
        assertThat(hits("ат")).containsExactly("атқа");
        assertThat(hits("Қазақстан")).containsExactly("Қазақстан");
    }

    @Test
    void phrasesAcrossInflectedKazakhWords() {
        assertThat(hits("\"Қытайдан келген қарыз\"")).containsExactly("Қытайдан келген қарызға");
        assertThat(hits("\"кытай карыз\"~1")).containsExactly("Қытайдың қарызы", "Қытайға қарыздар", "Қытаймен келісім қарызбен",
                "Қытайдан келген қарызға");
    }
}
