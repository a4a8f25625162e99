package nl.vico.analyzer.centrality;

/**
 * Freeman's centralization (Freeman 1979, "Centrality in social networks: conceptual clarification",
 * Social Networks 1(3):215–239): Σ_i (c_max − c_i) divided by its largest possible value over networks
 * of the same size, which a star attains. 1 for a star, 0 when all actors are equal (a ring). Each method
 * is O(n) and returns NaN (undefined) for fewer than three actors.
 */
public final class Centralization {
    private Centralization() {
    }

    /** Degree centralization Σ(d_max − d_i)/((n−1)(n−2)). */
    public static double degree(int[] degree) {
        int n = degree.length;
        if (n < 3) {
            return Double.NaN;
        }
        int max = 0;
        for (int d : degree) {
            max = Math.max(max, d);
        }
        double sum = 0;
        for (int d : degree) {
            sum += max - d;
        }
        return sum / ((n - 1.0) * (n - 2.0));
    }

    /** Betweenness centralization Σ(b_max − b_i)/((n−1)²(n−2)/2) on raw undirected betweenness. */
    public static double betweenness(double[] raw) {
        int n = raw.length;
        if (n < 3) {
            return Double.NaN;
        }
        return spread(raw) / ((n - 1.0) * (n - 1.0) * (n - 2.0) / 2.0);
    }

    /**
     * Closeness centralization Σ(c_max − c_i)/((n−1)(n−2)/(2n−3)) with c = (n−1)/S; NaN when the network
     * is disconnected (some distance is infinite).
     */
    public static double closeness(Distances distances) {
        int n = distances.size();
        if (n < 3) {
            return Double.NaN;
        }
        double[] c = new double[n];
        for (int v = 0; v < n; v++) {
            if (distances.reach(v) != n) {
                return Double.NaN;
            }
            c[v] = (n - 1.0) / distances.distanceSum(v);
        }
        return spread(c) / ((n - 1.0) * (n - 2.0) / (2.0 * n - 3.0));
    }

    private static double spread(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : values) {
            sum += max - v;
        }
        return sum;
    }
}
