package org.gloss.api.agreement;

import java.util.List;
import java.util.Objects;

import org.gloss.model.TextSpan;

/**
 * One adjudication decision on a span of a document and code.
 *
 * @param coders    the compared coders (their codings are only read)
 * @param span      the disagreement decided, [start, end) in code points
 * @param choice    what the consensus coder receives
 * @param coder     for {@link Choice#CODER}: whose coding within the span is accepted
 * @param extent    for {@link Choice#EXTENT}: the edited extent accepted instead
 * @param consensus the coder receiving the accepted codings (created when missing)
 * @param decidedBy who decides (for the log)
 * @param note      optional, kept in the log and on the consensus codings
 */
public record SpanDecisionRequest(List<String> coders, String document, String code, TextSpan span, Choice choice,
                                  String coder, TextSpan extent, String consensus, String decidedBy, String note) {
    /** What a decision gives the consensus coder. */
    public enum Choice {
        /** One coder's coding within the span. */
        CODER,
        /** Everything any compared coder coded within the span. */
        BOTH,
        /** Nothing: the span is rejected. */
        NEITHER,
        /** An edited extent instead of the coders' ones. */
        EXTENT
    }

    public SpanDecisionRequest {
        coders = List.copyOf(coders);
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(consensus, "consensus");
        if (choice == Choice.CODER) {
            Objects.requireNonNull(coder, "coder");
        }
        if (choice == Choice.EXTENT) {
            Objects.requireNonNull(extent, "extent");
        }
    }

    /** The rule written to the adjudication log: "manual:&lt;coder&gt;", "manual:both", "manual:neither" or "manual:extent". */
    public String rule() {
        return "manual:" + (choice == Choice.CODER ? coder : choice.name().toLowerCase(java.util.Locale.ROOT));
    }
}
