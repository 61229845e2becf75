package org.gloss.search.lucene.internal.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.analysis.internal.AnalysisEngine;
import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.DocumentNamed;
import org.gloss.api.analysis.WordCount;
import org.gloss.api.analysis.WordForm;
import org.gloss.api.analysis.WordRequest;
import org.gloss.api.analysis.WordTable;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.TextSpan;
import org.gloss.model.Turn;
import org.gloss.search.lucene.internal.ProjectIndexes;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word frequencies from a real index of a real project, counted by hand. */
class WordFrequenciesTest {
    static final String ENGLISH = "The debts grow. Debt is a debt; the Debt of Ürümqi. The road and the roads.";
    static final String RUSSIAN = "Кредиты и кредит. Кредитов много, долг растёт и долги растут.";
    static final String KAZAKH = "Қарыз өсті. Қарыздың мөлшері үлкен. Бұл қол, ол көл. Он вбил кол.";
    static final String TRANSCRIPT = "Aigerim: The debt is big.\nBerik: Debts, debts everywhere.";

    @TempDir
    Path dir;
    private ProjectSession project;
    private ProjectIndexes indexes;
    private LuceneWordFrequencies words;

    @BeforeEach
    void setUp() {
        project = new SqliteStoreProvider().create(dir.resolve("p.gloss").toString());
        project.documents().add(new NewDocument("en", ENGLISH));
        project.documents().add(new NewDocument("ru", RUSSIAN));
        project.documents().add(new NewDocument("kk", KAZAKH));
        project.documents().add(new NewDocument("talk", TRANSCRIPT, null, Map.of(), List.of(
                new Turn("Aigerim", null, null, new TextSpan(9, 25)), new Turn("Berik", null, null, new TextSpan(33, 56)))));
        indexes = new ProjectIndexes();
        words = new LuceneWordFrequencies(indexes, new AnalysisEngine());
    }

    @AfterEach
    void tearDown() throws Exception {
        indexes.close();
        project.close();
    }

    private static String show(WordCount w) {
        return w.word() + " " + w.count() + "/" + w.documents() + " " + w.forms().stream().map(f -> f.form() + ":" + f.count()).toList();
    }

    private WordCount word(WordTable table, String word) {
        return table.words().stream().filter(w -> w.word().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError(word + " not in " + table.words().stream().map(WordFrequenciesTest::show).toList()));
    }

    private WordRequest in(String document) {
        return WordRequest.all().withScope(AnalysisFilter.ALL.and(new DocumentNamed(document)), null, null);
    }

    @Test
    void stemmedFormsAreOneWordShownAsTheMostFrequentForm() {
        WordTable table = words.count(project, in("en"));
        assertThat(show(word(table, "debt"))).isEqualTo("debt 4/1 [debt:3, debts:1]");
        assertThat(show(word(table, "the"))).isEqualTo("the 4/1 [the:4]");
        assertThat(show(word(table, "urumqi"))).isEqualTo("urumqi 1/1 [urumqi:1]");
        assertThat(word(table, "road").forms()).containsExactly(new WordForm("road", 1), new WordForm("roads", 1));
        assertThat(table.totalWords()).isEqualTo(16);
        assertThat(table.words().get(0).count()).isEqualTo(4);
        WordTable plain = words.count(project, in("en").withStemming(false));
        assertThat(show(word(plain, "debt"))).isEqualTo("debt 3/1 [debt:3]");
        assertThat(show(word(plain, "debts"))).isEqualTo("debts 1/1 [debts:1]");
    }

    @Test
    void russianAndKazakhAreStemmedInTheirDocumentsLanguage() {
        WordTable ru = words.count(project, in("ru"));
        assertThat(word(ru, "кредит").count()).isEqualTo(3);
        assertThat(word(ru, "кредит").forms()).extracting(WordForm::form).containsExactlyInAnyOrder("кредит", "кредиты", "кредитов");
        assertThat(word(ru, "долг").count()).isEqualTo(2);
        WordTable kk = words.count(project, in("kk"));
        assertThat(show(word(kk, "қарыз"))).isEqualTo("қарыз 2/1 [қарыз:1, қарыздың:1]");
    }

    @Test
    void kazakhKeyboardVariantsAreNotCountedTwice() {
        WordTable kk = words.count(project, in("kk").withStemming(false));
        // "қол" is indexed as қол and кол; "кол" is also written once (Russian)
        assertThat(show(word(kk, "қол"))).isEqualTo("қол 1/1 [қол:1]");
        assertThat(show(word(kk, "кол"))).isEqualTo("кол 1/1 [кол:1]");
        assertThat(kk.words()).extracting(WordCount::word).doesNotContain("карыз", "колемi", "бул");
        assertThat(kk.totalWords()).isEqualTo(12);
        List<AnalysisSegment> kol = words.occurrences(project, in("kk").withStemming(false), "кол", 5);
        assertThat(kol).extracting(AnalysisSegment::text).containsExactly("кол");
        assertThat(kol.get(0).left()).isEqualTo("вбил ");
    }

    @Test
    void stopListsPerLanguageAutoAndTheUsersOwn() {
        WordRequest english = in("en").withStopLists(List.of("en"), Set.of());
        assertThat(words.count(project, english).words()).extracting(WordCount::word).doesNotContain("the", "is", "a", "and", "of")
                .contains("debt");
        WordRequest auto = WordRequest.all().withStopLists(List.of("auto"), Set.of("Debts"));
        WordTable all = words.count(project, auto);
        assertThat(all.words()).extracting(WordCount::word).doesNotContain("the", "и", "бұл", "ол");
        // the user's word is folded like the index folds words; it removes that form only
        assertThat(word(all, "debt").forms()).extracting(WordForm::form).containsExactly("debt");
        assertThatThrownBy(() -> words.count(project, WordRequest.all().withStopLists(List.of("de"), Set.of())))
                .isInstanceOf(GlossException.class).hasMessageContaining("no stop list for 'de'");
    }

    @Test
    void inACodesSegmentsOnlyWordsInsideThemCount() {
        long en = project.documents().get("en").id();
        long code = project.codebook().add("debt concern", null, null, null).id();
        long coder = project.coders().getOrCreate("ann").id();
        // "The debts grow." [0,15), and "he Debt o" [33,42), which cuts "the" and "of": they are not inside
        project.codings().add(new NewCoding(en, code, coder, 0, 15, null));
        project.codings().add(new NewCoding(en, code, coder, 33, 42, null));
        WordRequest request = WordRequest.all().withScope(AnalysisFilter.ALL, "debt concern", null);
        WordTable table = words.count(project, request);
        assertThat(table.words()).extracting(WordFrequenciesTest::show)
                .containsExactlyInAnyOrder("debt 2/1 [debt:1, debts:1]", "grow 1/1 [grow:1]", "the 1/1 [the:1]");
        assertThat(table.documents()).isEqualTo(1);
        assertThat(words.occurrences(project, request, word(table, "debt").stem(), 3)).extracting(AnalysisSegment::text)
                .containsExactly("debts", "Debt");
    }

    @Test
    void inASpeakersTurnsOnly() {
        WordTable berik = words.count(project, WordRequest.all().withScope(AnalysisFilter.ALL, null, "berik"));
        assertThat(berik.words()).extracting(WordFrequenciesTest::show).containsExactly("debts 2/1 [debts:2]", "everywhere 1/1 [everywhere:1]");
        assertThatThrownBy(() -> words.count(project, WordRequest.all().withScope(AnalysisFilter.ALL, null, "Zoe")))
                .hasMessageContaining("speaker 'Zoe'");
    }

    @Test
    void topLimitsTheListButNotTheTotals() {
        WordTable top = words.count(project, WordRequest.all().withTop(3));
        WordTable all = words.count(project, WordRequest.all());
        assertThat(top.words()).hasSize(3).isEqualTo(all.words().subList(0, 3));
        assertThat(top.totalWords()).isEqualTo(all.totalWords());
        assertThat(top.distinct()).isEqualTo(all.distinct());
        assertThat(all.documents()).isEqualTo(4);
    }

    @Test
    void everyCountedOccurrenceIsListedBehindItsWord() {
        WordTable all = words.count(project, WordRequest.all());
        for (WordCount w : all.words()) {
            List<AnalysisSegment> lines = words.occurrences(project, WordRequest.all(), w.stem(), 10);
            assertThat(lines).as(w.word()).hasSize((int) w.count());
            assertThat(lines.stream().map(AnalysisSegment::document).distinct().count()).as(w.word()).isEqualTo(w.documents());
        }
    }
}
