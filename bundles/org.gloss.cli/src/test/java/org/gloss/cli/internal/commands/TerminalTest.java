package org.gloss.cli.internal.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {
    @Test
    void escapeAndOscSequencesAreShownNotObeyed() {
        // OSC 8 hyperlink, a window title, a colour and a cursor move, as names can carry them
        String name = "\u001B]8;;http://evil\u0007click\u001B]8;;\u0007 \u001B]0;pwned\u0007\u001B[31mred\u001B[2J";
        assertThat(Terminal.visible(name))
                .isEqualTo("␛]8;;http://evil␇click␛]8;;␇ ␛]0;pwned␇␛[31mred␛[2J")
                .doesNotContain("\u001B", "\u0007");
    }

    @Test
    void lineBreaksC1ControlsAndBidiOverridesAreVisibleToo() {
        assertThat(Terminal.visible("a\nb\rc\td\u007F")).isEqualTo("a␊b␍c␉d␡");
        assertThat(Terminal.visible("x\u009B31my\u202Eevil\u2066z\u2028")).isEqualTo("x<U+009B>31my<U+202E>evil<U+2066>z<U+2028>");
    }

    @Test
    void ordinaryTextIsTheSameString() {
        String text = "Кредит қарыз 😀 debt, \"quoted\"";
        assertThat(Terminal.visible(text)).isSameAs(text);
        assertThat(Terminal.visible(null)).isNull();
    }
}
