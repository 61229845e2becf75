package org.gloss.importer.transcript.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gloss.core.importing.ImportErrors;

/**
 * WebVTT and SubRip files: cues with a start and end time and text. The speaker comes from a
 * WebVTT voice tag ({@code <v Айгүл>}) or a {@code Name:} at the start of the cue; consecutive
 * cues of the same named speaker make one turn (subtitles cut sentences into screen-sized
 * pieces), from the first cue's start to the last one's end. Markup tags are dropped and
 * character references decoded.
 */
final class SubtitleCues {
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*(" + Timestamps.PATTERN + ")\\s+-->\\s+(" + Timestamps.PATTERN + ")(\\s.*)?$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?\\s+([^>]+)>");
    private static final Pattern NAME_PREFIX = Pattern.compile(
            "^(\\p{L}[\\p{L}\\p{M}\\p{N}.'’\\-]*(?: \\p{Lu}[\\p{L}\\p{M}\\p{N}.'’\\-]*){0,2}):\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>|\\{\\\\[^}]*\\}");

    private record Cue(String speaker, Duration start, Duration end, String text) {
    }

    private SubtitleCues() {
    }

    static TranscriptBuilder webVtt(String text, Path file) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].startsWith("WEBVTT")) {
            throw ImportErrors.corrupt(file, "WebVTT", "the first line must be WEBVTT");
        }
        return turns(cues(lines, 1, file, false));
    }

    static TranscriptBuilder subRip(String text, Path file) {
        return turns(cues(text.split("\n", -1), 0, file, true));
    }

    /** Blocks separated by blank lines; a block with a timing line is a cue, others (NOTE, STYLE, REGION) are not. */
    private static List<Cue> cues(String[] lines, int from, Path file, boolean subRip) {
        List<Cue> cues = new ArrayList<>();
        int i = from;
        while (i < lines.length) {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            int blockStart = i;
            List<String> block = new ArrayList<>();
            while (i < lines.length && !lines[i].isBlank()) {
                block.add(lines[i]);
                i++;
            }
            if (block.isEmpty()) {
                break;
            }
            int timing = block.size() > 0 && TIMING.matcher(block.get(0)).matches() ? 0
                    : block.size() > 1 && TIMING.matcher(block.get(1)).matches() ? 1 : -1;
            if (timing < 0) {
                boolean metadata = !subRip && block.get(0).matches("^(NOTE|STYLE|REGION)\\b.*");
                if (metadata) {
                    continue;
                }
                throw ImportErrors.badTranscriptLine(file, blockStart + 1,
                        "expected a cue timing like 00:01:02" + (subRip ? "," : ".") + "000 --> 00:01:05"
                                + (subRip ? "," : ".") + "000");
            }
            Matcher m = TIMING.matcher(block.get(timing));
            m.matches();
            Duration start = Timestamps.parse(m.group(1));
            Duration end = Timestamps.parse(m.group(2));
            if (start == null || end == null || end.compareTo(start) < 0) {
                throw ImportErrors.badTranscriptLine(file, blockStart + timing + 1, "the cue ends before it starts"
                        + " or has an impossible time");
            }
            String raw = String.join("\n", block.subList(timing + 1, block.size()));
            cues.add(cue(raw, start, end));
        }
        return cues;
    }

    private static Cue cue(String raw, Duration start, Duration end) {
        String speaker = "";
        Matcher voice = VOICE.matcher(raw);
        if (voice.find()) {
            speaker = voice.group(1).strip();
        }
        String words = decode(TAG.matcher(raw).replaceAll("")).replaceAll("\\s*\\n\\s*", " ").strip();
        if (speaker.isEmpty()) {
            Matcher prefix = NAME_PREFIX.matcher(words);
            if (prefix.matches()) {
                speaker = prefix.group(1);
                words = prefix.group(2).strip();
            }
        }
        return new Cue(speaker, start, end, words);
    }

    private static TranscriptBuilder turns(List<Cue> cues) {
        TranscriptBuilder transcript = new TranscriptBuilder();
        Cue current = null;
        StringBuilder words = new StringBuilder();
        for (Cue cue : cues) {
            if (cue.text().isEmpty()) {
                continue;
            }
            boolean sameSpeaker = current != null && !cue.speaker().isEmpty() && cue.speaker().equals(current.speaker());
            if (sameSpeaker) {
                words.append(' ').append(cue.text());
                current = new Cue(current.speaker(), current.start(), cue.end(), current.text());
                continue;
            }
            if (current != null) {
                transcript.turn(current.speaker(), current.start(), current.end(), words.toString());
            }
            current = cue;
            words.setLength(0);
            words.append(cue.text());
        }
        if (current != null) {
            transcript.turn(current.speaker(), current.start(), current.end(), words.toString());
        }
        return transcript;
    }

    /** The character references subtitle files use. */
    private static String decode(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00A0")
                .replace("&lrm;", "\u200E").replace("&rlm;", "\u200F").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
