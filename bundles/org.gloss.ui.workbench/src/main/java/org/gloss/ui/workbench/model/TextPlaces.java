package org.gloss.ui.workbench.model;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.gloss.model.Turn;

/**
 * Where an offset lies in a document, said the way people find a place in a text: the paragraph
 * (a non-empty line, counted as a reader counts them), the line in the stored text, and in a
 * transcript the speaker turn's time. Offsets stay what they are (code points) in exports and on
 * the command line; this is only for showing positions in views. Immutable.
 */
public final class TextPlaces {
    private final int[] lineStarts;
    /** For each line, the number of the paragraph it is (1-based), or of the last one before it when blank. */
    private final int[] paragraphOfLine;
    private final List<Turn> turns;

    /** @param text the document's stored text; @param turns its speaker turns (empty when it has none) */
    public TextPlaces(String text, List<Turn> turns) {
        int[] starts = new int[16];
        int[] paragraphs = new int[16];
        int lines = 0;
        int paragraph = 0;
        int offset = 0;
        int lineStart = 0;
        boolean blank = true;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : '\n';
            if (cp == '\n') {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                    paragraphs = Arrays.copyOf(paragraphs, lines * 2);
                }
                if (!blank) {
                    paragraph++;
                }
                starts[lines] = lineStart;
                paragraphs[lines] = Math.max(1, paragraph);
                lines++;
                lineStart = offset + 1;
                blank = true;
            } else if (!Character.isWhitespace(cp)) {
                blank = false;
            }
            offset++;
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
        this.paragraphOfLine = Arrays.copyOf(paragraphs, lines);
        this.turns = List.copyOf(turns);
    }

    /** The line (1-based) holding the code point at this offset. */
    public int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    /** The paragraph (1-based, blank lines not counted) holding the offset. */
    public int paragraph(int offset) {
        return paragraphOfLine[line(offset) - 1];
    }

    /** The start time of the turn holding the offset, when the document is a transcript that says. */
    public java.util.Optional<Duration> time(int offset) {
        for (Turn turn : turns) {
            if (turn.span().start() <= offset && offset < Math.max(turn.span().end(), turn.span().start() + 1)) {
                return turn.startTime();
            }
        }
        return java.util.Optional.empty();
    }

    /** "¶ 4 · line 7", with "· 00:03:15" in a transcript that gives times. */
    public String describe(int offset) {
        String place = "¶ " + paragraph(offset) + " · line " + line(offset);
        return time(offset).map(t -> place + " · " + clock(t)).orElse(place);
    }

    /** hh:mm:ss, the way people read a recording's time. */
    static String clock(Duration time) {
        long seconds = time.toSeconds();
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
