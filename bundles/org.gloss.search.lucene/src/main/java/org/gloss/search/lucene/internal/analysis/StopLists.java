package org.gloss.search.lucene.internal.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * Stop words per language, folded as the index folds words: the Snowball project's English and
 * Russian lists (shipped with Lucene) and Gloss's own list of Kazakh function words (pronouns,
 * demonstratives, conjunctions, particles, postpositions, auxiliaries, question words), which
 * neither Lucene nor Snowball has.
 */
public final class StopLists {
    private static final Map<Language, Set<String>> LISTS = new ConcurrentHashMap<>();

    private StopLists() {
    }

    public static List<String> languages() {
        return Language.codes();
    }

    /** The folded stop words of a language. */
    public static Set<String> of(Language language) {
        return LISTS.computeIfAbsent(language, StopLists::load);
    }

    private static Set<String> load(Language language) {
        WordForms forms = new WordForms();
        Set<String> words = new HashSet<>();
        try {
            CharArraySet raw = switch (language) {
                case ENGLISH -> snowball("english_stop.txt");
                case RUSSIAN -> snowball("russian_stop.txt");
                case KAZAKH -> plain("kazakh_stop.txt");
            };
            for (Object word : raw) {
                words.add(forms.fold(new String((char[]) word)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    private static CharArraySet snowball(String name) throws IOException {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(name);
             Reader reader = new InputStreamReader(requireFound(in, name), StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        }
    }

    private static CharArraySet plain(String name) throws IOException {
        try (InputStream in = StopLists.class.getResourceAsStream(name);
             Reader reader = new InputStreamReader(requireFound(in, name), StandardCharsets.UTF_8)) {
            return WordlistLoader.getWordSet(reader, "#", new CharArraySet(200, false));
        }
    }

    private static InputStream requireFound(InputStream in, String name) throws IOException {
        if (in == null) {
            throw new IOException("stop list " + name + " is missing from the bundle");
        }
        return in;
    }
}
