package org.gloss.search.lucene.internal;

import org.gloss.model.CodePointText;

/** Hits cut from a text read from the store (literal and regex search, or a document the index keeps no text of). */
final class StringHitText implements HitText {
    private final String name;
    private final String stored;
    private final CodePointText text;
    private int start;
    private int end;

    StringHitText(String name, String stored) {
        this.name = name;
        this.stored = stored;
        this.text = new CodePointText(stored);
    }

    @Override
    public int[] locate(int charStart, int charEnd) {
        if (charStart < 0 || charEnd > stored.length() || charStart >= charEnd) {
            throw new HitBuilder.OutOfTextException("match [" + charStart + ", " + charEnd + ") outside document "
                    + name + " of " + stored.length() + " chars");
        }
        start = text.toCodePointOffset(charStart);
        end = text.toCodePointOffset(charEnd);
        return new int[] {start, end};
    }

    @Override
    public String hit() {
        return text.substring(start, end);
    }

    @Override
    public String left(int width) {
        return text.substring(Math.max(0, start - width), start);
    }

    @Override
    public String right(int width) {
        // long: a context as wide as Integer.MAX_VALUE ("all of it") must not overflow
        return text.substring(end, (int) Math.min(text.length(), (long) end + width));
    }
}
