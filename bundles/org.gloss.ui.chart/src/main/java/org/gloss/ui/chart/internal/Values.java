package org.gloss.ui.chart.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the view writes them: whole numbers without decimals, others with up to three. */
final class Values {
    private Values() {
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
