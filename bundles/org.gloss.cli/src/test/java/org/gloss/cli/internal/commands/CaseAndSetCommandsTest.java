package org.gloss.cli.internal.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.GlossCommand;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.CaseMember;
import org.gloss.model.Document;
import org.gloss.model.TextSpan;
import org.gloss.model.Turn;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** gloss case and gloss set, and the --case/--set filter of coding list, run as the command line runs them. */
class CaseAndSetCommandsTest {
    /** Two transcripts: Aida speaks in both, Bolat in the first. */
    static final String FOCUS = "Aida: We borrowed.\nBolat: Never.\nAida: Twice.";
    static final String FOLLOW_UP = "Aida: Paid back.";

    @TempDir
    Path dir;
    private String project;
    private StringWriter out;
    private Exception failure;
    private final SqliteStoreProvider store = new SqliteStoreProvider();

    @BeforeEach
    void createProject() {
        project = dir.resolve("p.gloss").toString();
        try (ProjectSession session = store.create(project)) {
            Document focus = session.documents().add(new NewDocument("focus", FOCUS, null,
                    Map.of("country", AttributeValue.text("Kyrgyzstan"), "year", new AttributeValue(AttributeType.NUMBER, "2021")),
                    List.of(new Turn("Aida", null, null, new TextSpan(6, 18)), new Turn("Bolat", null, null, new TextSpan(26, 32)),
                            new Turn("Aida", null, null, new TextSpan(39, 45)))));
            session.documents().add(new NewDocument("follow-up", FOLLOW_UP, null,
                    Map.of("country", AttributeValue.text("Kyrgyzstan"), "year", new AttributeValue(AttributeType.NUMBER, "2019")),
                    List.of(new Turn("Aida", null, null, new TextSpan(6, 16)))));
            session.documents().add(new NewDocument("article", "Debt grows."));
            long code = session.codebook().add("debt", null, null, null).id();
            long ann = session.coders().getOrCreate("ann").id();
            session.codings().add(new NewCoding(focus.id(), code, ann, 9, 17, null)); // inside Aida's first turn
            session.codings().add(new NewCoding(focus.id(), code, ann, 15, 30, null)); // Aida's end to Bolat's words
            session.codings().add(new NewCoding(focus.id(), code, ann, 18, 26, null)); // between the turns: nobody's words
        }
    }

    private CommandContext context() {
        out = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(new StringWriter(), true);
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
            public <S> List<S> services(Class<S> type) {
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

    private int run(Class<?> root, String... args) {
        failure = null;
        CommandLine cli = GlossCommand.create(root, context());
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

    private int gloss(String group, String... args) {
        Class<?> root = switch (group) {
            case "case" -> CaseCommands.CaseRoot.class;
            case "set" -> SetCommands.SetRoot.class;
            case "coding" -> CodingCommands.CodingRoot.class;
            default -> throw new IllegalArgumentException(group);
        };
        return run(root, args);
    }

    private JsonNode json(String group, String... args) throws Exception {
        assertThat(gloss(group, args)).as(String.valueOf(failure)).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private String error(int status, String group, String... args) {
        assertThat(gloss(group, args)).isEqualTo(status);
        return failure.getMessage();
    }

    @Test
    void fromSpeakersMakesOneCasePerSpeakerAcrossDocumentsAndARerunDuplicatesNothing() throws Exception {
        assertThat(gloss("case", "from-speakers", project, "focus")).isZero();
        assertThat(out.toString()).startsWith("2 new case(s), 3 turn(s) added");
        assertThat(gloss("case", "from-speakers", project, "focus", "follow-up")).isZero();
        assertThat(out.toString()).startsWith("0 new case(s), 1 turn(s) added").contains("Aida: 1 turn(s)");
        assertThat(gloss("case", "from-speakers", project, "focus", "follow-up")).isZero();
        assertThat(out.toString()).startsWith("0 new case(s), 0 turn(s) added");

        JsonNode cases = json("case", "list", project, "--json");
        assertThat(cases).hasSize(2);
        JsonNode aida = cases.get(0);
        assertThat(aida.get("name").asText()).isEqualTo("Aida");
        assertThat(aida.get("members").toString()).isEqualTo("[{\"document\":\"focus\",\"start\":6,\"end\":18},"
                + "{\"document\":\"focus\",\"start\":39,\"end\":45},{\"document\":\"follow-up\",\"start\":6,\"end\":16}]");
        // by hand: [9,17) and [15,30) overlap Aida's [6,18); [18,26) touches nobody's words
        assertThat(aida.get("coded_segments").asInt()).isEqualTo(2);
        assertThat(cases.get(1).get("name").asText()).isEqualTo("Bolat");
        assertThat(cases.get(1).get("coded_segments").asInt()).isEqualTo(1);

        assertThat(error(1, "case", "from-speakers", project, "article"))
                .isEqualTo("document 'article' has no speaker turns (import it as a transcript)");
    }

    @Test
    void codingListKeepsCodingsThatOverlapTheCaseAndDocumentsOfTheSet() throws Exception {
        gloss("case", "add", project, "Aida", "--range", "focus:6-18", "--range", "focus:39-45", "--description", "teacher");
        gloss("case", "add", project, "Bolat", "--range", "focus:26-32");
        assertThat(json("coding", "list", project, "--case", "Aida", "--format", "json")).extracting(n -> n.get("start").asInt())
                .containsExactly(9, 15);
        assertThat(json("coding", "list", project, "--case", "Aida", "--case", "Bolat", "--format", "json"))
                .as("repeated: any of the cases").extracting(n -> n.get("start").asInt()).containsExactly(9, 15);
        assertThat(json("coding", "list", project, "--case", "Bolat", "--format", "json")).extracting(n -> n.get("start").asInt())
                .containsExactly(15);
        gloss("set", "add", project, "recent", "--where", "country=Kyrgyzstan AND year>=2020");
        gloss("set", "add", project, "articles", "--doc", "article");
        assertThat(json("coding", "list", project, "--set", "recent", "--format", "json")).hasSize(3);
        assertThat(json("coding", "list", project, "--set", "articles", "--format", "json")).isEmpty();
        assertThat(json("coding", "list", project, "--set", "articles", "--set", "recent", "--case", "Bolat", "--format", "json"))
                .extracting(n -> n.get("start").asInt()).containsExactly(15);
        assertThat(error(1, "coding", "list", project, "--case", "Zarina")).isEqualTo("unknown case: Zarina");
        assertThat(error(1, "coding", "list", project, "--set", "wave 9")).isEqualTo("unknown set: wave 9");
    }

    @Test
    void aSmartSetIsEvaluatedWhenUsedAndAStaticSetIsEditedByName() throws Exception {
        assertThat(gloss("set", "add", project, "recent", "--where", "country=Kyrgyzstan AND year>=2020")).isZero();
        assertThat(out.toString()).isEqualTo("added smart set recent (1 document(s) now)\n");
        JsonNode sets = json("set", "list", project, "--json");
        assertThat(sets.get(0).get("documents").toString()).isEqualTo("[\"focus\"]");
        try (ProjectSession session = store.open(project)) {
            Document followUp = session.documents().get("follow-up");
            session.documents().setAttribute(followUp.id(), "year", AttributeValue.infer("2022"));
        }
        assertThat(json("set", "list", project, "--json").get(0).get("documents").toString()).isEqualTo("[\"focus\",\"follow-up\"]");

        assertThat(gloss("set", "add", project, "wave 1", "--doc", "focus", "--doc", "article")).isZero();
        assertThat(gloss("set", "remove-doc", project, "wave 1", "article")).isZero();
        assertThat(gloss("set", "add-doc", project, "wave 1", "follow-up", "focus")).isZero();
        assertThat(out.toString()).isEqualTo("added 1 document(s) to wave 1\n");
        JsonNode wave = json("set", "list", project, "--json").get(1);
        assertThat(wave.get("kind").asText()).isEqualTo("static");
        assertThat(wave.get("members").toString()).isEqualTo("[\"focus\",\"follow-up\"]");

        assertThat(error(1, "set", "add-doc", project, "recent", "article")).startsWith("set 'recent' is smart");
        assertThat(error(1, "set", "add", project, "bad", "--where", "county=Kyrgyzstan"))
                .isEqualTo("unknown attribute: county (known: country, year)");
        assertThat(error(1, "set", "add", project, "bad", "--where", "year>2020")).startsWith("bad set condition 'year>2020'");
        assertThat(error(2, "set", "add", project, "bad", "--where", "year>=2020", "--doc", "focus")).contains("mutually exclusive");
        assertThat(error(1, "set", "add", project, "half", "--doc", "focus", "--doc", "nothing")).isEqualTo("unknown document: nothing");
        assertThat(json("set", "list", project, "--json")).extracting(n -> n.get("name").asText()).containsExactly("recent", "wave 1");

        assertThat(gloss("set", "remove", project, "wave 1")).isZero();
        try (ProjectSession session = store.open(project)) {
            assertThat(session.documents().list()).hasSize(3);
            assertThat(session.codings().count()).isEqualTo(3);
        }
    }

    @Test
    void badCaseArgumentsAreOneErrorAndWriteNothing() throws Exception {
        assertThat(error(1, "case", "add", project, "Aida", "--doc", "focus", "--doc", "nothing")).isEqualTo("unknown document: nothing");
        assertThat(error(1, "case", "add", project, "Aida", "--range", "focus:6-99"))
                .isEqualTo("bad range 'focus:6-99': it ends after the document (length 45 code points) "
                        + "(expected DOC:START-END, code points, end exclusive)");
        assertThat(error(1, "case", "add", project, "Aida", "--range", "focus:9-6")).contains("START must be less than END");
        assertThat(error(1, "case", "add", project, "Aida", "--range", "focus")).contains("no document name before ':'");
        assertThat(json("case", "list", project, "--json")).isEmpty();
        assertThat(error(1, "case", "attr", "set", project, "Zarina", "age", "30")).isEqualTo("unknown case: Zarina");
        assertThat(error(1, "case", "remove", project, "Zarina")).isEqualTo("unknown case: Zarina");
    }

    @Test
    void theClassificationSheetRoundTripsThroughCsv() throws Exception {
        gloss("case", "add", project, "Aida", "--doc", "follow-up");
        gloss("case", "add", project, "Bolat");
        Path sheet = Files.writeString(dir.resolve("sheet.csv"), "case,age:number,region,interviewed\n"
                + "Aida,34,Naryn,2024-05-01\nBolat,,Osh,2024-05-02\n");
        assertThat(gloss("case", "attr", "import", project, sheet.toString())).isZero();
        assertThat(out.toString()).isEqualTo("set 5 attribute value(s) on 2 case(s)\n");
        assertThat(gloss("case", "attr", "set", project, "Bolat", "age", "41")).isZero();
        try (ProjectSession session = store.open(project)) {
            assertThat(session.cases().get("Aida").attributes()).isEqualTo(Map.of("age", new AttributeValue(AttributeType.NUMBER, "34"),
                    "region", AttributeValue.text("Naryn"), "interviewed", new AttributeValue(AttributeType.DATE, "2024-05-01")));
            assertThat(session.cases().get("Aida").members()).containsExactly(
                    CaseMember.wholeDocument(session.documents().get("follow-up").id()));
        }
        Path exported = dir.resolve("out.csv");
        assertThat(gloss("case", "attr", "export", project, exported.toString())).isZero();
        assertThat(Files.readString(exported)).isEqualTo("case,age:number,interviewed:date,region:text\r\n"
                + "Aida,34,2024-05-01,Naryn\r\nBolat,41,2024-05-02,Osh\r\n");
        assertThat(error(1, "case", "attr", "export", project, exported.toString())).contains("already exists");
        assertThat(error(1, "case", "attr", "export", project, project, "--force")).contains("it is the project itself");

        Path bad = Files.writeString(dir.resolve("bad.csv"), "case,age\nAida,35\nZarina,20\n");
        assertThat(error(1, "case", "attr", "import", project, bad.toString())).isEqualTo("bad.csv line 3: unknown case 'Zarina'");
        try (ProjectSession session = store.open(project)) {
            assertThat(session.cases().get("Aida").attributes().get("age").value()).as("all or nothing").isEqualTo("34");
        }
    }
}
