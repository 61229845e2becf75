package org.gloss.api.analysis;

import java.util.List;

/**
 * Frequencies, one row per code (codebook order), coder, document (store order) or attribute value
 * (sorted, then documents without the attribute), and the totals over everything in scope.
 */
public record FrequencyTable(FrequencyRequest request, List<FrequencyRow> rows, FrequencyRow total) {
    public FrequencyTable {
        rows = List.copyOf(rows);
    }
}
