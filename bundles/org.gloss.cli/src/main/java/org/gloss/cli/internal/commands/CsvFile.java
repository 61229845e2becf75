package org.gloss.cli.internal.commands;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gloss.api.error.GlossException;
import org.gloss.core.importing.FileErrors;
import org.gloss.core.importing.InputFiles;

/**
 * A CSV file the user gave, read whole and checked before anything is written: a regular file,
 * strict UTF-8 (a bad byte is named by its line and offset), RFC 4180 (an unclosed quote is
 * named by its line). Problems are one line naming the file, never a Java exception's name.
 */
final class CsvFile {
    /** A record and the line it starts on (1 for the header). */
    record Line(long number, CSVRecord record) {
    }

    private static final Pattern LINE_NUMBER = Pattern.compile("(?:startline|line:?)\\s*(\\d+)");

    private CsvFile() {
    }

    static List<Line> read(Path file) {
        InputFiles.requireRegularFile(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw FileErrors.unreadable(file, e.getMessage());
        }
        String text = decode(bytes, file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel's UTF-8 byte order mark
        }
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            long start = 1;
            for (CSVRecord record : parser) {
                lines.add(new Line(start, record));
                start = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw malformed(file, e);
        }
        return lines;
    }

    /** Strict UTF-8; the first bad byte is named by its line and byte offset. */
    private static String decode(byte[] bytes, Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            long line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new GlossException(file.getFileName() + " line " + line + " is not valid UTF-8 (bad byte at offset "
                    + offset + "); save the file as UTF-8");
        }
        return out.flip().toString();
    }

    private static GlossException malformed(Path file, Exception e) {
        String message = String.valueOf(e.getCause() != null && e instanceof UncheckedIOException ? e.getCause().getMessage()
                : e.getMessage());
        Matcher m = LINE_NUMBER.matcher(message);
        String line = m.find() ? " line " + m.group(1) : "";
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        String problem = lower.contains("eof reached before encapsulated token finished")
                ? "a quoted field is never closed (a \" is missing)"
                : lower.contains("between encapsulated token and delimiter")
                        ? "text follows a closing quote (a \" inside a quoted field must be written \"\")"
                        : "not valid CSV";
        return new GlossException(file.getFileName() + line + ": " + problem);
    }
}
