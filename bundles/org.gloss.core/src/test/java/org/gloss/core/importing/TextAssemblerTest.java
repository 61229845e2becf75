package org.gloss.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gloss.core.importing.TextAssembler;
import org.junit.jupiter.api.Test;

class TextAssemblerTest {
    @Test
    void blocksListsTablesAndNotesAreLaidOutTheSameForEveryFormat() {
        String text = new TextAssembler()
                .paragraph("  Title  ")
                .paragraph("   ") // a blank spacer paragraph is dropped
                .listItem("• one").listItem("  • nested").endList()
                .listItem("1. other list")
                .tableRow(List.of("a\tb", "c\nd")).tableRow(List.of("", "")).tableRow(List.of("e", "f")).endTable()
                .tableRow(List.of("second", "table"))
                .paragraph("cafe\u0301")
                .footnote("1", " note ")
                .endnote("i", "end")
                .text();
        assertThat(text).isEqualTo("Title\n\n• one\n  • nested\n\n1. other list\n\na b\tc d\ne\tf\n\nsecond\ttable\n\ncaf\u00E9\n\n"
                + TextAssembler.FOOTNOTES_MARKER + "\n[1] note\n\n" + TextAssembler.ENDNOTES_MARKER + "\n[i] end");
    }

    @Test
    void romanNumeralsLabelEndnotes() {
        assertThat(TextAssembler.roman(1)).isEqualTo("i");
        assertThat(TextAssembler.roman(4)).isEqualTo("iv");
        assertThat(TextAssembler.roman(14)).isEqualTo("xiv");
        assertThat(TextAssembler.roman(1990)).isEqualTo("mcmxc");
    }
}
