package org.gloss.exchange.refiqda.internal;

import java.text.Normalizer;

import org.gloss.core.importing.StoredText;

/**
 * Turns positions in a source's text as another tool counted them into positions in the text
 * Gloss stores, which has LF line breaks and is in Unicode NFC. Positions are code points (spec
 * section 10.2). Most tools (NVivo, MAXQDA, QualCoder) count CR and LF separately; ATLAS.ti
 * counts CRLF as one character. Text in another normalization form (e.g. decomposed accents
 * from macOS) is normalized one base character with its combining marks at a time, and a
 * position inside such a cluster moves to the cluster's start.
 */
final class PositionMap {
    private final String storedText;
    private final int storedLength;
    /** Stored-text position of each raw position 0..rawLength; null when they coincide. */
    private final int[] rawToStored;

    PositionMap(String rawText, boolean crlfCountsAsOne) {
        this.storedText = StoredText.normalize(rawText);
        this.storedLength = storedText.codePointCount(0, storedText.length());
        boolean nfc = Normalizer.isNormalized(rawText, Normalizer.Form.NFC);
        boolean crs = rawText.indexOf('\r') >= 0;
        if ((!crs || crlfCountsAsOne) && nfc) {
            rawToStored = null;
        } else {
            String counted = crlfCountsAsOne ? rawText.replace("\r\n", "\n") : rawText;
            rawToStored = map(counted);
        }
    }

    private static int[] map(String raw) {
        int rawLength = raw.codePointCount(0, raw.length());
        int[] map = new int[rawLength + 1];
        int stored = 0;
        int rawIndex = 0;
        int i = 0;
        while (i < raw.length()) {
            int cp = raw.codePointAt(i);
            if (cp == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                map[rawIndex++] = stored; // the CR of a CRLF disappears into the LF
                i++;
                continue;
            }
            // a cluster: this code point and the combining marks after it
            int end = i + Character.charCount(cp);
            while (end < raw.length() && isCombining(raw.codePointAt(end))) {
                end += Character.charCount(raw.codePointAt(end));
            }
            String cluster = raw.substring(i, end);
            int clusterRaw = cluster.codePointCount(0, cluster.length());
            String normalized = cp == '\r' ? "\n" : Normalizer.normalize(cluster, Normalizer.Form.NFC);
            for (int k = 0; k < clusterRaw; k++) {
                map[rawIndex++] = stored;
            }
            stored += normalized.codePointCount(0, normalized.length());
            i = end;
        }
        map[rawIndex] = stored;
        return map;
    }

    private static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || (cp >= 0x1160 && cp <= 0x11FF); // Hangul vowel and final jamo
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
