package org.gloss.ui.workbench.internal.views;

import java.util.List;
import java.util.Objects;

import javafx.collections.ObservableList;

/**
 * Brings a shown list to a new content by replacing only the run of rows that differs. A view
 * that reloads thousands of rows after every coding then tells its table about the one row that
 * came or went, instead of replacing them all: {@code setAll} makes a table drop and rebuild its
 * cells and selection, which stalled the FX thread for tens of milliseconds at 5,000 rows.
 */
final class ListPatch {
    private ListPatch() {
    }

    /** Makes {@code shown} equal to {@code wanted}, with at most one removal and one insertion. */
    static <T> void apply(ObservableList<T> shown, List<T> wanted) {
        int shownSize = shown.size();
        int wantedSize = wanted.size();
        int prefix = 0;
        while (prefix < shownSize && prefix < wantedSize && Objects.equals(shown.get(prefix), wanted.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shownSize - prefix && suffix < wantedSize - prefix
                && Objects.equals(shown.get(shownSize - 1 - suffix), wanted.get(wantedSize - 1 - suffix))) {
            suffix++;
        }
        int shownEnd = shownSize - suffix;
        int wantedEnd = wantedSize - suffix;
        if (prefix == shownEnd && prefix == wantedEnd) {
            return;
        }
        if (prefix == 0 && suffix == 0) {
            shown.setAll(wanted);
            return;
        }
        if (prefix < shownEnd) {
            shown.remove(prefix, shownEnd);
        }
        if (prefix < wantedEnd) {
            shown.addAll(prefix, wanted.subList(prefix, wantedEnd));
        }
    }
}
