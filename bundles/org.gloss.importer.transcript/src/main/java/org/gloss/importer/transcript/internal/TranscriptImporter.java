package org.gloss.importer.transcript.internal;

import java.nio.file.Path;

import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportedText;
import org.gloss.core.importing.DocumentImports;
import org.gloss.core.importing.FileImporter;
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
public class TranscriptImporter extends FileImporter {
    public TranscriptImporter() {
        super("transcript", "Transcripts: speaker turns, WebVTT, SubRip", "vtt", "srt", "transcript");
    }

    @Override
    public ImportedText read(Path file) {
        ImportChecks.requireNonEmpty(file);
        String text = StoredText.fromUtf8(ImportChecks.readAllBytes(file), file);
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
