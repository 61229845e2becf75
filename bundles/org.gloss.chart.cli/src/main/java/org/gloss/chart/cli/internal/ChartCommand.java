package org.gloss.chart.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.api.analysis.DocumentNamed;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartInput;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.ChartWriter;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss chart P KIND --out F.svg|F.png}: draws an installed chart kind to a file. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=chart")
@Command(name = "chart", description = {
        "Draws a chart of the project to an SVG or PNG file: frequencies, hierarchy, sunburst, cooccurrence, network,",
        "matrix, portrait and codeline (--doc D), wordcloud, wordbars, agreement (--coders A,B); see docs/charts.md.",
        "The file is written beside its place and moved there when complete."})
public class ChartCommand extends ProjectCommand {
    static final String ANY = "any";

    @Parameters(index = "1", paramLabel = "KIND", description = "the chart (gloss chart P list: the installed kinds)")
    String kind;
    @Option(names = "--out", paramLabel = "FILE.svg|FILE.png") Path out;
    @Option(names = "--force", description = "replace an existing --out file") boolean force;
    @Option(names = "--width", defaultValue = "1000", paramLabel = "W", description = "width in pixels (default 1000)") double width;
    @Option(names = "--height", defaultValue = "700", paramLabel = "H", description = "height in pixels (default 700)") double height;
    @Option(names = "--dpi", defaultValue = "96", paramLabel = "N",
            description = "PNG resolution: 96 writes W x H pixels, 300 about three times as many each way (default 96)") int dpi;

    @Option(names = {"--coder", "--coders"}, split = ",", paramLabel = "X|any",
            description = "only these coders' codings (repeatable or comma-separated; 'any', the default, pools every coder);"
                    + " the coders an agreement chart compares")
    List<String> coders = new ArrayList<>();
    @Option(names = "--same-coder", description = "keep coders apart: combine only one coder's codings at a time") boolean sameCoder;
    @Option(names = "--doc", paramLabel = "D",
            description = "the document of a portrait or codeline; for other charts only this document (repeatable)")
    List<String> documents = new ArrayList<>();
    @Option(names = "--attr", paramLabel = "KEY=VALUE|KEY=MIN..MAX", description = "only documents with this attribute value or range (repeatable)")
    List<String> attributes = new ArrayList<>();
    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "a chart option (repeatable), as an alternative to the options below")
    List<String> set = new ArrayList<>();

    @Option(names = "--by", paramLabel = "none|coder|attr:KEY", description = "frequencies: split each bar") String by;
    @Option(names = "--subcodes", paramLabel = "own|rollup", description = "frequencies, matrix, hierarchy: roll sub-codes up") String subcodes;
    @Option(names = "--value", paramLabel = "V", description = "what a bar, cell or area measures (per chart: docs/charts.md)") String value;
    @Option(names = "--sort", paramLabel = "codebook|value") String sort;
    @Option(names = "--measure", paramLabel = "M", description = "cooccurrence, network: pairs|documents|c|jaccard; agreement: a coefficient id") String measure;
    @Option(names = "--proximity", paramLabel = "overlap|document|sentence|paragraph|near:N") String proximity;
    @Option(names = "--threshold", paramLabel = "N", description = "network: edges of at least this value") String threshold;
    @Option(names = "--seed", paramLabel = "S", description = "network layout, agreement bootstrap") String seed;
    @Option(names = "--edges", paramLabel = "N", description = "network: at most this many edges, the strongest") String edges;
    @Option(names = "--columns", paramLabel = "documents|coders|attr:KEY", description = "matrix columns") String columns;
    @Option(names = "--percent", paramLabel = "none|row|column", description = "matrix cells as percentages") String percent;
    @Option(names = "--tiles", paramLabel = "N", description = "portrait: number of tiles") String tiles;
    @Option(names = "--axis", paramLabel = "text|turns|time", description = "codeline: the x axis") String axis;
    @Option(names = "--code", paramLabel = "C", description = "wordcloud: only words in this code's segments") String code;
    @Option(names = "--speaker", paramLabel = "S", description = "wordcloud: only words in this speaker's turns") String speaker;
    @Option(names = "--top", paramLabel = "N", description = "wordcloud: number of words") String top;
    @Option(names = "--per", paramLabel = "code|document", description = "agreement: one bar per code or per document") String per;
    @Option(names = "--unit", paramLabel = "char|document|sentence|paragraph|turn", description = "agreement: what is compared") String unit;
    @Option(names = "--bootstrap", paramLabel = "N", description = "agreement: bootstrap resamples (0: no intervals)") String bootstrap;

    private ChartKind chartKind;
    private ChartWriter writer;
    private String format;
    private AnalysisService analysis;

    @Override
    protected void checkArguments() {
        List<ChartKind> kinds = new ArrayList<>(context().services(ChartKind.class));
        kinds.sort(Comparator.comparing(ChartKind::id));
        chartKind = kinds.stream().filter(k -> k.id().equalsIgnoreCase(kind.strip())).findFirst()
                .orElseThrow(() -> new GlossException("unknown chart '" + kind + "' (charts: "
                        + String.join(", ", kinds.stream().map(ChartKind::id).toList()) + ")"));
        if (out == null) {
            throw new GlossException("gloss chart needs --out FILE.svg or FILE.png");
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        format = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        writer = context().services(ChartWriter.class).stream().filter(w -> w.formats().contains(format)).findFirst()
                .orElseThrow(() -> new GlossException("cannot write charts as '" + out.getFileName()
                        + "': name the file .svg or .png"));
        if (dpi < 24 || dpi > 1200) {
            throw new GlossException("invalid --dpi " + dpi + ": expected 24 to 1200");
        }
        if (!(width >= 100 && width <= 20_000 && height >= 100 && height <= 20_000)) {
            throw new GlossException("invalid chart size " + width + " x " + height + ": expected 100 to 20000 pixels each way");
        }
        if (Files.exists(out) && !force) {
            throw new GlossException("output file exists: " + out + " (use --force to replace it)");
        }
        analysis = context().services(AnalysisService.class).stream().findFirst()
                .orElseThrow(() -> new GlossException("no analysis service is installed (the org.gloss.analysis bundle is missing)"));
    }

    @Override
    protected void run(ProjectSession session) throws IOException {
        refuseProjectFiles();
        ChartRequest request = request();
        Chart chart = chartKind.draw(new ChartProject(session, analysis.open(session)), request);
        writeAtomically(out, stream -> writer.write(chart.scene(), format, dpi, stream));
        context().out().println("wrote " + chartKind.id() + " chart (" + format + ", " + chart.items().size() + " items) to " + out);
        context().out().flush();
    }

    private ChartRequest request() {
        boolean perDocument = chartKind.needs().contains(ChartInput.DOCUMENT);
        boolean comparesCoders = chartKind.needs().contains(ChartInput.CODERS);
        List<String> coderNames = coders.stream().map(String::strip).filter(c -> !c.equalsIgnoreCase(ANY)).toList();
        List<DocumentCondition> conditions = new ArrayList<>();
        String document = null;
        if (perDocument) {
            if (documents.size() != 1) {
                throw new GlossException("chart '" + chartKind.id() + "' draws one document: name it with --doc D"
                        + (documents.isEmpty() ? "" : " (given " + documents.size() + ")"));
            }
            document = documents.get(0);
        } else {
            documents.forEach(d -> conditions.add(new DocumentNamed(d)));
        }
        for (String a : attributes) {
            conditions.add(analysis.attributeCondition(a));
        }
        AnalysisFilter filter = new AnalysisFilter(comparesCoders ? List.of() : coderNames, sameCoder, conditions);
        return new ChartRequest(filter, document, comparesCoders ? coderNames : List.of(), options(), width, height);
    }

    private Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        for (String s : set) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new GlossException("invalid --set '" + s + "': expected NAME=VALUE");
            }
            options.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
        }
        put(options, "by", by);
        put(options, "subcodes", subcodes);
        put(options, "value", value);
        put(options, "sort", sort);
        put(options, "measure", measure);
        put(options, "proximity", proximity);
        put(options, "threshold", threshold);
        put(options, "seed", seed);
        put(options, "edges", edges);
        put(options, "columns", columns);
        put(options, "percent", percent);
        put(options, "tiles", tiles);
        put(options, "axis", axis);
        put(options, "code", code);
        put(options, "speaker", speaker);
        put(options, "top", top);
        put(options, "per", per);
        put(options, "unit", unit);
        put(options, "bootstrap", bootstrap);
        return options;
    }

    private static void put(Map<String, String> options, String name, String value) {
        if (value != null) {
            options.put(name, value.strip());
        }
    }

    /** A chart never replaces the project or its WAL, shared-memory or journal file (stat only, no descriptor opened). */
    private void refuseProjectFiles() {
        if (project().contains("://") && !project().startsWith("file://")) {
            return;
        }
        Path target = out.toAbsolutePath().normalize();
        Path file = Path.of(project()).toAbsolutePath().normalize();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path projectFile = file.resolveSibling(file.getFileName() + suffix);
            if (target.equals(projectFile)) {
                throw new GlossException("cannot write to " + out + ": it is " + (suffix.isEmpty() ? "the project itself" : "a file of the project")
                        + "; choose another file");
            }
        }
    }

    interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside the target and moves it into place: never a half-written chart. */
    static void writeAtomically(Path target, StreamWriter writer) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
            try (OutputStream stream = Files.newOutputStream(temp)) {
                writer.write(stream);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw new GlossException("cannot write " + target + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed and says so
                }
            }
        }
    }
}
