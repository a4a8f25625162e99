package nl.vico.analyzer.power;

import java.util.Arrays;

/**
 * The Gini coefficient of non-negative values: 0 when everyone holds the same, approaching 1 when one
 * actor holds everything. G = Σ_i (2i − n − 1)·x_(i) / (n·Σx) with x_(1) ≤ … ≤ x_(n) (Gini 1912; the
 * mean-absolute-difference form Σ_i Σ_j |x_i − x_j| / (2n²·mean) rewritten over the sorted values).
 * Undefined (NaN) for no values or a zero sum: nothing is there to be distributed.
 * Cost O(n log n).
 */
public final class Gini {
    private Gini() {
    }

    /** The Gini coefficient, or NaN for an empty array or all zeros. */
    public static double of(double[] values) {
        int n = values.length;
        double[] x = values.clone();
        double sum = 0;
        for (double v : x) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("the Gini coefficient needs finite values of 0 or more, got " + v);
            }
            sum += v;
        }
        if (n == 0 || sum == 0) {
            return Double.NaN;
        }
        Arrays.sort(x);
        double acc = 0;
        for (int i = 0; i < n; i++) {
            acc += (2.0 * (i + 1) - n - 1) * x[i];
        }
        return acc / (n * sum);
    }
}
