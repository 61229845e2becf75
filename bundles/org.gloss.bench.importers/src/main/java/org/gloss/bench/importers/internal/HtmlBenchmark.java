package org.gloss.bench.importers.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gloss.api.bench.Benchmark;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.importer.ImportOptions;
import org.osgi.service.component.annotations.Component;

/** {@code gloss bench html}: 200 generated web pages of about 20 KB with navigation and scripts. */
@Component(service = Benchmark.class)
public class HtmlBenchmark implements Benchmark {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String description() {
        return "import 200 generated web pages of about 20 KB";
    }

    @Override
    public void run(CommandContext context, Path work, double scale, PrintWriter out) throws Exception {
        int count = Math.max(2, (int) Math.round(200 * scale));
        Random random = new Random(8);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder html = new StringBuilder("<html><head><title>Page ").append(i)
                    .append("</title><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav><main><h1>Page ")
                    .append(i).append("</h1>");
            while (html.length() < 11_000) { // about 20 KB in UTF-8 with the Cyrillic words
                html.append("<p>");
                for (int w = 0; w < 60; w++) {
                    html.append(GeneratedText.word(random)).append(' ');
                }
                html.append("</p>\n");
            }
            html.append("</main><footer>© 2024</footer></body></html>");
            Path file = work.resolve("page" + i + ".html");
            Files.writeString(file, html);
            files.add(file);
        }
        ImportMeasurement.measure(context, work, count + " HTML pages", files, ImportOptions.NONE, out);
    }
}
