package org.gloss.importer.transcript.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportedText;
import org.gloss.core.importing.DocumentImports;
import org.gloss.core.importing.FileErrors;
import org.gloss.core.importing.ImportChecks;
import org.gloss.core.importing.ImportErrors;
import org.gloss.core.importing.StoredText;
import org.osgi.service.component.annotations.Component;

/**
 * Interview transcripts with their speaker turns: WebVTT ({@code .vtt}), SubRip ({@code .srt})
 * and plain-text speaker turns ({@code .transcript}, or any text file with
 * {@code gloss doc import --importer transcript}). Files are strict UTF-8.
 */
@Component(service = DocumentImporter.class)
public class TranscriptImporter implements DocumentImporter {
    @Override
    public String id() {
        return "transcript";
    }

    @Override
    public String displayName() {
        return "Transcripts: speaker turns, WebVTT, SubRip";
    }

    @Override
    public List<String> extensions() {
        return List.of("vtt", "srt", "transcript");
    }

    @Override
    public ImportedText read(Path file) {
        ImportChecks.requireNonEmpty(file);
        String text;
        try {
            text = StoredText.fromUtf8(Files.readAllBytes(file), file);
        } catch (NoSuchFileException e) {
            throw FileErrors.fileNotFound(file);
        } catch (IOException e) {
            throw FileErrors.unreadable(file, e.getMessage());
        }
        TranscriptBuilder transcript = switch (DocumentImports.extension(file)) {
            case "vtt" -> SubtitleCues.webVtt(text, file);
            case "srt" -> SubtitleCues.subRip(text, file);
            default -> SpeakerTurns.parse(text);
        };
        if (!transcript.hasTurns()) {
            throw ImportErrors.noTurns(file);
        }
        return transcript.build();
    }
}
