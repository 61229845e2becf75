package org.gloss.exchange.refiqda.internal;

import org.gloss.api.importer.StoredText;

/**
 * Turns positions in a source's text as another tool counted them into positions in the text
 * Gloss stores (CRLF and CR become LF). Positions are code points (spec section 10.2). Most tools
 * (NVivo, MAXQDA, QualCoder) count CR and LF separately; ATLAS.ti counts CRLF as one character,
 * i.e. its positions already match the stored text.
 */
final class PositionMap {
    private final String storedText;
    private final int storedLength;
    /** Stored-text position of each raw position 0..rawLength; null when they coincide. */
    private final int[] rawToStored;

    PositionMap(String rawText, boolean crlfCountsAsOne) {
        this.storedText = StoredText.normalize(rawText);
        this.storedLength = storedText.codePointCount(0, storedText.length());
        if (rawText.indexOf('\r') < 0 || crlfCountsAsOne) {
            rawToStored = null;
        } else {
            int rawLength = rawText.codePointCount(0, rawText.length());
            rawToStored = new int[rawLength + 1];
            int stored = 0;
            int raw = 0;
            for (int i = 0; i < rawText.length(); ) {
                int cp = rawText.codePointAt(i);
                rawToStored[raw++] = stored;
                boolean crBeforeLf = cp == '\r' && i + 1 < rawText.length() && rawText.charAt(i + 1) == '\n';
                if (!crBeforeLf) {
                    stored++; // the CR of a CRLF disappears; everything else keeps one position
                }
                i += Character.charCount(cp);
            }
            rawToStored[raw] = stored;
        }
    }

    String storedText() {
        return storedText;
    }

    int storedLength() {
        return storedLength;
    }

    /** The stored position of a raw one, or -1 when it lies outside the text. */
    int toStored(long raw) {
        if (rawToStored == null) {
            return raw < 0 || raw > storedLength ? -1 : (int) raw;
        }
        return raw < 0 || raw >= rawToStored.length ? -1 : rawToStored[(int) raw];
    }
}
