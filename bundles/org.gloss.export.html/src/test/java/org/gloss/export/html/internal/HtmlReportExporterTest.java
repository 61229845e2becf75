package org.gloss.export.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.testing.ExportSample;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportExporterTest {
    @TempDir
    Path dir;

    @Test
    void reportIsSelfContainedEscapedAndGroupsSegmentsByCodeWithContext() throws Exception {
        try (ProjectSession p = ExportSample.project(new SqliteStoreProvider(), dir)) {
            String html = new String(ExportSample.export(new HtmlReportExporter(), p, ExportRequest.all().withOption("context", "3")),
                    StandardCharsets.UTF_8);
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
            // nothing outside the file: no scripts, links or images
            assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=").doesNotContain("http");
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("money &amp; &lt;stuff&gt;");
            // codebook counts: Economy has 1 (ben), debt 2 (aida 1, ben 1)
            assertThat(html).contains("<th>aida</th><th>ben</th>");
            assertThat(html).contains(">debt</a></td><td></td><td>2</td><td>1</td><td>1</td>");
            // a code added without a colour gets the palette's first one (decision 67)
            assertThat(html).contains("<h3 id=\"code-2\"><span class=\"swatch\" style=\"background:#E69F00\"></span>Economy &gt; debt (2)</h3>");
            // context of 3 code points each side of [15, 22) "A: debt"; the emoji counts as one
            assertThat(html).contains("<span class=\"context\">… 😀 </span><mark>A: debt</mark><span class=\"context\">, &quot;…</span>");
            assertThat(html).contains("Memo: first, &quot;quoted&quot; memo");
        }
    }
}
