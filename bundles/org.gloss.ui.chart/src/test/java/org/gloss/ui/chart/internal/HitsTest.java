package org.gloss.ui.chart.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene;
import org.junit.jupiter.api.Test;

/** Hit testing on hand-worked shapes: which item lies under a point of the scene. */
class HitsTest {
    private static final Rgb GREY = new Rgb(0x88, 0x88, 0x88);

    @Test
    void theTopmostShapeOfAnItemWins() {
        Scene scene = new Scene(200, 100, Rgb.WHITE, List.of(
                new Scene.Rect(0, 0, 100, 100, GREY, null, 0, "parent"),
                new Scene.Rect(10, 20, 30, 40, GREY, null, 0, "child"),
                new Scene.Rect(150, 0, 50, 50, GREY, null, 0, null)));
        assertThat(Hits.itemAt(scene, 20, 30)).isEqualTo("child");
        assertThat(Hits.itemAt(scene, 40, 60)).isEqualTo("child");
        assertThat(Hits.itemAt(scene, 41, 61)).isEqualTo("parent");
        assertThat(Hits.itemAt(scene, 160, 10)).as("decoration is no item").isNull();
        assertThat(Hits.itemAt(scene, 120, 10)).isNull();
        // where to click each: the child's centre, and a point of the parent outside the child
        assertThat(Hits.anchorOf(scene, "child")).containsExactly(25, 40);
        double[] parent = Hits.anchorOf(scene, "parent");
        assertThat(Hits.itemAt(scene, parent[0], parent[1])).isEqualTo("parent");
    }

    @Test
    void aWhollyCoveredItemCannotBeClicked() {
        Scene scene = new Scene(100, 100, Rgb.WHITE, List.of(
                new Scene.Rect(10, 10, 20, 20, GREY, null, 0, "under"),
                new Scene.Rect(0, 0, 50, 50, GREY, null, 0, "over")));
        assertThat(Hits.anchorOf(scene, "under")).isNull();
        assertThat(Hits.anchorOf(scene, "absent")).isNull();
    }

    @Test
    void wedgesRunClockwiseFromTwelveOClock() {
        // a quarter ring from twelve to three o'clock between radii 10 and 20 around (100, 100)
        Scene.Wedge quarter = new Scene.Wedge(100, 100, 10, 20, 0, 90, GREY, null, 0, "q");
        assertThat(Hits.contains(quarter, 110, 90)).as("north-east, radius 14.1").isTrue();
        assertThat(Hits.contains(quarter, 90, 90)).as("north-west").isFalse();
        assertThat(Hits.contains(quarter, 110, 110)).as("south-east").isFalse();
        assertThat(Hits.contains(quarter, 103, 97)).as("inside the hole").isFalse();
        assertThat(Hits.contains(quarter, 100, 75)).as("outside the ring").isFalse();
        // a wedge across twelve o'clock, from 300 to 60 degrees
        Scene.Wedge acrossNoon = new Scene.Wedge(0, 0, 0, 10, 300, 120, GREY, null, 0, "n");
        assertThat(Hits.contains(acrossNoon, 0, -5)).isTrue();
        assertThat(Hits.contains(acrossNoon, -3, -5)).as("330 degrees").isTrue();
        assertThat(Hits.contains(acrossNoon, 0, 5)).isFalse();
        // a full ring
        assertThat(Hits.contains(new Scene.Wedge(0, 0, 5, 10, 45, 360, GREY, null, 0, "r"), -7, 0)).isTrue();
        // the point at 90 degrees lies at three o'clock, at 180 at six
        assertThat(Hits.point(quarter, 20, 90)).containsExactly(new double[] {120, 100}, within(1e-9));
        assertThat(Hits.point(quarter, 20, 180)).containsExactly(new double[] {100, 120}, within(1e-9));
    }

    @Test
    void thinLinesAndCirclesAreHitNearby() {
        Scene.Line edge = new Scene.Line(0, 0, 100, 0, GREY, 1, "e");
        assertThat(Hits.contains(edge, 50, 2.9)).isTrue();
        assertThat(Hits.contains(edge, 50, 3.1)).isFalse();
        assertThat(Hits.contains(edge, 103, 0)).isTrue();
        assertThat(Hits.contains(edge, 104, 0)).isFalse();
        assertThat(Hits.distanceToSegment(3, 4, 0, 0, 0, 0)).isEqualTo(5);
        Scene.Circle node = new Scene.Circle(10, 10, 5, GREY, null, 0, "c");
        assertThat(Hits.contains(node, 13, 14)).isTrue();
        assertThat(Hits.contains(node, 14, 14)).isFalse();
    }

    @Test
    void valuesAreWrittenWholeOrWithUpToThreeDecimals() {
        assertThat(Values.format(9)).isEqualTo("9");
        assertThat(Values.format(0.68123)).isEqualTo("0.681");
        assertThat(Values.format(-0.0745)).isEqualTo("-0.075");
        assertThat(Values.format(0.5)).isEqualTo("0.5");
        assertThat(Values.format(Double.NaN)).isEqualTo("—");
    }
}
