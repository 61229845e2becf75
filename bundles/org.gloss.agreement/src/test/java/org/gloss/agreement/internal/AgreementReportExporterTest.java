package org.gloss.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.ExportScope;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreement report through the exporter service, on a real SQLite project. */
class AgreementReportExporterTest {
    @TempDir
    Path dir;

    private final SqliteStoreProvider store = new SqliteStoreProvider();
    private final AgreementReportExporter exporter = new AgreementReportExporter(Measures.all());
    private String project;

    @BeforeEach
    void createProject() {
        project = dir.resolve("p.gloss").toString();
        try (ProjectSession s = store.create(project)) {
            long interview = s.documents().add(new NewDocument("interview", "0123456789".repeat(10))).id();
            long article = s.documents().add(new NewDocument("article", "abcdefghij".repeat(10))).id();
            long debt = s.codebook().add("debt", null, null, null).id();
            long trust = s.codebook().add("trust", null, null, null).id();
            long ann = s.coders().getOrCreate("ann").id();
            long bob = s.coders().getOrCreate("bob").id();
            long consensus = s.coders().getOrCreate("consensus").id();
            s.coders().getOrCreate("idle");
            s.codings().addAll(List.of(
                    new NewCoding(interview, debt, ann, 10, 40, null),
                    new NewCoding(interview, debt, bob, 20, 50, null),
                    new NewCoding(interview, debt, consensus, 20, 40, null),
                    new NewCoding(article, trust, ann, 0, 10, null),
                    new NewCoding(article, trust, bob, 60, 70, null)));
        }
    }

    private String export(ExportRequest request) throws Exception {
        try (ProjectSession s = store.open(project)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(s, request, out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private String agreeHtml(List<String> coders, AgreementOptions options) {
        try (ProjectSession s = store.open(project)) {
            Study study = StudyLoader.load(s, coders, null, null, false);
            AgreementReport report = new AgreementEngine(Measures.all(), options).run(study);
            StringWriter html = new StringWriter();
            try (PrintWriter writer = new PrintWriter(html)) {
                HtmlReport.write(writer, report, options, HtmlReport.disagreementExcerpts(study, 5), s.adjudications().list());
            }
            return html.toString();
        }
    }

    @Test
    void theReportIsAgreesHtmlReportOfTheCodersWhoCoded() throws Exception {
        String html = export(ExportRequest.all());
        // consensus codings are decisions and the idle coder judged nothing: neither is compared
        assertThat(html).contains("<h1>Agreement of ann, bob</h1>", "debt", "trust").doesNotContain("idle");
        assertThat(html).isEqualTo(agreeHtml(List.of("ann", "bob"), AgreementOptions.defaults(UnitLevel.CHAR)));
        // every coding coefficient of the 2 codes and overall has its interval under its value; u-alpha has none
        assertThat(html).contains("Bootstrap: 1000 resamples of units, 95% percentile intervals in brackets, seed 1.");
        assertThat(html.split("<small>\\[", -1)).hasSize(3 * 6 + 1);
    }

    @Test
    void optionsChooseCodersUnitAndBootstrap() throws Exception {
        String html = export(new ExportRequest(ExportScope.ALL,
                Map.of("coders", "bob, ann", "unit", "document", "bootstrap", "0")));
        assertThat(html).contains("<h1>Agreement of bob, ann</h1>");
        assertThat(html).isEqualTo(agreeHtml(List.of("bob", "ann"),
                AgreementOptions.defaults(UnitLevel.DOCUMENT).withResamples(0)));
    }

    @Test
    void bootstrapByDocumentIsAgreesClusterBootstrap() throws Exception {
        String html = export(new ExportRequest(ExportScope.ALL, Map.of("bootstrap-by", "Document", "bootstrap", "200")));
        assertThat(html).isEqualTo(agreeHtml(List.of("ann", "bob"),
                AgreementOptions.defaults(UnitLevel.CHAR).withResamples(200).withBootstrapByDocument(true)));
        assertThat(html).isNotEqualTo(agreeHtml(List.of("ann", "bob"),
                AgreementOptions.defaults(UnitLevel.CHAR).withResamples(200)));
        assertThat(html).contains("200 resamples of whole documents");
        assertThat(html.split("<small>\\[", -1)).as("u-alpha too").hasSize(3 * 7 + 1);
        assertThat(export(new ExportRequest(ExportScope.ALL, Map.of("bootstrap", "0"))))
                .contains("No bootstrap intervals.").doesNotContain("<small>");
        assertThatThrownBy(() -> export(new ExportRequest(ExportScope.ALL, Map.of("bootstrap-by", "code"))))
                .isInstanceOf(GlossException.class).hasMessage("option bootstrap-by must be unit or document, got 'code'");
    }

    @Test
    void theScopeLimitsCodesAndDocuments() throws Exception {
        String html = export(new ExportRequest(new ExportScope("article", "trust", null), Map.of("bootstrap", "0")));
        assertThat(html).contains("trust").doesNotContain(">debt<");
    }

    @Test
    void badOptionsAreOneClearError() {
        assertThatThrownBy(() -> export(new ExportRequest(ExportScope.ALL, Map.of("unit", "word"))))
                .isInstanceOf(GlossException.class).hasMessageContaining("unit must be char");
        assertThatThrownBy(() -> export(new ExportRequest(ExportScope.ALL, Map.of("bootstrap", "many"))))
                .isInstanceOf(GlossException.class).hasMessage("option bootstrap must be a number, got 'many'");
        assertThatThrownBy(() -> export(new ExportRequest(new ExportScope(null, null, "ann"), Map.of())))
                .isInstanceOf(GlossException.class).hasMessageContaining("-O coders=A,B");
        assertThatThrownBy(() -> export(new ExportRequest(ExportScope.ALL, Map.of("coders", "ann,zed"))))
                .isInstanceOf(GlossException.class).hasMessage("unknown coder: zed");
    }
}
