package org.gloss.importer.transcript.internal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text transcripts: a turn starts with a line {@code Name: words}, optionally with a time
 * in brackets or parentheses before or after the name ({@code [00:12:03] Айгүл: ...},
 * {@code Ben (12:03): ...}); following lines without a speaker continue the turn. Lines before
 * the first turn are kept as a preamble.
 */
final class SpeakerTurns {
    private static final String TIME = "[\\[(](" + Timestamps.PATTERN + ")[\\])]";
    /** A speaker name: up to four words of letters, digits, dots, hyphens, apostrophes. */
    private static final String NAME = "(\\p{L}[\\p{L}\\p{M}\\p{N}.'’\\-]*(?: [\\p{L}\\p{M}\\p{N}.'’\\-]+){0,3})";
    private static final Pattern TURN = Pattern.compile(
            "^\\s*(?:" + TIME + "\\s*)?" + NAME + "\\s*(?:" + TIME + ")?\\s*:\\s*(.*)$");
    private static final Pattern BARE_TIME = Pattern.compile("^\\s*" + TIME + "\\s*$");

    private SpeakerTurns() {
    }

    static TranscriptBuilder parse(String text) {
        TranscriptBuilder transcript = new TranscriptBuilder();
        StringBuilder preamble = new StringBuilder();
        String speaker = null;
        Duration start = null;
        Duration pendingTime = null; // a time on a line of its own applies to the next turn
        StringBuilder words = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher bare = BARE_TIME.matcher(line);
            if (bare.matches() && Timestamps.parse(bare.group(1)) != null) {
                pendingTime = Timestamps.parse(bare.group(1));
                continue;
            }
            Matcher turn = TURN.matcher(line);
            Duration time = turn.matches() ? time(turn) : null;
            if (turn.matches() && (time != null || !looksLikeProse(turn.group(2)))) {
                if (speaker != null) {
                    transcript.turn(speaker, start, null, words.toString());
                } else {
                    transcript.preamble(preamble.toString());
                }
                speaker = turn.group(2);
                start = time != null ? time : pendingTime;
                pendingTime = null;
                words.setLength(0);
                words.append(turn.group(4));
            } else if (speaker != null) {
                if (!line.isBlank()) {
                    words.append(words.length() == 0 ? "" : "\n").append(line.strip());
                }
            } else {
                preamble.append(line).append('\n');
            }
        }
        if (speaker != null) {
            transcript.turn(speaker, start, null, words.toString());
        } else {
            transcript.preamble(preamble.toString());
        }
        return transcript;
    }

    private static Duration time(Matcher turn) {
        String before = turn.group(1);
        String after = turn.group(3);
        return Timestamps.parse(before != null ? before : after != null ? after : "");
    }

    /**
     * "Note: the recorder stopped" or "In summary: ..." in a running paragraph are not speakers:
     * a speaker label has at most four words and, if more than one, starts each with a capital
     * or is a single short token like "Q" or "A1".
     */
    private static boolean looksLikeProse(String name) {
        String[] words = name.split(" ");
        if (words.length == 1) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !Character.isDigit(word.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }
}
