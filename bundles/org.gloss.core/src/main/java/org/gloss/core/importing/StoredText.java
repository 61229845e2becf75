package org.gloss.core.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * The rules every importer applies to the text it stores: a leading BOM is dropped, CRLF/CR
 * line breaks become LF and the text is put in Unicode normalization form NFC (so "é" typed as
 * e + combining accent and "é" precomposed are the same text, one code point, and search and
 * duplicate detection see them as equal). Nothing else changes, so offsets mean the same thing
 * in every tool.
 */
public final class StoredText {
    private StoredText() {
    }

    public static String normalize(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String lf = withoutBom.indexOf('\r') < 0 ? withoutBom
                : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(lf, Normalizer.Form.NFC) ? lf : Normalizer.normalize(lf, Normalizer.Form.NFC);
    }

    /**
     * Decodes strict UTF-8. Malformed input fails with an error naming the file and the byte
     * offset of the first bad byte; it is never replaced with U+FFFD.
     */
    public static String decodeUtf8(byte[] bytes, Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw FileErrors.notUtf8(file, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw FileErrors.notUtf8(file, in.position());
        }
        return out.flip().toString();
    }

    /** As {@link #decodeUtf8} followed by {@link #normalize}. */
    public static String fromUtf8(byte[] bytes, Path file) {
        return normalize(decodeUtf8(bytes, file));
    }

    /**
     * Whether the text has anything to read and code: a code point that is neither white space
     * nor a control or format character (NUL, BOM, zero-width space...).
     */
    public static boolean hasContent(String text) {
        return text.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.CONTROL
                    && type != Character.FORMAT;
        });
    }
}
