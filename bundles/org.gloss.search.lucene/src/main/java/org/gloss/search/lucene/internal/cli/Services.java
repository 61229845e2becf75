package org.gloss.search.lucene.internal.cli;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.search.IndexProgress;
import org.gloss.api.search.SearchService;
import org.gloss.search.lucene.internal.errors.SearchErrors;

/** Finds the search service at run time, as any bundle would, and reports indexing progress. */
final class Services {
    private Services() {
    }

    static SearchService search(CommandContext context) {
        return context.services(SearchService.class).stream().findFirst().orElseThrow(SearchErrors::noSearchService);
    }

    /**
     * Progress on standard error, only when the index is actually written: one line when it
     * starts, and every tenth of the way on large projects.
     */
    static IndexProgress progress(CommandContext context) {
        return new IndexProgress() {
            private int lastTenth = -1;

            @Override
            public void update(String reason, int done, int total) {
                if (total == 0) {
                    return;
                }
                int tenth = done * 10 / total;
                boolean report = done == 0 ? lastTenth < 0 : total >= LARGE && tenth > lastTenth;
                if (report) {
                    lastTenth = tenth;
                    context.err().printf("gloss: %s: %d/%d documents%n", reason, done, total);
                    context.err().flush();
                }
            }
        };
    }

    private static final int LARGE = 500;
}
