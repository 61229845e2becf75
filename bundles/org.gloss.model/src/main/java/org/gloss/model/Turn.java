package org.gloss.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One speaker turn (or subtitle cue) of a transcript: who spoke, when, and which code points of
 * the stored text hold what was said, so views can filter coded segments by speaker and jump to
 * a time.
 *
 * @param speaker the speaker's name as written in the transcript; empty when the source names none
 * @param start   time into the recording the turn starts at, when the transcript says
 * @param end     time the turn ends at, when the transcript says (subtitles do, speaker lists rarely)
 * @param span    the turn's words in the stored text, in code points, end exclusive
 */
public record Turn(String speaker, Duration start, Duration end, TextSpan span) {
    public Turn {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(span, "span");
        if (start != null && end != null && end.compareTo(start) < 0) {
            throw new IllegalArgumentException("turn ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public Optional<Duration> startTime() {
        return Optional.ofNullable(start);
    }

    public Optional<Duration> endTime() {
        return Optional.ofNullable(end);
    }

    /** {@code hh:mm:ss.mmm}, the way transcripts and subtitle files write times. */
    public static String formatTime(Duration time) {
        long millis = time.toMillis();
        return String.format("%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
                millis % 1000);
    }
}
