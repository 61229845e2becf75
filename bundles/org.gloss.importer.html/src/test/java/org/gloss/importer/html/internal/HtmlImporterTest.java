package org.gloss.importer.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gloss.api.error.GlossException;
import org.gloss.api.importer.ImportedText;
import org.gloss.model.AttributeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImporterTest {
    /** English, Russian, Kazakh (қ ә ң ө ү ұ і), an emoji and U+20000 (CJK Extension B). */
    static final String MIXED = "Debt is a two-way road. Долг платежом красен. Қарыз: ә ң ө ү ұ і. 😀 \uD840\uDC00";

    @TempDir
    Path dir;

    private final HtmlImporter importer = new HtmlImporter();

    @Test
    void keepsTheMainTextAndDropsScriptsStylesAndNavigation() throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, """
                <!DOCTYPE html>
                <html><head><title>Қарыз — debt</title><style>p { color: red }</style>
                <script>var tracking = "noise";</script></head>
                <body>
                  <header><a href="/">Site name</a></header>
                  <nav><ul><li>Home</li><li>About</li></ul></nav>
                  <main>
                    <h1>Қарыз   и
                        долг</h1>
                    <p>%s</p>
                    <p>First line<br>second <em>line</em> with <a href="#">a link</a>.</p>
                    <ul><li>бірінші</li><li>second<ul><li>nested</li></ul></li></ul>
                    <ol><li>one</li><li>two</li></ol>
                    <table><tr><th>Name</th><th>Age</th></tr><tr><td>Айгүл</td><td>34</td></tr></table>
                    <script>document.write("never")</script>
                  </main>
                  <footer>© 2024 Publisher</footer>
                </body></html>
                """.formatted(MIXED));
        ImportedText imported = importer.read(file);
        String expected = "Қарыз и долг\n\n"
                + MIXED + "\n\n"
                + "First line\nsecond line with a link.\n\n"
                + "• бірінші\n• second\n  • nested\n\n"
                + "1. one\n2. two\n\n"
                + "Name\tAge\nАйгүл\t34";
        assertThat(imported.text()).isEqualTo(expected);
        assertThat(imported.text().codePointCount(0, imported.text().length())).isEqualTo(expected.length() - 2);
        assertThat(imported.attributes()).containsEntry("title", AttributeValue.text("Қарыз — debt"));
    }

    @Test
    void withoutMainTheBodyIsReadAndDecomposedTextBecomesNfc() throws Exception {
        Path file = dir.resolve("plain.htm");
        Files.writeString(file, "<p>cafe\u0301</p><div>и\u0306</div>");
        assertThat(importer.read(file).text()).isEqualTo("caf\u00E9\n\n\u0439");
    }

    @Test
    void aDeclaredCharsetIsHonoured() throws Exception {
        Path file = dir.resolve("cp1251.html");
        Files.write(file, "<html><head><meta charset=\"windows-1251\"></head><body><p>Долг платежом красен</p></body></html>"
                .getBytes(Charset.forName("windows-1251")));
        assertThat(importer.read(file).text()).isEqualTo("Долг платежом красен");
    }

    @Test
    void undeclaredNonUtf8IsRefusedWithTheByteOffset() throws Exception {
        Path file = dir.resolve("latin1.html");
        Files.write(file, "<p>café</p>".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(GlossException.class)
                .hasMessage(file + " is not valid UTF-8 (bad byte at offset 6)");
    }

    @Test
    void emptyAndTextlessPagesAreNamed() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.html"));
        assertThatThrownBy(() -> importer.read(empty)).isInstanceOf(GlossException.class).hasMessage("empty.html is empty");
        Path nav = dir.resolve("nav.html");
        Files.writeString(nav, "<nav>Home</nav><script>x()</script>");
        assertThatThrownBy(() -> importer.read(nav)).isInstanceOf(GlossException.class)
                .hasMessageStartingWith("nav.html has no text to import");
    }

    @Test
    void anXhtmlInternalDtdLeavesNoStrayBracketInTheText() throws Exception {
        Path file = dir.resolve("page.xhtml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html [
                  <!ENTITY secret SYSTEM "file:///etc/passwd">
                  <!ENTITY company "Acme">
                ]>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>
                <body><p>Only this text.</p></body></html>
                """);
        ImportedText text = importer.read(file);
        assertThat(text.text()).isEqualTo("Only this text.").doesNotContain("]>", "passwd", "ENTITY");
    }
}
