package org.gloss.importer.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gloss.core.importing.TextAssembler;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The readable text of a page: the {@code <main>} element (else the first {@code <article>},
 * else the body) without scripts, styles, navigation, page headers and footers. Block elements
 * (headings, paragraphs, quotes, divs) become paragraphs, list items lines with "• " or "1. ",
 * tables rows of tab-separated cells; white space is collapsed as a browser does, except in
 * {@code <pre>}.
 */
final class HtmlText {
    private static final Set<String> DROPPED = Set.of("script", "style", "nav", "header", "footer", "noscript",
            "template", "head", "iframe", "object", "svg", "canvas", "form", "button", "select", "dialog");

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section",
            "article", "main", "blockquote", "pre", "figure", "figcaption", "address", "dl", "dt", "dd", "hr",
            "details", "summary", "aside", "center", "body", "caption");

    private final TextAssembler text = new TextAssembler();
    private final StringBuilder inline = new StringBuilder();

    String text(Document page) {
        Element main = page.selectFirst("main");
        if (main == null) {
            main = page.selectFirst("article");
        }
        if (main == null) {
            main = page.body();
        }
        walk(main, false);
        flush();
        return text.text();
    }

    private void walk(Element element, boolean preformatted) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                inline.append(preformatted ? textNode.getWholeText() : collapse(textNode.getWholeText()));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (DROPPED.contains(tag) || e.hasAttr("hidden")) {
                    continue;
                }
                switch (tag) {
                    case "br" -> inline.append('\n');
                    case "table" -> {
                        flush();
                        table(e);
                    }
                    case "ul", "ol" -> {
                        flush();
                        list(e, 0);
                        text.endList();
                    }
                    default -> {
                        if (BLOCKS.contains(tag)) {
                            flush();
                            walk(e, preformatted || tag.equals("pre"));
                            flush();
                        } else {
                            walk(e, preformatted);
                        }
                    }
                }
            }
        }
    }

    private void flush() {
        String paragraph = tidy(inline.toString());
        inline.setLength(0);
        text.paragraph(paragraph);
    }

    private void list(Element list, int level) {
        boolean numbered = list.normalName().equals("ol");
        int number = numbered && list.hasAttr("start") ? parseStart(list.attr("start")) : 1;
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            Element withoutSublists = item.clone();
            withoutSublists.select("ul, ol").remove();
            withoutSublists.select(String.join(", ", DROPPED)).remove();
            String marker = numbered ? number++ + ". " : "• ";
            String itemText = withoutSublists.text();
            if (!itemText.isBlank()) {
                text.listItem("  ".repeat(level) + marker + itemText);
            }
            for (Element sublist : item.select("> ul, > ol")) {
                list(sublist, level + 1);
            }
        }
    }

    private static int parseStart(String start) {
        try {
            return Integer.parseInt(start.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void table(Element table) {
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue; // rows of nested tables are read as part of their cell
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cell.text());
                }
            }
            text.tableRow(cells);
        }
        text.endTable();
    }

    /** As a browser: any run of white space is one space (no-break spaces are kept). */
    private static String collapse(String raw) {
        return raw.replaceAll("[ \\t\\n\\r\\f]+", " ");
    }

    /** Spaces around line breaks (from {@code <br>}) and doubled spaces between inline elements go. */
    private static String tidy(String paragraph) {
        return paragraph.replaceAll(" {2,}", " ").replaceAll(" *\\n *", "\n").strip();
    }
}
