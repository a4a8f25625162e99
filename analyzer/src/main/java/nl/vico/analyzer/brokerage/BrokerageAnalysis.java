package nl.vico.analyzer.brokerage;

import java.util.Arrays;
import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.model.StakeholderNetwork;

/**
 * Gould–Fernandez brokerage (R. V. Gould and R. M. Fernandez, "Structures of Mediation: A Formal
 * Approach to Brokerage in Transaction Networks", <i>Sociological Methodology</i> 19 (1989) 89–126).
 *
 * <p>On the directed view (an undirected tie counts both ways), actor b brokers the ordered pair (a, c)
 * when a→b, b→c, a ≠ c and there is no arc a→c. Each such two-path counts once, in full, for b (no
 * partial credit when several brokers serve the same pair), in the role that the groups of a, b and c
 * give it ({@link BrokerageRole}). Groups are any labelling of the actors: by actor type
 * ({@link Groupings#byType}), by community, or by consortium membership.
 *
 * <p>Expected counts and z-scores follow R's {@code sna::brokerage} (C. T. Butts, package {@code sna} 2.7,
 * after Gould and Fernandez's moments): with n actors, m arcs, density d = m/(n(n−1)) and group sizes
 * n_k, an actor of group i expects d²(1−d)·(n_i−1)(n_i−2) coordinator pairs, d²(1−d)·Σ_{k≠i} n_k(n_k−1)
 * itinerant pairs, d²(1−d)·(n−n_i)(n_i−1) representative and as many gatekeeper pairs,
 * d²(1−d)·((Σ_{k≠i} n_k)² − Σ_{k≠i} n_k²) liaison pairs and d²(1−d)·(n−1)(n−2) in all; the variances and
 * the network-level moments are sna's, rewritten in power sums of the group sizes so that they cost
 * O(number of groups) instead of sna's cubic loop. A z-score whose standard deviation is 0 is undefined
 * (NaN, reported as null).
 *
 * <p>Cost: O(Σ_b indeg(b)·outdeg(b)·log outdeg) time for the counts (every two-path through b is
 * checked with a binary search in a's sorted out-row), O(n + number of groups) for the moments.
 */
public final class BrokerageAnalysis implements NetworkAnalysis<Brokerage> {

    @Override
    public Brokerage analyze(StakeholderNetwork network) {
        return compute(CompactGraph.of(network), Groupings.byType(network));
    }

    /**
     * Brokerage on a graph with the given group label (0, 1, 2, …) per actor index.
     *
     * @throws IllegalArgumentException when the labels do not cover every actor or one is negative
     */
    public static Brokerage compute(CompactGraph graph, int[] group) {
        int n = graph.vertexCount();
        if (group.length != n) {
            throw new IllegalArgumentException("give one group label per actor: " + group.length
                    + " labels for " + n + " actors");
        }
        int k = 0;
        for (int g : group) {
            if (g < 0) {
                throw new IllegalArgumentException("group labels must be 0 or more, got " + g);
            }
            k = Math.max(k, g + 1);
        }
        int[] labels = group.clone();
        long[] counts = count(graph, labels);
        long[] totals = new long[5];
        for (int v = 0; v < n; v++) {
            for (int r = 0; r < 5; r++) {
                totals[r] += counts[5 * v + r];
            }
        }
        double[] sizes = new double[k];
        for (int g : labels) {
            sizes[g]++;
        }
        double density = n < 2 ? Double.NaN : graph.arcCount() / ((double) n * (n - 1));
        double[][] expected = new double[k][];
        double[][] sd = new double[k][];
        for (int g = 0; g < k; g++) {
            double[][] moments = actorMoments(sizes, g, n, density);
            expected[g] = moments[0];
            sd[g] = moments[1];
        }
        double[][] global = networkMoments(sizes, n, density);
        RoleCounts total = RoleCounts.of(totals);
        double[] z = new double[6];
        for (int r = 0; r < 5; r++) {
            z[r] = z(totals[r], global[0][r], global[1][r]);
        }
        z[5] = z(total.total(), global[0][5], global[1][5]);
        return new Brokerage(labels, counts, expected, sd, total, RoleStatistics.of(global[0]), RoleStatistics.of(z),
                density);
    }

    /** Role counts per actor, 5 per actor in {@link BrokerageRole} order. */
    static long[] count(CompactGraph g, int[] group) {
        int n = g.vertexCount();
        int[] inOff = g.inOffsets();
        int[] inNb = g.inNeighbours();
        int[] outOff = g.outOffsets();
        int[] outNb = g.outNeighbours();
        long[] counts = new long[5 * n];
        for (int b = 0; b < n; b++) {
            int gb = group[b];
            for (int i = inOff[b]; i < inOff[b + 1]; i++) {
                int a = inNb[i];
                int ga = group[a];
                for (int o = outOff[b]; o < outOff[b + 1]; o++) {
                    int c = outNb[o];
                    if (c == a || Arrays.binarySearch(outNb, outOff[a], outOff[a + 1], c) >= 0) {
                        continue; // not a two-path, or a reaches c directly
                    }
                    counts[5 * b + BrokerageRole.of(ga, gb, group[c]).ordinal()]++;
                }
            }
        }
        return counts;
    }

    static double z(double observed, double expected, double sd) {
        if (!(sd > 0) || Double.isNaN(expected)) {
            return Double.NaN;
        }
        return (observed - expected) / sd;
    }

    private static double choose2(double x) {
        return x * (x - 1) / 2;
    }

    /** Expected count and standard deviation per role (and total) for a broker of group i: sna's exp.grp and sd.grp. */
    static double[][] actorMoments(double[] sizes, int i, double bigN, double d) {
        double[] e = new double[6];
        double[] sd = new double[6];
        if (Double.isNaN(d)) {
            Arrays.fill(e, Double.NaN);
            Arrays.fill(sd, Double.NaN);
            return new double[][] {e, sd};
        }
        double p1 = 0;
        double p2 = 0;
        double p3 = 0;
        for (double x : sizes) {
            p1 += x;
            p2 += x * x;
            p3 += x * x * x;
        }
        double ni = sizes[i];
        double a = d * d * (1 - d);
        double b = Math.pow(d, 3) * Math.pow(1 - d, 3);
        double[] v = new double[6];
        // coordinator (w_I)
        e[0] = a * (ni - 1) * (ni - 2);
        v[0] = e[0] * (1 - a) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * b;
        // itinerant (w_O): Σ_{k≠i} n_k(n_k−1) and Σ_{k≠i} n_k(n_k−1)(n_k−2)
        double others2 = (p2 - p1) - (ni * ni - ni);
        double others3 = (p3 - 3 * p2 + 2 * p1) - (ni * ni * ni - 3 * ni * ni + 2 * ni);
        e[1] = a * others2;
        v[1] = e[1] * (1 - a) + 2 * others3 * b;
        // representative (b_IO) and gatekeeper (b_OI)
        e[2] = a * (bigN - ni) * (ni - 1);
        v[2] = e[2] * (1 - a) + 2 * ((ni - 1) * choose2(bigN - ni) + (bigN - ni) * choose2(ni - 1)) * b;
        e[3] = e[2];
        v[3] = v[2];
        // liaison (b_O): (Σ_{k≠i} n_k)² − Σ_{k≠i} n_k², and Σ_{k≠i} n_k C(N − n_k − n_i, 2)
        double rest = bigN - ni;
        e[4] = a * (rest * rest - (p2 - ni * ni));
        double m = bigN - ni;
        double liaisonPairs = 0.5 * (m * (m - 1) * (p1 - ni) - (2 * m - 1) * (p2 - ni * ni) + (p3 - ni * ni * ni));
        v[4] = e[4] * (1 - a) + 4 * liaisonPairs * b;
        // total
        e[5] = a * (bigN - 1) * (bigN - 2);
        v[5] = e[5] * (1 - a) + 2 * (bigN - 1) * (bigN - 2) * (bigN - 3) * b;
        for (int r = 0; r < 6; r++) {
            sd[r] = Math.sqrt(v[r]);
        }
        return new double[][] {e, sd};
    }

    /** Expected network totals and their standard deviations: sna's exp.gli and sd.gli. */
    static double[][] networkMoments(double[] sizes, double bigN, double d) {
        double[] e = new double[6];
        double[] sd = new double[6];
        if (Double.isNaN(d)) {
            Arrays.fill(e, Double.NaN);
            Arrays.fill(sd, Double.NaN);
            return new double[][] {e, sd};
        }
        double p1 = 0;
        double p2 = 0;
        double p3 = 0;
        double p4 = 0;
        for (double x : sizes) {
            p1 += x;
            p2 += x * x;
            p3 += x * x * x;
            p4 += x * x * x * x;
        }
        double a = d * d * (1 - d);
        double b3 = Math.pow(d, 3) * Math.pow(1 - d, 3);
        double b4 = Math.pow(d, 4) * Math.pow(1 - d, 2);
        double b5 = Math.pow(d, 5) * (1 - d);
        double[] v = new double[6];
        double s1 = 0; // Σ n(n−1)(n−2)
        double s1v = 0; // Σ n(n−1)(n−2)((4n−10)b3 − 4(n−3)b4 + (n−3)b5)
        double s2 = 0; // Σ n(N−n)(n−1)
        double s2v = 0; // Σ_x x(x−1)[((2x−6)b3 + (N−x−1)b5)·P1 + 2·b3·P2] − Σ n²(n−1)((4n−6)b3 + (N−n−1)b5)
        double s3v = 0; // Σ n(N−n)(n−1)((N−3)b3 + (n−2)b5)
        for (double x : sizes) {
            double c3 = x * (x - 1) * (x - 2);
            s1 += c3;
            s1v += c3 * ((4 * x - 10) * b3 - 4 * (x - 3) * b4 + (x - 3) * b5);
            double c2 = x * (bigN - x) * (x - 1);
            s2 += c2;
            s2v += x * (x - 1) * (((2 * x - 6) * b3 + (bigN - x - 1) * b5) * p1 + 2 * b3 * p2)
                    - x * x * (x - 1) * ((4 * x - 6) * b3 + (bigN - x - 1) * b5);
            s3v += c2 * ((bigN - 3) * b3 + (x - 2) * b5);
        }
        e[0] = a * s1;
        v[0] = e[0] * (1 - a) + s1v;
        e[1] = a * s2;
        v[1] = e[1] * (1 - a) + s2v;
        e[2] = a * s2;
        v[2] = e[2] * (1 - a) + s3v;
        e[3] = e[2];
        v[3] = v[2];
        // liaison: Σ_{x,y} xy(N−x−y) − Σ n²(N−2n) = N·P1² − 2·P1·P2 − (N·P2 − 2·P3)
        e[4] = a * (bigN * p1 * p1 - 2 * p1 * p2 - (bigN * p2 - 2 * p3));
        // Σ over distinct groups (i,j,k) of n_i n_j n_k (C0 + Cs·n), each term linear in the sizes;
        // T3 = Σ n_i n_j n_k and T4 = Σ n_i² n_j n_k over distinct triples, by inclusion–exclusion
        double t3 = p1 * p1 * p1 - 3 * p1 * p2 + 2 * p3;
        double t4 = p1 * p1 * p2 - 2 * p1 * p3 - p2 * p2 + 2 * p4;
        double c0 = (4 * bigN - 2) * b3 - (4 * bigN - 2) * b4 + (bigN - 1) * b5;
        double cs = -8 * b3 + 8 * b4 - 2 * b5;
        v[4] = e[4] * (1 - a) + c0 * t3 + cs * t4;
        e[5] = a * bigN * (bigN - 1) * (bigN - 2);
        v[5] = e[5] * (1 - a) + bigN * (bigN - 1) * (bigN - 2)
                * ((4 * bigN - 10) * b3 - 4 * (bigN - 3) * b4 + (bigN - 3) * b5);
        for (int r = 0; r < 6; r++) {
            sd[r] = Math.sqrt(v[r]);
        }
        return new double[][] {e, sd};
    }
}
