package org.gloss.ui.analysis.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers read in the views: counts whole, shares and coefficients to three decimals. */
final class Numbers {
    private Numbers() {
    }

    static String whole(double v) {
        return Double.isNaN(v) ? "" : Long.toString(Math.round(v));
    }

    static String decimal(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "" : new BigDecimal(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
