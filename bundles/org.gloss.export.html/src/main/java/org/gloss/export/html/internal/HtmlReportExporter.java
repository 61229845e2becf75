package org.gloss.export.html.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.exchange.ExchangeErrors;
import org.gloss.core.exchange.ExportData;
import org.gloss.model.Code;
import org.gloss.model.CodePointText;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;
import org.jsoup.nodes.Entities;
import org.osgi.service.component.annotations.Component;

/**
 * A single self-contained HTML report (inline CSS, no scripts, no external resources): the
 * codebook with counts per coder, the coded segments grouped by code with some text around them,
 * and the memos. Every piece of project text is escaped.
 */
@Component(service = Exporter.class)
public class HtmlReportExporter implements Exporter {
    static final String CONTEXT = "context";
    private static final int DEFAULT_CONTEXT = 60;
    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
            + "line-height:1.45;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;"
            + "text-align:left}th{background:#f4f4f4}.swatch{display:inline-block;width:.9em;height:.9em;"
            + "border:1px solid #999;vertical-align:middle;margin-right:.3em}.segment{margin:.6em 0;padding:.4em .6em;"
            + "border-left:4px solid #888;background:#fafafa}.context{color:#777}mark{background:#fff1a8}"
            + ".meta{font-size:.85em;color:#555}.memo{white-space:pre-wrap}";

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String displayName() {
        return "HTML report";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public Map<String, String> options() {
        return Map.of(CONTEXT, "code points of text shown before and after each segment (default " + DEFAULT_CONTEXT + ")");
    }

    @Override
    public void export(ProjectSession project, ExportRequest request, OutputStream out) throws IOException {
        int context = contextOption(request);
        ExportData data = ExportData.load(project, request);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        String title = "Gloss report: " + projectName(project);
        w.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + Entities.escape(title) + "</title><style>" + STYLE
                + "</style></head><body>\n<h1>" + Entities.escape(title) + "</h1>\n");
        w.write("<p class=\"meta\">" + data.documents().size() + " documents, " + data.codes().size() + " codes, "
                + data.codings().size() + " coded segments" + (request.scope().isAll() ? "" : " (filtered)") + "</p>\n");
        writeCodebook(w, data);
        writeSegments(w, data, context);
        writeMemos(w, data);
        w.write("</body></html>\n");
        w.flush();
    }

    private static int contextOption(ExportRequest request) {
        String value = request.option(CONTEXT, String.valueOf(DEFAULT_CONTEXT));
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ExchangeErrors.badOption(CONTEXT, "expected a number of code points >= 0, got '" + value + "'");
        }
    }

    private static void writeCodebook(Writer w, ExportData data) throws IOException {
        Map<Long, Map<Long, Integer>> counts = data.countsByCodeAndCoder();
        w.write("<h2>Codebook</h2>\n<table><tr><th>Code</th><th>Description</th><th>Total</th>");
        for (Coder coder : data.coders()) {
            w.write("<th>" + Entities.escape(coder.name()) + "</th>");
        }
        w.write("</tr>\n");
        for (Code code : data.codesInTreeOrder()) {
            Map<Long, Integer> byCoder = counts.getOrDefault(code.id(), Map.of());
            int total = byCoder.values().stream().mapToInt(Integer::intValue).sum();
            w.write("<tr><td style=\"padding-left:" + (0.5 + 1.5 * data.depth(code)) + "em\">" + swatch(code.color())
                    + "<a href=\"#code-" + code.id() + "\">" + Entities.escape(code.name()) + "</a></td><td>"
                    + Entities.escape(code.description() == null ? "" : code.description()) + "</td><td>" + total + "</td>");
            for (Coder coder : data.coders()) {
                w.write("<td>" + byCoder.getOrDefault(coder.id(), 0) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</table>\n");
    }

    private static void writeSegments(Writer w, ExportData data, int context) throws IOException {
        Map<Long, List<Coding>> byCode = new LinkedHashMap<>();
        data.codesInTreeOrder().forEach(c -> byCode.put(c.id(), new ArrayList<>()));
        data.codings().forEach(c -> byCode.get(c.codeId()).add(c));
        w.write("<h2>Coded segments</h2>\n");
        for (Map.Entry<Long, List<Coding>> entry : byCode.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            Code code = data.code(entry.getKey());
            w.write("<h3 id=\"code-" + code.id() + "\">" + swatch(code.color()) + Entities.escape(data.path(code.id())) + " ("
                    + entry.getValue().size() + ")</h3>\n");
            for (Coding coding : entry.getValue()) {
                CodePointText text = data.text(coding.documentId());
                int before = Math.max(0, coding.start() - context);
                int after = Math.min(text.length(), coding.end() + context);
                String border = code.color() == null ? "" : " style=\"border-left-color:" + Entities.escape(code.color()) + "\"";
                w.write("<div class=\"segment\"" + border + "><div class=\"meta\">" + Entities.escape(data.document(coding.documentId()).name())
                        + " [" + coding.start() + ", " + coding.end() + ") · " + Entities.escape(data.coder(coding.coderId()).name())
                        + "</div><div><span class=\"context\">" + (before > 0 ? "…" : "")
                        + Entities.escape(text.substring(before, coding.start())) + "</span><mark>"
                        + Entities.escape(text.substring(coding.start(), coding.end())) + "</mark><span class=\"context\">"
                        + Entities.escape(text.substring(coding.end(), after)) + (after < text.length() ? "…" : "") + "</span></div>");
                if (coding.memo() != null) {
                    w.write("<div class=\"memo meta\">Memo: " + Entities.escape(coding.memo()) + "</div>");
                }
                w.write("</div>\n");
            }
        }
    }

    private static void writeMemos(Writer w, ExportData data) throws IOException {
        List<Memo> memos = data.project().memos().list();
        if (memos.isEmpty()) {
            return;
        }
        w.write("<h2>Memos</h2>\n");
        for (Memo memo : memos) {
            String about = switch (memo.target()) {
                case PROJECT -> "Project";
                case DOCUMENT -> data.document(memo.targetId()) == null ? null : "Document " + data.document(memo.targetId()).name();
                case CODE -> data.code(memo.targetId()) == null ? null : "Code " + data.path(memo.targetId());
                case CODING -> null; // shown under its coded segment
                case FREE -> "Memo: " + memo.title();
            };
            if (about == null || (memo.target() == MemoTarget.DOCUMENT && data.documents().stream().noneMatch(d -> d.id() == memo.targetId()))) {
                continue;
            }
            w.write("<h3>" + Entities.escape(about) + "</h3><div class=\"meta\">" + Entities.escape(memo.author() == null ? "" : memo.author())
                    + "</div><div class=\"memo\">" + Entities.escape(memo.text()) + "</div>\n");
        }
    }

    private static String swatch(String color) {
        return color == null ? "" : "<span class=\"swatch\" style=\"background:" + Entities.escape(color) + "\"></span>";
    }

    private static String projectName(ProjectSession project) {
        String name = java.nio.file.Path.of(project.location()).getFileName().toString();
        return name.endsWith(".gloss") ? name.substring(0, name.length() - ".gloss".length()) : name;
    }
}
