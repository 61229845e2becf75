package org.gloss.search.lucene.internal.index;

import java.nio.charset.StandardCharsets;

/**
 * The index's copy of a document's text: its UTF-8 bytes after a table of checkpoints, one at the
 * first code point boundary after every {@value #STEP} bytes, each giving the byte, UTF-16 and
 * code point offset there. Hits come as UTF-16 offsets; with the checkpoints a hit's byte and
 * code point offset are found by reading at most {@value #STEP} bytes from the checkpoint before
 * it, not the whole document before it.
 *
 * <p>Layout: int n; n times (int byte, int char, int codePoint); the UTF-8 bytes. Ints are big-endian.
 */
public final class IndexedText {
    /** Bytes between checkpoints. */
    static final int STEP = 512;
    private static final int ENTRY = 12;

    private final byte[] blob;
    private final int offset;
    private final int end;
    private final int checkpoints;
    private final int textStart;

    public IndexedText(byte[] blob) {
        this(blob, 0, blob.length);
    }

    /** The indexed text in {@code blob[offset, offset + length)} (read in place, not copied). */
    public IndexedText(byte[] blob, int offset, int length) {
        if (length < 4) {
            throw new IllegalArgumentException("indexed text of " + length + " bytes has no header");
        }
        this.blob = blob;
        this.offset = offset;
        this.end = offset + length;
        this.checkpoints = readInt(blob, offset);
        this.textStart = offset + 4 + checkpoints * ENTRY;
        if (checkpoints < 0 || textStart > end) {
            throw new IllegalArgumentException("indexed text of " + length + " bytes with " + checkpoints
                    + " checkpoints");
        }
    }

    /**
     * Encodes a text, or returns null when it has an unpaired surrogate: encoding would replace
     * it and shift every offset after it, so such a text is cut from the store's copy instead.
     */
    public static byte[] encode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return null;
            }
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int[] entries = new int[(utf8.length / STEP + 1) * 3];
        int n = 0;
        int next = STEP;
        int chars = 0;
        int codePoints = 0;
        for (int b = 0; b < utf8.length; ) {
            if (b >= next) {
                entries[n * 3] = b;
                entries[n * 3 + 1] = chars;
                entries[n * 3 + 2] = codePoints;
                n++;
                next = (b / STEP + 1) * STEP;
            }
            int length = sequenceLength(utf8[b]);
            chars += length == 4 ? 2 : 1;
            codePoints++;
            b += length;
        }
        byte[] blob = new byte[4 + n * ENTRY + utf8.length];
        writeInt(blob, 0, n);
        for (int i = 0; i < n * 3; i++) {
            writeInt(blob, 4 + i * 4, entries[i]);
        }
        System.arraycopy(utf8, 0, blob, 4 + n * ENTRY, utf8.length);
        return blob;
    }

    /** Length in bytes of the UTF-8 sequence this lead byte starts. */
    public static int sequenceLength(byte lead) {
        int b = lead & 0xff;
        return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }

    /** The array holding the UTF-8 bytes, from {@link #textStart()} to {@link #textEnd()}. */
    public byte[] bytes() {
        return blob;
    }

    public int textStart() {
        return textStart;
    }

    public int textEnd() {
        return end;
    }

    public int checkpoints() {
        return checkpoints;
    }

    /** Offset of a checkpoint in {@link #bytes()}. */
    public int checkpointByte(int i) {
        return textStart + entry(i, 0);
    }

    public int checkpointChar(int i) {
        return entry(i, 1);
    }

    public int checkpointCodePoint(int i) {
        return entry(i, 2);
    }

    private int entry(int i, int field) {
        return readInt(blob, offset + 4 + i * ENTRY + field * 4);
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    private static void writeInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }
}
