package org.gloss.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AttributeValueTest {
    @Test
    void declaredTypesAreCheckedAndCanonical() {
        assertThat(AttributeValue.parse(AttributeType.NUMBER, " +42 ")).isEqualTo(new AttributeValue(AttributeType.NUMBER, "42"));
        assertThat(AttributeValue.parse(AttributeType.NUMBER, "1.50").value()).isEqualTo("1.50");
        assertThat(AttributeValue.parse(AttributeType.DATE, "2024-05-01").value()).isEqualTo("2024-05-01");
        assertThat(AttributeValue.parse(AttributeType.TEXT, "42")).isEqualTo(AttributeValue.text("42"));
        assertThatThrownBy(() -> AttributeValue.parse(AttributeType.NUMBER, "forty"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'forty' is not a number");
        assertThatThrownBy(() -> AttributeValue.parse(AttributeType.DATE, "2024-02-30"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'2024-02-30' is not a date (yyyy-MM-dd)");
    }

    @Test
    void turnsKeepTheirTimesAndRefuseEndingBeforeStarting() {
        Turn turn = new Turn("Айгүл", Duration.ofSeconds(723), null, new TextSpan(7, 19));
        assertThat(turn.endTime()).isEmpty();
        assertThat(Turn.formatTime(turn.start())).isEqualTo("00:12:03.000");
        assertThatThrownBy(() -> new Turn("A", Duration.ofSeconds(5), Duration.ofSeconds(4), new TextSpan(0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
