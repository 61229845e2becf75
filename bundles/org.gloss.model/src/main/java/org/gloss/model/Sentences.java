package org.gloss.model;

import java.text.BreakIterator;
import java.util.List;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence bounds, the same for auto-coding ("extend each hit to its sentence") and for
 * agreement measured in sentence units. Java's sentence iterator follows Unicode's rules, which end a
 * sentence at every full stop before a capital ("Dr. | Smith", "проф. | Иванова") and at every
 * ! or ? even when the sentence goes on in lower case ("«Қарыз өсуде!» | деді."). Two corrections
 * on top: no break after a known abbreviation (English, Russian, Kazakh), and no break before a
 * word in lower case.
 */
public final class Sentences {
    /** Abbreviations that end in a full stop inside a sentence, lower case, without the stop. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            // English
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "cf", "no", "fig", "vol",
            "pp", "ed", "eds", "approx", "dept", "univ", "inc", "ltd", "co", "corp", "gen", "col", "lt", "sgt", "rev",
            "mt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            // Russian
            "т.е", "т. е", "т.к", "т. к", "т.н", "т. н", "т.п", "т. п", "т.д", "т. д", "и т.д", "и т.п", "др", "проф",
            "акад", "доц", "см", "ср", "гл", "г", "гг", "в", "вв", "им", "ул", "д", "кв", "обл", "р", "с", "стр", "рис",
            "табл", "тыс", "млн", "млрд", "руб", "коп", "напр", "пр", "прим", "ред", "изд", "т", "тт", "чел", "мин",
            // Kazakh
            "т.б", "т. б", "т.с.с", "т. с. с", "ж", "жж", "б.з.б", "б.з", "ғ", "ғғ", "қ", "көш", "бет");

    private Sentences() {
    }

    /** The UTF-16 offsets where the sentences of {@code s} end, in order; the last is {@code s.length()}. */
    public static List<Integer> ends(String s) {
        List<Integer> ends = new ArrayList<>();
        BreakIterator breaks = iterator(s);
        for (int at = breaks.next(); at != BreakIterator.DONE; at = breaks.next()) {
            if (at >= s.length() || isRealBreak(s, at)) {
                ends.add(at);
            }
        }
        return ends;
    }

    /** The start of the sentence containing {@code from}, within {@code s}. */
    public static int start(String s, int from) {
        BreakIterator breaks = iterator(s);
        int at = breaks.isBoundary(from) ? from : breaks.preceding(from);
        while (at > 0 && !isRealBreak(s, at)) {
            at = breaks.preceding(at);
        }
        return Math.max(0, at);
    }

    /** The end of the sentence containing {@code to} (exclusive), within {@code s}. */
    public static int end(String s, int to) {
        BreakIterator breaks = iterator(s);
        int at = breaks.isBoundary(to) ? to : breaks.following(to);
        while (at != BreakIterator.DONE && at < s.length() && !isRealBreak(s, at)) {
            at = breaks.following(at);
        }
        return at == BreakIterator.DONE ? s.length() : at;
    }

    private static BreakIterator iterator(String s) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        breaks.setText(s);
        return breaks;
    }

    /** Whether the iterator's boundary at {@code at} really ends a sentence. */
    private static boolean isRealBreak(String s, int at) {
        // the first letter or digit after the boundary, past quotes, brackets and dashes
        int next = at;
        while (next < s.length() && !Character.isLetterOrDigit(s.charAt(next))) {
            if (s.charAt(next) == '\n') {
                return true;
            }
            next++;
        }
        if (next < s.length() && Character.isLowerCase(s.charAt(next))) {
            return false;
        }
        // the word before the boundary, if it ends in a full stop
        int end = at;
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || s.charAt(end - 1) != '.') {
            return true;
        }
        int stop = end - 1;
        int wordStart = stop;
        while (wordStart > 0 && !Character.isWhitespace(s.charAt(wordStart - 1)) && "(«\"'“„".indexOf(s.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = s.substring(wordStart, stop).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // two-part abbreviations written with a space: "т. е.", "т. б."
        int previousEnd = wordStart;
        while (previousEnd > 0 && s.charAt(previousEnd - 1) == ' ') {
            previousEnd--;
        }
        int previousStart = previousEnd;
        while (previousStart > 0 && !Character.isWhitespace(s.charAt(previousStart - 1))) {
            previousStart--;
        }
        String pair = s.substring(previousStart, previousEnd).toLowerCase(Locale.ROOT) + " " + word;
        if (previousEnd > previousStart && ABBREVIATIONS.contains(pair)) {
            return false;
        }
        // a single capital and a stop is an initial: "J. Smith", "А. С. Пушкин"
        return !(word.length() == 1 && Character.isLetter(word.charAt(0)) && Character.isUpperCase(s.charAt(wordStart)));
    }
}
