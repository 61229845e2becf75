package org.gloss.export.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.gloss.api.exporter.ResultTable;
import org.junit.jupiter.api.Test;

class CsvTableExporterTest {
    @Test
    void rfc4180WithPlainNumbersAndEmptyCells() throws Exception {
        ResultTable table = new ResultTable("Words", List.of("word", "count", "share", "forms"), List.of(
                Arrays.asList("debt, \"the\" word", 12L, 0.0001, null),
                Arrays.asList("қарыз", 3L, 1.0 / 3, "қарыз 2; қарыздың 1")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvTableExporter().write(List.of(table), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("word,count,share,forms\r\n"
                + "\"debt, \"\"the\"\" word\",12,0.0001,\r\n"
                + "қарыз,3,0.3333333333333333,қарыз 2; қарыздың 1\r\n");
    }
}
