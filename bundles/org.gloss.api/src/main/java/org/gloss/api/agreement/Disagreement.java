package org.gloss.api.agreement;

import java.util.List;

/**
 * A maximal span [start, end) (code points) of a document where some but not all compared coders
 * applied a code.
 *
 * @param coders the compared coders who have the code on this span
 * @param others the compared coders who do not
 */
public record Disagreement(long documentId, String document, long codeId, String code, int start, int end, String text,
                           List<String> coders, List<String> others) {
    public Disagreement {
        coders = List.copyOf(coders);
        others = List.copyOf(others);
    }
}
