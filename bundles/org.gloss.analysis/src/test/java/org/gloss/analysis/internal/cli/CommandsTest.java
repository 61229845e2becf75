package org.gloss.analysis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gloss.analysis.internal.AnalysisEngine;
import org.gloss.analysis.internal.TablesService;
import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.TableExporter;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.export.csv.internal.CsvTableExporter;
import org.gloss.export.xlsx.internal.XlsxTableExporter;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** The query, cooccurrence, matrix and frequencies commands on the worked example, as the CLI runs them. */
class CommandsTest {
    @TempDir
    Path dir;
    private String project;
    private StringWriter out;
    private StringWriter err;
    private Exception failure;

    @BeforeEach
    void createProject() {
        project = dir.resolve("example.gloss").toString();
        org.gloss.analysis.internal.WorkedExampleAccess.create(Path.of(project)).close();
    }

    private CommandContext context() {
        out = new StringWriter();
        err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        SqliteStoreProvider store = new SqliteStoreProvider();
        return new CommandContext() {
            @Override
            public ProjectSession openProject(String location) {
                return store.open(location);
            }

            @Override
            public ProjectSession createProject(String location) {
                return store.create(location);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <S> List<S> services(Class<S> type) {
                if (type == AnalysisService.class) {
                    return (List<S>) List.of(new AnalysisEngine());
                }
                if (type == AnalysisTables.class) {
                    return (List<S>) List.of(new TablesService());
                }
                if (type == TableExporter.class) {
                    return (List<S>) List.of(new CsvTableExporter(), new XlsxTableExporter());
                }
                return List.of();
            }

            @Override
            public PrintWriter out() {
                return o;
            }

            @Override
            public PrintWriter err() {
                return e;
            }
        };
    }

    private int run(Object command, String... args) {
        failure = null;
        CommandLine cli = command instanceof CommandLine c ? c : new CommandLine(command);
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            failure = ex;
            return 1;
        });
        cli.setParameterExceptionHandler((ex, a) -> {
            failure = ex;
            return 2;
        });
        return cli.execute(args);
    }

    private JsonNode json(Object command, String... args) throws Exception {
        assertThat(run(command, args)).as(String.valueOf(failure)).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private Object query() {
        return new QueryCommand().createCommand(context());
    }

    @Test
    void queryPrintsTheDocumentedFields() throws Exception {
        JsonNode rows = json(query(), project, "\"debt concern\" AND \"two-way road\"", "--format", "json");
        assertThat(rows.toString()).isEqualTo(
                "[{\"document\":\"Aigerim\",\"start\":34,\"end\":40,\"text\":\" It is\",\"codes\":[\"debt concern\",\"two-way road\"]}]");
        assertThat(run(query(), project, "=Economy", "--format", "csv")).isZero();
        assertThat(out.toString()).isEqualTo("document,start,end,text,codes\r\nAigerim,67,75,中国 loans,Economy\r\n");
        assertThat(run(query(), project, "Economy", "--coder", "ben")).isZero();
        assertThat(out.toString()).contains("Aigerim      13   40  debt 😀 keeps growing. It is  Economy")
                .contains("1 segment in 1 of 3 documents");
    }

    @Test
    void anEmptyResultIsAnEmptyList() throws Exception {
        assertThat(json(query(), project, "Economy AND transparency", "--format", "json").toString()).isEqualTo("[]");
    }

    @Test
    void badQueriesNameTheProblem() {
        assertThat(run(query(), project, "\"debt concern\" AND debt")).isEqualTo(1);
        assertThat(failure).isInstanceOf(GlossException.class).hasMessageContaining("unknown code 'debt'")
                .hasMessageContaining("column 20");
        assertThat(run(query(), project, "Economy AND (transparency")).isEqualTo(1);
        assertThat(failure).hasMessageContaining("at column 13: '(' is not closed");
        assertThat(run(query(), project, "Economy", "--attr", "country=KZ")).isEqualTo(1);
        assertThat(failure).hasMessage("no document has the attribute 'country' (attributes: age, region)");
        assertThat(run(query(), project, "Economy", "--attr", "age")).isEqualTo(1);
        assertThat(failure).hasMessageContaining("invalid attribute filter 'age'");
        assertThat(run(query(), project, "Economy", "--format", "yaml")).isEqualTo(2);
    }

    @Test
    void queryResultsCanBeCodedOnce() throws Exception {
        assertThat(run(query(), project, "\"debt concern\" NEAR/1s \"two-way road\"", "--code-as", "debt near road",
                "--coder", "ann")).isZero();
        assertThat(out.toString()).contains("coded 2 segments with debt near road as ann (new code)");
        try (ProjectSession s = new SqliteStoreProvider().open(project)) {
            long code = s.codebook().get("debt near road").id();
            assertThat(s.codings().list(new CodingFilter(null, code, null))).hasSize(2);
        }
        assertThat(run(query(), project, "\"debt concern\" NEAR/1s \"two-way road\"", "--code-as", "debt near road")).isEqualTo(1);
        assertThat(failure).hasMessageContaining("--code-as needs --coder X");
    }

    @Test
    void attributeRangesFilterDocuments() throws Exception {
        JsonNode rows = json(query(), project, "\"two-way road\"", "--attr", "age=40..", "--format", "json");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("document").asText()).isEqualTo("Berik");
        assertThat(json(query(), project, "\"two-way road\"", "--attr", "age=..40", "--attr", "region=almaty", "--format", "json"))
                .hasSize(1);
    }

    @Test
    void cooccurrencePrintsPairsInCodebookOrder() throws Exception {
        Object command = new CooccurrenceCommand().createCommand(context());
        JsonNode pairs = json(command, project, "--format", "json");
        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0).toString()).isEqualTo(
                "{\"a\":\"debt concern\",\"b\":\"two-way road\",\"pairs\":1,\"documents\":1,\"c\":0.3333333333333333,\"jaccard\":0.08}");
        JsonNode near = json(new CooccurrenceCommand().createCommand(context()), project, "--by", "near:1", "--code", "debt concern",
                "--code", "two-way road", "--format", "json");
        assertThat(near.get(0).get("pairs").asLong()).isEqualTo(2);
        JsonNode sameCoder = json(new CooccurrenceCommand().createCommand(context()), project, "--same-coder", "--format", "json");
        assertThat(sameCoder).isEmpty();
        assertThat(run(new CooccurrenceCommand().createCommand(context()), project, "--by", "near")).isEqualTo(1);
        assertThat(failure).hasMessageContaining("invalid --by 'near'");
    }

    @Test
    void matrixJsonAndCrosstab() throws Exception {
        JsonNode m = json(new MatrixCommand().createCommand(context()), project, "--format", "json");
        assertThat(m.get("rows").toString()).isEqualTo("[\"Economy\",\"debt concern\",\"transparency\",\"two-way road\"]");
        assertThat(m.get("columns").toString()).isEqualTo("[\"Aigerim\",\"Berik\",\"Empty\"]");
        assertThat(m.get("cells").toString()).isEqualTo("[[1,0,0],[2,1,0],[1,0,0],[1,1,0]]");
        assertThat(m.get("row_totals").toString()).isEqualTo("[1,3,1,2]");
        assertThat(m.get("column_totals").toString()).isEqualTo("[5,2,0]");
        JsonNode crosstab = json(new MatrixCommand().createCommand(context()), project, "--columns", "attr:age", "--value",
                "documents", "--percent", "column", "--format", "json");
        assertThat(crosstab.get("columns").toString()).isEqualTo("[\"34\",\"41\",\"58\"]");
        assertThat(crosstab.get("cells").get(1).toString()).isEqualTo("[100.0,0.0,100.0]");
        assertThat(run(new MatrixCommand().createCommand(context()), project, "--value", "share", "--percent", "row")).isEqualTo(1);
        assertThat(failure).hasMessageContaining("--percent does not apply to --value share");
    }

    @Test
    void matrixToXlsxIsWrittenWholeOrNotAtAll() throws Exception {
        Path file = dir.resolve("matrix.xlsx");
        assertThat(run(new MatrixCommand().createCommand(context()), project, "--format", "xlsx", "--out", file.toString())).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            assertThat(book.getSheet("Matrix").getRow(2).getCell(0).getStringCellValue()).isEqualTo("debt concern");
            assertThat(book.getSheet("Matrix").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2.0);
        }
        assertThat(run(new MatrixCommand().createCommand(context()), project, "--format", "xlsx", "--out", file.toString())).isEqualTo(1);
        assertThat(failure).hasMessageContaining("output file exists");
        assertThat(run(new MatrixCommand().createCommand(context()), project, "--format", "xlsx")).isEqualTo(1);
        assertThat(failure).hasMessageContaining("--format xlsx writes a file: give --out FILE");
        assertThat(run(new MatrixCommand().createCommand(context()), project, "--format", "csv", "--out", project + "-wal")).isEqualTo(1);
        assertThat(failure).hasMessageContaining("it is a file of the project");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void frequenciesByCodeAndByAttribute() throws Exception {
        JsonNode byCode = json(new FrequenciesCommand().createCommand(context()), project, "--format", "json");
        assertThat(byCode.get("rows").get(0).get("code").asText()).isEqualTo("Economy");
        assertThat(byCode.get("rows").get(0).get("codings_with_subcodes").asLong()).isEqualTo(4);
        assertThat(byCode.get("total").get("codings").asLong()).isEqualTo(7);
        JsonNode byRegion = json(new FrequenciesCommand().createCommand(context()), project, "--by", "attr:region", "--format", "json");
        assertThat(byRegion.get("rows")).extracting(r -> r.get("region").asText()).containsExactly("Almaty", "Astana", "(no value)");
        assertThat(run(new FrequenciesCommand().createCommand(context()), project, "--by", "speaker")).isEqualTo(1);
        assertThat(failure).hasMessageContaining("invalid --by 'speaker'");
    }
}
