package org.gloss.importer.transcript.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gloss.api.importer.ImportedText;
import org.gloss.model.TextSpan;
import org.gloss.model.Turn;

/**
 * Builds a transcript's stored text and its turns together, so the offsets are right by
 * construction. Each turn is one paragraph, {@code Speaker: words} (or just the words when no
 * speaker is named), turns separated by a blank line; a turn's span covers its words, not the
 * speaker's name. Times are not repeated in the text: they are the turns' metadata.
 */
final class TranscriptBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Turn> turns = new ArrayList<>();
    private int length; // in code points

    /** Text before the first turn (a heading, notes on the recording): a paragraph of its own. */
    void preamble(String words) {
        String stripped = words.strip();
        if (!stripped.isEmpty()) {
            startParagraph();
            add(stripped);
        }
    }

    void turn(String speaker, Duration start, Duration end, String words) {
        String said = words.strip();
        if (said.isEmpty()) {
            return;
        }
        String name = speaker == null ? "" : speaker.strip();
        startParagraph();
        if (!name.isEmpty()) {
            add(name + ": ");
        }
        int from = length;
        add(said);
        turns.add(new Turn(name, start, end, new TextSpan(from, length)));
    }

    boolean hasTurns() {
        return !turns.isEmpty();
    }

    ImportedText build() {
        return new ImportedText(text.toString(), Map.of(), turns);
    }

    private void startParagraph() {
        if (text.length() > 0) {
            add("\n\n");
        }
    }

    private void add(String piece) {
        text.append(piece);
        length += piece.codePointCount(0, piece.length());
    }
}
