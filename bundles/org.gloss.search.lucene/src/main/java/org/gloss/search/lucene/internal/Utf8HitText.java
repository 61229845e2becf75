package org.gloss.search.lucene.internal;

import java.nio.charset.StandardCharsets;

import org.gloss.search.lucene.internal.index.IndexedText;

/**
 * Hits cut from the index's copy of a text (UTF-8 with checkpoints). A cursor moves forward
 * through the bytes, counting UTF-16 units and code points, and jumps to the last checkpoint
 * before a hit: a document is neither decoded whole nor walked from its start, only the hits and
 * their context are decoded. Offsets inside a surrogate pair map to its code point, as in
 * {@link org.gloss.model.CodePointText}.
 */
final class Utf8HitText implements HitText {
    private final String name;
    private final IndexedText text;
    private final byte[] utf8;
    private final int first;
    private final int last;
    // the cursor: a code point boundary
    private int byteAt;
    private int charAt;
    private int codePointAt;
    private int nextCheckpoint;
    // the last located span
    private int startByte;
    private int endByte;

    Utf8HitText(String name, IndexedText text) {
        this.name = name;
        this.text = text;
        this.utf8 = text.bytes();
        this.first = text.textStart();
        this.last = text.textEnd();
        this.byteAt = first;
    }

    @Override
    public int[] locate(int charStart, int charEnd) {
        if (charStart < charAt || charStart >= charEnd) {
            throw new HitBuilder.OutOfTextException("match [" + charStart + ", " + charEnd + ") in document " + name
                    + " is empty or does not follow the one before at " + charAt);
        }
        int start = moveTo(charStart);
        startByte = byteAt;
        int end = moveTo(charEnd);
        endByte = byteAt;
        return new int[] {start, end};
    }

    /** Moves the cursor to the code point holding this UTF-16 index and returns its offset. */
    private int moveTo(int charIndex) {
        while (nextCheckpoint < text.checkpoints() && text.checkpointChar(nextCheckpoint) <= charIndex) {
            if (text.checkpointChar(nextCheckpoint) > charAt) {
                byteAt = text.checkpointByte(nextCheckpoint);
                charAt = text.checkpointChar(nextCheckpoint);
                codePointAt = text.checkpointCodePoint(nextCheckpoint);
            }
            nextCheckpoint++;
        }
        while (charAt < charIndex) {
            if (byteAt >= last) {
                throw new HitBuilder.OutOfTextException("match ends at " + charIndex + ", outside document " + name
                        + " of " + charAt + " chars");
            }
            int bytes = IndexedText.sequenceLength(utf8[byteAt]);
            int units = bytes == 4 ? 2 : 1;
            if (charAt + units > charIndex) {
                break; // inside a surrogate pair
            }
            byteAt += bytes;
            charAt += units;
            codePointAt++;
        }
        return codePointAt;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    @Override
    public String hit() {
        return decode(startByte, endByte);
    }

    @Override
    public String left(int width) {
        int from = startByte;
        for (int n = 0; n < width && from > first; n++) {
            do {
                from--;
            } while (from > first && continuation(utf8[from]));
        }
        return decode(from, startByte);
    }

    @Override
    public String right(int width) {
        int to = endByte;
        for (int n = 0; n < width && to < last; n++) {
            to = Math.min(last, to + IndexedText.sequenceLength(utf8[to]));
        }
        return decode(endByte, to);
    }

    private String decode(int from, int to) {
        return new String(utf8, from, to - from, StandardCharsets.UTF_8);
    }
}
