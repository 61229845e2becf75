package org.gloss.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.gloss.api.error.GlossException;
import org.gloss.api.search.AutoCodeScope;
import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.search.AutoCoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Users' regular expressions run on RE2/J (issue 14, item 1): hostile patterns neither overflow
 * the stack nor run out of memory, and the Unicode classes keep working for Russian and Kazakh.
 */
class UserRegexTest {
    @TempDir
    Path dir;
    private ProjectSession project;
    private LuceneSearchService service;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
        service = new LuceneSearchService();
    }

    @AfterEach
    void tearDown() throws Exception {
        service.close();
        project.close();
    }

    /** 20,000 words, as in the adversarial run that ended in a StackOverflowError. */
    private static String twentyThousandWords() {
        Random random = new Random(14);
        String[] words = {"debt", "road", "кредит", "қарыз", "China", "a", "aa"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append(words[random.nextInt(words.length)]).append(i % 17 == 16 ? "\n" : " ");
        }
        return text.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(\\w|\\s)+", "(.|\\n)*", "(a|b)+", "(a|aa)*c", "((a|b|c|d|e)+)+z", "(x+x+)+y"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void alternationUnderRepetitionNeitherOverflowsTheStackNorHangs(String pattern) {
        TestProject.add(project, "long", twentyThousandWords());
        List<SearchHit> hits = service.search(project, SearchQuery.regex(pattern)).hits();
        // auto-coding codes what the same scan finds, to the paragraph
        project.codebook().add("auto", null, null, null);
        var plan = AutoCoding.plan(project, hits, "auto", "ann", AutoCodeScope.PARAGRAPH);
        assertThat(plan.codings()).hasSizeLessThanOrEqualTo(hits.size());
    }

    @Test
    void wordRepetitionOverTheWholeTextMatchesWholeLines() {
        TestProject.add(project, "long", twentyThousandWords());
        List<SearchHit> hits = service.search(project, SearchQuery.regex("(\\w|\\s)+")).hits();
        // the only characters outside \w and \s are none: one hit covering the whole text
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).start()).isZero();
    }

    @Test
    void wordDigitAndSpaceClassesAreUnicodeAsBefore() {
        TestProject.add(project, "ru", "Кредит\u00A0қарызға 2024 ٣ debt_x");
        assertThat(service.search(project, SearchQuery.regex("\\w+")).hits()).extracting(SearchHit::hit)
                .containsExactly("Кредит", "қарызға", "2024", "٣", "debt_x");
        assertThat(service.search(project, SearchQuery.regex("\\d+")).hits()).extracting(SearchHit::hit)
                .containsExactly("2024", "٣");
        assertThat(service.search(project, SearchQuery.regex("т\\sқ")).hits()).extracting(SearchHit::hit)
                .containsExactly("т\u00A0қ");
        assertThat(service.search(project, SearchQuery.regex("[\\w]+[^\\w\\s]?")).hits()).hasSize(5);
        assertThat(service.search(project, SearchQuery.regex("\\W+")).hits()).extracting(SearchHit::hit)
                .containsExactly("\u00A0", " ", " ", " ");
        assertThat(service.search(project, SearchQuery.regex("(?i)КРЕДИТ")).hits()).extracting(SearchHit::hit)
                .containsExactly("Кредит");
        // inside \Q...\E nothing is translated
        TestProject.add(project, "lit", "a\\w b");
        assertThat(service.search(project, SearchQuery.regex("\\Qa\\w\\E")).hits()).extracting(SearchHit::hit)
                .containsExactly("a\\w");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void nestedCountedRepetitionIsRefusedBeforeItExhaustsMemory() {
        // RE2/J has no memory limit: this pattern ran out of heap after two minutes
        for (String pattern : List.of("((a{1000}){1000}){1000}", "(a{1000}){1000}", "(?:(?:x{999}){101})", "(a|b{1000}){200}")) {
            assertThatThrownBy(() -> service.validate(SearchQuery.regex(pattern))).as(pattern)
                    .isInstanceOf(GlossException.class)
                    .hasMessageStartingWith("query '" + pattern + "' is too complex: its repetitions expand to more than");
        }
        service.validate(SearchQuery.regex("[a-z]{1,1000}\\d{2,50}(ab){1,90}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a)\\1", "debt(?=s)", "(?<!a)b", "a++", "(?>ab)", "[a&&b]x("})
    void javaOnlySyntaxIsAOneLineErrorNamingTheConstruct(String pattern) {
        TestProject.add(project, "d", "debts");
        assertThatThrownBy(() -> service.search(project, SearchQuery.regex(pattern)))
                .isInstanceOf(GlossException.class)
                .hasMessageStartingWith("malformed regular expression '" + pattern + "'")
                .hasMessageNotContaining("\n");
    }

    @Test
    void negatedWordOrSpaceInsideAClassIsExplained() {
        assertThatThrownBy(() -> service.validate(SearchQuery.regex("[a\\W]")))
                .hasMessage("malformed regular expression '[a\\W]': \\W inside [...] is not supported; write the class"
                        + " negated, e.g. [^\\w] or [^\\s]");
    }
}
