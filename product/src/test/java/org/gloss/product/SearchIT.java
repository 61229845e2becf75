package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Search, keyword-in-context and auto-coding through bin/gloss: Lucene runs embedded in its
 * bundle inside the real Felix framework, and the index lives beside the project.
 */
class SearchIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private GlossProcess gloss;

    @BeforeEach
    void setUp() {
        gloss = new GlossProcess(dir);
    }

    private GlossProcess.Result ok(String... args) {
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isZero();
        return result;
    }

    private List<Map<String, Object>> hits(String... args) throws Exception {
        return JSON.readValue(ok(args).out(), new TypeReference<List<Map<String, Object>>>() { });
    }

    /** Every hit's text is exactly the code points [start, end) of the stored text, as 'doc text' prints it. */
    private void assertHitsAreStoredText(String project, List<Map<String, Object>> hits) {
        Map<String, String> texts = new HashMap<>();
        for (Map<String, Object> hit : hits) {
            String document = (String) hit.get("document");
            String text = texts.computeIfAbsent(document, d -> ok("doc", "text", project, d).out());
            int[] cps = text.codePoints().toArray();
            int start = (Integer) hit.get("start");
            int end = (Integer) hit.get("end");
            assertThat(new String(cps, start, end - start)).as(hit.toString()).isEqualTo(hit.get("hit"));
            assertThat(new String(cps, Math.max(0, start - 10), start - Math.max(0, start - 10))).isEqualTo(hit.get("left"));
        }
    }

    @Test
    void searchesTheDemoProjectInsideTheFramework() throws Exception {
        ok("demo", "x.gloss");
        List<Map<String, Object>> debt = hits("search", "x.gloss", "debt OR долг OR қарыз", "--context", "10", "--json");
        assertThat(debt).extracting(h -> h.get("hit")).contains("debt", "долг", "қарыз");
        assertThat(debt).allSatisfy(h -> assertThat(h.keySet()).containsExactly("document", "start", "end", "hit", "left", "right"));
        assertHitsAreStoredText("x.gloss", debt);
        assertThat(dir.resolve("x.gloss.index")).isDirectory();

        String kwic = ok("search", "x.gloss", "\"two-way road\"").out();
        assertThat(kwic).contains("article: 1 hit", "interview: 1 hit", "| two-way road |", "2 hits in 2 of 2 documents");
        assertThat(ok("search", "x.gloss", "credit~", "--doc", "interview").out()).contains("| credit |");
        assertThat(ok("search", "x.gloss", "debt", "--code", "transparency").out()).contains("0 hits");

        // --limit prints the first hits only, with the exact counts of all
        List<Map<String, Object>> first = hits("search", "x.gloss", "debt OR долг OR қарыз", "--context", "10", "--json",
                "--limit", "2");
        assertThat(first).isEqualTo(debt.subList(0, 2));
        String limited = ok("search", "x.gloss", "debt OR долг OR қарыз", "--limit", "1").out();
        long documents = debt.stream().map(h -> h.get("document")).distinct().count();
        assertThat(limited).contains(debt.size() + " hits in " + documents + " of 2 documents (first 1 shown)");
        assertThat(limited.lines().filter(l -> l.contains(" | ")).count()).isEqualTo(1);
        assertThat(gloss.run("search", "x.gloss", "debt", "--limit", "-1").status()).isEqualTo(2);
    }

    @Test
    void importedRussianTextIsFoundByInflectedFormsAndKazakhByFoldedLetters() throws Exception {
        ok("new", "p.gloss");
        Files.writeString(dir.resolve("ru.txt"), "Кредит выдали в 2013 году. Кредиты росли, кредитов стало больше 😀.\n");
        Files.writeString(dir.resolve("kk.txt"), "Біз қарыз туралы ойлаймыз. Қарызды қайтару қиын.\n");
        Files.writeString(dir.resolve("en.txt"), "Loans and credits. The credit was repaid.\n");
        ok("doc", "import", "p.gloss", "ru.txt", "kk.txt", "en.txt");
        assertThat(dir.resolve("p.gloss.index")).as("the import updated the index in the same step").isDirectory();
        List<Map<String, Object>> credit = hits("search", "p.gloss", "кредит", "--json", "--context", "10");
        assertThat(credit).extracting(h -> h.get("hit")).containsExactly("Кредит", "Кредиты", "кредитов");
        assertHitsAreStoredText("p.gloss", credit);
        assertThat(hits("search", "p.gloss", "кредит", "--no-stem", "--json")).hasSize(1);
        // Kazakh is stemmed (third session) and found when typed without Kazakh letters
        assertThat(hits("search", "p.gloss", "карыз", "--json")).extracting(h -> h.get("hit")).containsExactly("қарыз", "Қарызды");
        assertThat(ok("language", "p.gloss").out()).contains("ru (detected)", "kk (detected)", "en (detected)");
        assertThat(hits("search", "p.gloss", "\\d{4}", "--regex", "--json")).extracting(h -> h.get("hit")).containsExactly("2013");

        ok("doc", "remove", "p.gloss", "ru");
        assertThat(ok("search", "p.gloss", "кредит").out()).isEqualTo("0 hits in 0 of 2 documents\n");
    }

    @Test
    void malformedQueriesAreOneLineErrorsWithTheColumn() {
        ok("demo", "x.gloss");
        GlossProcess.Result result = gloss.run("search", "x.gloss", "debt AND (china");
        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("gloss: error: malformed query 'debt AND (china' at column 10: this '(' is never closed\n");
        GlossProcess.Result regex = gloss.run("search", "x.gloss", "[a-", "--regex");
        assertThat(regex.status()).isEqualTo(1);
        assertThat(regex.err().lines()).hasSize(1).allMatch(l -> l.startsWith("gloss: error: malformed regular expression '[a-'"));
        GlossProcess.Result field = gloss.run("search", "x.gloss", "Aigerim: debt");
        assertThat(field.err()).startsWith("gloss: error: malformed query").doesNotContain("Lucene", "Exception", "\tat ");
    }

    @Test
    void autocodeDryRunWritesNothingAndTheRealRunCodesEverySentenceOnce() {
        ok("demo", "x.gloss");
        String before = ok("coding", "list", "x.gloss", "--coder", "ben").out();
        String dryRun = ok("autocode", "x.gloss", "debt", "--code", "debt concern", "--coder", "robot", "--scope", "sentence",
                "--dry-run").out();
        assertThat(dryRun).contains("would code article", "nothing written");
        assertThat(gloss.run("coding", "list", "x.gloss", "--coder", "robot").status()).as("the coder was not even created").isEqualTo(1);
        String applied = ok("autocode", "x.gloss", "debt", "--code", "debt concern", "--coder", "robot", "--scope", "sentence").out();
        assertThat(applied).startsWith("coded 4 passages with 'debt concern' as robot in 2 documents (5 hits");
        String codings = ok("coding", "list", "x.gloss", "--coder", "robot").out();
        assertThat(codings.lines()).hasSize(5).anyMatch(l -> l.contains("Critics worry about debt: Tajikistan owes roughly half"));
        assertThat(ok("coding", "list", "x.gloss", "--coder", "ben").out()).isEqualTo(before);
        assertThat(ok("autocode", "x.gloss", "debt", "--code", "debt concern", "--coder", "robot", "--scope", "sentence").out())
                .startsWith("coded 0 passages").contains("4 already coded");
    }

    @Test
    void aDamagedOrDeletedIndexIsRebuiltWithTheSameHits() throws Exception {
        ok("demo", "x.gloss");
        String expected = ok("search", "x.gloss", "debt OR road*").out();
        Path index = dir.resolve("x.gloss.index");
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.seek(f.length() / 2);
                    f.write(new byte[] {1, 2, 3, 4});
                }
            }
        }
        GlossProcess.Result damaged = gloss.run("search", "x.gloss", "debt OR road*");
        assertThat(damaged.status()).as(damaged.toString()).isZero();
        assertThat(damaged.out()).isEqualTo(expected);
        assertThat(damaged.err()).startsWith("gloss: building the search index (damaged");

        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        GlossProcess.Result missing = gloss.run("search", "x.gloss", "debt OR road*");
        assertThat(missing.out()).isEqualTo(expected);
        assertThat(missing.err()).startsWith("gloss: building the search index (missing)");
    }

    @Test
    void kazakhInflectedFormsAreFoundByTheBaseFormWithStemmingOnly() throws Exception {
        ok("new", "k.gloss");
        Files.writeString(dir.resolve("kk.txt"), "Қытайдың қарызы өсті. Қазақстан Қытайға қарыздар. Қарыздың мөлшері үлкен. "
                + "Біз қарызды төлейміз. Банк қарызда. Қарыздан құтылу қиын. Қытаймен келісім қарызбен байланысты. "
                + "Елдер мен елдің қарызға қатысы. Көлдің жағасында қолын жуды.\n");
        ok("doc", "import", "k.gloss", "kk.txt");
        assertThat(ok("language", "k.gloss").out()).contains("kk (detected)");
        List<Map<String, Object>> debt = hits("search", "k.gloss", "қарыз", "--json", "--context", "10");
        assertThat(debt).extracting(h -> h.get("hit")).containsExactly("қарызы", "қарыздар", "Қарыздың", "қарызды", "қарызда",
                "Қарыздан", "қарызбен", "қарызға");
        assertHitsAreStoredText("k.gloss", debt);
        assertThat(hits("search", "k.gloss", "қарыз", "--no-stem", "--json")).isEmpty();
        assertThat(hits("search", "k.gloss", "Қытай", "--json")).extracting(h -> h.get("hit"))
                .containsExactly("Қытайдың", "Қытайға", "Қытаймен");
        // көл 'lake' and қол 'hand' stay apart; typed without Kazakh letters, "кол" finds both
        assertThat(hits("search", "k.gloss", "көл", "--json")).extracting(h -> h.get("hit")).containsExactly("Көлдің");
        assertThat(hits("search", "k.gloss", "кол", "--json")).extracting(h -> h.get("hit")).containsExactly("Көлдің", "қолын");
    }

    @Test
    void hostileQueriesAndTextsGiveExactHitsOrOneLineErrors() throws Exception {
        ok("new", "h.gloss");
        Files.writeString(dir.resolve("nasty.txt"), "debt😀debt 𝔡𝔢𝔟𝔱 debt\u0000debt\u0007debt\r\ndebt\rdebt\u200bdebt "
                + "\u202eתודה debt\u202c שלום debt q\u0303debt cafe\u0301 🇰🇿debt👩‍👩‍👧debt China debt");
        Files.writeString(dir.resolve("note.txt"), "A note about credit only.\n");
        ok("doc", "import", "h.gloss", "nasty.txt", "note.txt");
        List<Map<String, Object>> all = hits("search", "h.gloss", "debt OR תודה OR café OR \"China debt\"", "--json", "--context", "10");
        assertThat(all).hasSizeGreaterThan(10);
        assertHitsAreStoredText("h.gloss", all);
        assertHitsAreStoredText("h.gloss", hits("search", "h.gloss", "deb", "--literal", "--json", "--context", "10"));
        // a query that starts with '-' is a query, not an unknown option
        assertThat(hits("search", "h.gloss", "-credit debt", "--json")).isNotEmpty().allMatch(h -> h.get("document").equals("nasty"));
        assertThat(hits("search", "h.gloss", "-China debt", "--json")).isEmpty();
        // AND binds tighter than OR: the note has credit only
        assertThat(ok("search", "h.gloss", "debt AND China OR credit").out()).contains("note: 1 hit", "nasty: ");
        // any context width, however large, but not a negative one
        assertThat(ok("search", "h.gloss", "credit", "--context", "2147483647").out()).contains("A note about  | credit |  only.");
        assertThat(gloss.run("search", "h.gloss", "credit", "--context", "-1").status()).isEqualTo(2);
        for (String[] bad : List.of(new String[] {"a".repeat(3000) + "*"}, new String[] {"/[a-z]{1,10000}/"},
                new String[] {"..."}, new String[] {"debt", "--attr", "tpye=x"})) {
            List<String> args = new java.util.ArrayList<>(List.of("search", "h.gloss"));
            args.addAll(List.of(bad));
            GlossProcess.Result result = gloss.run(args);
            assertThat(result.status()).as(result.toString()).isEqualTo(1);
            assertThat(result.err().lines()).as(result.toString()).hasSize(1).allMatch(l -> l.startsWith("gloss: error: "));
            assertThat(result.err()).doesNotContain("Exception", "lucene", "\tat ").hasSizeLessThan(400);
        }
    }

    @Test
    void searchesStartedTogetherOnAFreshProjectAllSucceed() throws Exception {
        ok("demo", "r.gloss");
        for (int round = 0; round < 2; round++) {
            deleteRecursively(dir.resolve("r.gloss.index"));
            List<java.util.concurrent.CompletableFuture<GlossProcess.Result>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> gloss.run("search", "r.gloss", "debt", "--limit", "0")));
            }
            for (var run : runs) {
                GlossProcess.Result result = run.get();
                assertThat(result.status()).as(result.toString()).isZero();
                assertThat(result.out()).contains("hits in");
            }
        }
    }

    private static void deleteRecursively(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
