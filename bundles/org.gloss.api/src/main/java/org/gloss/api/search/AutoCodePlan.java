package org.gloss.api.search;

import java.util.List;

/**
 * What auto-coding a set of hits would do: the codings to add (overlapping extents merged, in
 * document order) and how many extents are already coded identically and will be left alone.
 */
public record AutoCodePlan(String code, String coder, AutoCodeScope scope, List<PlannedCoding> codings,
                           int alreadyCoded) {
    public AutoCodePlan {
        codings = List.copyOf(codings);
    }

    public long documents() {
        return codings.stream().map(PlannedCoding::documentId).distinct().count();
    }
}
