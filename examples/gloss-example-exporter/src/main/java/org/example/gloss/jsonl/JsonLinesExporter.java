package org.example.gloss.jsonl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.exchange.ExportData;
import org.gloss.model.Coding;
import org.osgi.service.component.annotations.Component;

/**
 * Coded segments as JSON Lines: one JSON object per coding, for jq, pandas or a data pipeline.
 * Registering the class as an {@link Exporter} service is all it takes: {@code gloss export --list}
 * shows it and {@code gloss export P --format jsonl --out F} runs it.
 */
@Component(service = Exporter.class)
public class JsonLinesExporter implements Exporter {
    @Override
    public String id() {
        return "jsonl";
    }

    @Override
    public String displayName() {
        return "Coded segments (JSON Lines, example plugin)";
    }

    @Override
    public String fileExtension() {
        return "jsonl";
    }

    @Override
    public String mediaType() {
        return "application/jsonl";
    }

    @Override
    public void export(ProjectSession project, ExportRequest request, OutputStream out) throws IOException {
        // ExportData applies the --doc/--code/--coder scope and resolves names and texts
        ExportData data = ExportData.load(project, request);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Coding coding : data.codings()) {
            writer.write("{\"document\":" + json(data.document(coding.documentId()).name())
                    + ",\"code\":" + json(data.path(coding.codeId()))
                    + ",\"coder\":" + json(data.coder(coding.coderId()).name())
                    + ",\"start\":" + coding.start() + ",\"end\":" + coding.end()
                    + ",\"text\":" + json(data.coveredText(coding))
                    + ",\"memo\":" + (coding.memo() == null ? "null" : json(coding.memo())) + "}\n");
        }
        writer.flush();
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
