package org.gloss.agreement.coefficients.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.UnitizingAgreementMeasure;
import org.gloss.api.agreement.UnitizingData;
import org.gloss.api.agreement.UnitizingData.Segment;
import org.osgi.service.component.annotations.Component;

/**
 * Krippendorff's unitizing alpha, u-alpha (Krippendorff 1995, "On the reliability of unitizing
 * continuous data"; 2004, Content Analysis, sec. 12.4), in the formulation of DKPro Statistics'
 * {@code KrippendorffAlphaUnitizingAgreement} (Meyer et al. 2014), which it matches to
 * floating-point precision. For each category c, every coder's continuum is cut into sections
 * (their segments of c and the gaps between them):
 * <ul>
 * <li>D_o(c) = 2 / (R L^2) * sum over coder pairs and overlapping section pairs of
 * delta, where delta = (b1-b2)^2 + (e1-e2)^2 for two overlapping segments, l^2 for a segment lying
 * inside the other coder's gap, and 0 otherwise;</li>
 * <li>D_e(c) = 2/L * sum over segments u of c of [ (N_c - 1)(2l^3 - 3l^2 + l)/3
 * + l^2 * sum_{gaps g >= l} (g - l + 1) ] / (R L (R L - 1) - sum_u l(l-1)).</li>
 * </ul>
 * Over several categories, u-alpha = 1 - mean_c D_o(c) / mean_c D_e(c).
 */
@Component(service = AgreementMeasure.class)
public class KrippendorffUnitizingAlpha implements UnitizingAgreementMeasure {
    @Override
    public String id() {
        return "u_alpha";
    }

    @Override
    public String displayName() {
        return "Krippendorff's u-alpha";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public double compute(UnitizingData data) {
        List<Integer> categories = data.categories();
        if (categories.isEmpty() || data.coderCount() < 2) {
            return Double.NaN;
        }
        double observed = 0;
        double expected = 0;
        for (int category : categories) {
            List<List<Segment>> byCoder = new ArrayList<>();
            for (int coder = 0; coder < data.coderCount(); coder++) {
                byCoder.add(data.segments(coder, category));
            }
            observed += observedDisagreement(byCoder, data.length());
            expected += expectedDisagreement(byCoder, data.length());
        }
        if (expected == 0) {
            return Double.NaN;
        }
        return observed == expected ? 0.0 : 1.0 - observed / expected;
    }

    /** A segment or a gap of one coder: [start, end). */
    private record Section(long start, long end, boolean marked) {
    }

    private static List<Section> sections(List<Segment> segments, long length) {
        List<Section> sections = new ArrayList<>(segments.size() * 2 + 1);
        long pos = 0;
        for (Segment s : segments) {
            if (s.start() > pos) {
                sections.add(new Section(pos, s.start(), false));
            }
            sections.add(new Section(s.start(), s.end(), true));
            pos = s.end();
        }
        if (pos < length) {
            sections.add(new Section(pos, length, false));
        }
        return sections;
    }

    static double observedDisagreement(List<List<Segment>> byCoder, long length) {
        int coders = byCoder.size();
        List<List<Section>> sections = new ArrayList<>();
        for (List<Segment> segments : byCoder) {
            sections.add(sections(segments, length));
        }
        double sum = 0;
        for (int r1 = 0; r1 < coders; r1++) {
            for (int r2 = r1 + 1; r2 < coders; r2++) {
                sum += pairDisagreement(sections.get(r1), sections.get(r2));
            }
        }
        return sum * 2.0 / ((double) coders * (coders - 1) * ((double) length * length));
    }

    /** Sum of delta over all overlapping pairs of sections of two coders (a merge of two sorted covers). */
    private static double pairDisagreement(List<Section> first, List<Section> second) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < first.size() && j < second.size()) {
            Section a = first.get(i);
            Section b = second.get(j);
            sum += delta(a, b);
            if (a.end() < b.end()) {
                i++;
            } else if (b.end() < a.end()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return sum;
    }

    private static double delta(Section a, Section b) {
        if (a.marked() && b.marked()) {
            double startDiff = a.start() - b.start();
            double endDiff = a.end() - b.end();
            return startDiff * startDiff + endDiff * endDiff;
        }
        if (a.marked() && !b.marked() && b.start() <= a.start() && a.end() <= b.end()) {
            double l = a.end() - a.start();
            return l * l;
        }
        if (b.marked() && !a.marked() && a.start() <= b.start() && b.end() <= a.end()) {
            double l = b.end() - b.start();
            return l * l;
        }
        return 0;
    }

    static double expectedDisagreement(List<List<Segment>> byCoder, long length) {
        int coders = byCoder.size();
        long segmentCount = 0;
        double squaredLengths = 0;
        List<Long> gapList = new ArrayList<>();
        for (List<Segment> segments : byCoder) {
            for (Section s : sections(segments, length)) {
                if (s.marked()) {
                    segmentCount++;
                    double l = s.end() - s.start();
                    squaredLengths += l * (l - 1);
                } else {
                    gapList.add(s.end() - s.start());
                }
            }
        }
        long[] gaps = gapList.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(gaps);
        // suffix sums of (g + 1) over gaps sorted ascending, so that sum_{g >= l} (g - l + 1) is O(log n)
        double[] suffixSum = new double[gaps.length + 1];
        for (int k = gaps.length - 1; k >= 0; k--) {
            suffixSum[k] = suffixSum[k + 1] + (gaps[k] + 1.0);
        }
        double sum = 0;
        for (List<Segment> segments : byCoder) {
            for (Segment s : segments) {
                double l = s.length();
                int first = firstAtLeast(gaps, s.length());
                double gapTerm = suffixSum[first] - l * (gaps.length - first);
                sum += (segmentCount - 1.0) * (2.0 * l * l * l - 3.0 * l * l + l) / 3.0 + l * l * gapTerm;
            }
        }
        double rl = (double) coders * length;
        return sum * (2.0 / length) / (rl * (rl - 1) - squaredLengths);
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
