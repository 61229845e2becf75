package org.gloss.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.gloss.api.analysis.AttributeEquals;
import org.gloss.api.analysis.AttributeRange;
import org.gloss.api.error.GlossException;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.junit.jupiter.api.Test;

/** The smart sets' condition language: the analyses' comparisons combined with AND, OR, NOT. */
class SetConditionTest {
    private static Map<String, AttributeValue> doc(Object... keyValues) {
        Map<String, AttributeValue> attributes = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            attributes.put((String) keyValues[i], AttributeValue.infer((String) keyValues[i + 1]));
        }
        return attributes;
    }

    @Test
    void theIssuesExampleMeansBothComparisons() {
        SetCondition condition = SetCondition.parse("country=Kyrgyzstan AND year>=2020");
        assertThat(condition).isEqualTo(new SetCondition.All(java.util.List.of(
                new SetCondition.Compare(new AttributeEquals("country", "Kyrgyzstan")),
                new SetCondition.Compare(new AttributeRange("year", "2020", null)))));
        assertThat(condition.matches(doc("country", "Kyrgyzstan", "year", "2021"))).isTrue();
        assertThat(condition.matches(doc("Country", " kyrgyzstan ", "YEAR", "2020.0"))).as("keys and text ignoring case, numbers by value").isTrue();
        assertThat(condition.matches(doc("country", "Kyrgyzstan", "year", "2019"))).isFalse();
        assertThat(condition.matches(doc("country", "Kazakhstan", "year", "2021"))).isFalse();
        assertThat(condition.matches(doc("country", "Kyrgyzstan"))).as("no year: not in").isFalse();
        assertThat(condition.keys()).containsExactly("country", "year");
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        SetCondition condition = SetCondition.parse("NOT a=1 AND b=2 OR c=3");
        // ((NOT a=1) AND b=2) OR c=3, checked on all eight combinations against the naive formula
        for (int bits = 0; bits < 8; bits++) {
            boolean a = (bits & 1) != 0;
            boolean b = (bits & 2) != 0;
            boolean c = (bits & 4) != 0;
            Map<String, AttributeValue> attributes = doc("a", a ? "1" : "0", "b", b ? "2" : "0", "c", c ? "3" : "0");
            assertThat(condition.matches(attributes)).as("a=%s b=%s c=%s", a, b, c).isEqualTo((!a && b) || c);
        }
        SetCondition grouped = SetCondition.parse("NOT (a=1 AND (b=2 OR c=3))");
        for (int bits = 0; bits < 8; bits++) {
            boolean a = (bits & 1) != 0;
            boolean b = (bits & 2) != 0;
            boolean c = (bits & 4) != 0;
            Map<String, AttributeValue> attributes = doc("a", a ? "1" : "0", "b", b ? "2" : "0", "c", c ? "3" : "0");
            assertThat(grouped.matches(attributes)).isEqualTo(!(a && (b || c)));
        }
    }

    @Test
    void rangesDatesAndQuotedNamesAndValues() {
        SetCondition range = SetCondition.parse("age=30..39");
        assertThat(range.matches(doc("age", "30"))).isTrue();
        assertThat(range.matches(doc("age", "39.0"))).isTrue();
        assertThat(range.matches(doc("age", "40"))).isFalse();
        assertThat(range.matches(doc("age", "thirty"))).as("text is never in a number range").isFalse();
        SetCondition dates = SetCondition.parse("interviewed<=2024-03-31 and interviewed>=2024-01-01");
        assertThat(dates.matches(doc("interviewed", "2024-02-29"))).isTrue();
        assertThat(dates.matches(doc("interviewed", "2024-04-01"))).isFalse();
        SetCondition quoted = SetCondition.parse("\"home region\"=\"Issyk-Kul AND more\" OR name=\"say \"\"hi\"\"\"");
        assertThat(quoted.matches(doc("home region", "issyk-kul and more"))).isTrue();
        assertThat(quoted.matches(doc("name", "say \"hi\""))).isTrue();
        assertThat(quoted.matches(doc("home region", "Issyk-Kul"))).isFalse();
        assertThat(SetCondition.parse("NOT country=Kazakhstan").matches(doc())).as("without the attribute, NOT holds").isTrue();
        assertThat(new SetCondition.Compare(new AttributeRange("d", "2024-01-01", null))
                .matches(Map.of("d", new AttributeValue(AttributeType.TEXT, "2024-05-01")))).as("a date typed as text").isFalse();
    }

    @Test
    void mistakesAreOneLineSayingWhatAndWhere() {
        assertThatThrownBy(() -> SetCondition.parse("")).isInstanceOf(GlossException.class)
                .hasMessage("bad set condition '': it is empty");
        assertThatThrownBy(() -> SetCondition.parse("country=Kyrgyzstan AND"))
                .hasMessage("bad set condition 'country=Kyrgyzstan AND': a comparison is missing at the end (at column 23)");
        assertThatThrownBy(() -> SetCondition.parse("year>2020"))
                .hasMessage("bad set condition 'year>2020': '>' alone is not an operator: write >= (bounds are inclusive) (at column 5)");
        assertThatThrownBy(() -> SetCondition.parse("(a=1 OR b=2"))
                .hasMessage("bad set condition '(a=1 OR b=2': a '(' is never closed (at column 12)");
        assertThatThrownBy(() -> SetCondition.parse("a=1)")).hasMessage("bad set condition 'a=1)': a ')' without its '(' (at column 4)");
        assertThatThrownBy(() -> SetCondition.parse("country Kyrgyzstan"))
                .hasMessage("bad set condition 'country Kyrgyzstan': expected =, >= or <= after 'country' (at column 9)");
        assertThatThrownBy(() -> SetCondition.parse("year>=recent"))
                .hasMessage("bad set condition 'year>=recent': 'year' is compared with 'recent', which is neither a number nor a date (yyyy-MM-dd)");
        assertThatThrownBy(() -> SetCondition.parse("age=30..2024-01-01"))
                .hasMessageContaining("are not both numbers or both dates");
        assertThatThrownBy(() -> SetCondition.parse("name=\"open")).hasMessageContaining("never closed (at column 6)");
        assertThatThrownBy(() -> SetCondition.parse("a=1 b=2")).hasMessageContaining("expected AND, OR or the end, found 'b'");
    }
}
