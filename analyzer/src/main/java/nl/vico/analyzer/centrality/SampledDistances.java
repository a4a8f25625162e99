package nl.vico.analyzer.centrality;

import java.util.Arrays;
import nl.vico.analyzer.graph.CompactGraph;

/**
 * Distance statistics of a network too large for a search from every actor, estimated from the searches
 * of the k sampled betweenness sources (Eppstein &amp; Wang 2004, "Fast approximation of centrality", J. Graph
 * Algorithms Appl. 8(1):39–45: the mean distance from an actor to k uniformly drawn sources estimates its
 * mean distance to everyone; with k = O(log n / ε²) sources every actor's estimate is within ε·diameter with
 * high probability).
 *
 * <p>On the undirected view the bit-parallel pass gives, per actor v, the sampled sources s ≠ v that reach
 * it (c_v), the sum D_v of d(s, v) and the sum H_v of 1/d(s, v). With r_v the exact size of v's component and
 * k_v the sampled sources other than v:
 * <ul>
 *   <li>distance sum S_v ≈ (r_v − 1)·D_v/c_v (the component's mean distance to v, times the others in it), so
 *       closeness ((r−1)/S)·((r−1)/(n−1)) ≈ (c_v/D_v)·((r_v−1)/(n−1));</li>
 *   <li>harmonic sum Σ_u 1/d(u, v) ≈ (n−1)·H_v/k_v (unreached sources add 0);</li>
 *   <li>eccentricity ≥ the largest d(s, v) (a lower bound); a double sweep (a search from the farthest actor
 *       found, then from the actor farthest from it) adds two exact eccentricities, so the diameter taken from
 *       these is a lower bound that is exact on most real networks.</li>
 * </ul>
 * Components holding at most {@link #MIN_SAMPLES} sampled sources get exact values from a search from each
 * of their actors (they are small: with k sources out of n, such a component has about
 * MIN_SAMPLES·n/k actors at most, so this costs little). Reach is always exact.
 *
 * <p>Cost: the sampled pass itself (shared with betweenness), plus O(n + m) for components and the sweep,
 * plus the exact searches inside the small components.
 */
final class SampledDistances {
    /** Components with at most this many sampled sources are measured exactly. */
    static final int MIN_SAMPLES = 32;

    private SampledDistances() {
    }

    static Distances estimate(CompactGraph g, int[] sources, ShortestPaths.Pass pass) {
        int n = g.vertexCount();
        int k = sources.length;
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        int[] queue = new int[n];
        int[] sizes = new int[n];
        int components = 0;
        for (int s = 0; s < n; s++) {
            if (comp[s] < 0) {
                int tail = bfsLabel(off, nb, s, components, comp, queue);
                sizes[components++] = tail;
            }
        }
        boolean[] isSource = new boolean[n];
        int[] sampledIn = new int[components];
        for (int s : sources) {
            isSource[s] = true;
            sampledIn[comp[s]]++;
        }
        int[] reach = new int[n];
        double[] distanceSum = new double[n];
        double[] harmonicSum = new double[n];
        int[] eccentricity = new int[n];
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        for (int v = 0; v < n; v++) {
            int c = comp[v];
            int r = sizes[c];
            reach[v] = r;
            if (r == 1) {
                continue; // an isolate: nothing to reach, all zero
            }
            int self = isSource[v] ? 1 : 0;
            if (sampledIn[c] > MIN_SAMPLES) {
                int reached = pass.reach()[v] - self;
                distanceSum[v] = (r - 1.0) * pass.distanceSum()[v] / reached;
                harmonicSum[v] = (n - 1.0) * pass.harmonicSum()[v] / (k - self);
                eccentricity[v] = pass.eccentricity()[v];
            } else {
                exact(off, nb, v, dist, queue, distanceSum, harmonicSum, eccentricity);
            }
        }
        sweep(off, nb, comp, sizes, sampledIn, eccentricity, dist, queue, distanceSum, harmonicSum);
        return new Distances(reach, distanceSum, harmonicSum, eccentricity, k);
    }

    /** Labels s's component with {@code label}; returns its size. */
    private static int bfsLabel(int[] off, int[] nb, int s, int label, int[] comp, int[] queue) {
        int head = 0;
        int tail = 0;
        queue[tail++] = s;
        comp[s] = label;
        while (head < tail) {
            int v = queue[head++];
            for (int i = off[v]; i < off[v + 1]; i++) {
                int w = nb[i];
                if (comp[w] < 0) {
                    comp[w] = label;
                    queue[tail++] = w;
                }
            }
        }
        return tail;
    }

    /** Exact statistics of v from a BFS; returns the actor farthest from v (the last one reached). */
    private static int exact(int[] off, int[] nb, int v, int[] dist, int[] queue, double[] distanceSum,
                             double[] harmonicSum, int[] eccentricity) {
        int head = 0;
        int tail = 0;
        queue[tail++] = v;
        dist[v] = 0;
        long sum = 0;
        double harmonic = 0;
        while (head < tail) {
            int u = queue[head++];
            int du = dist[u];
            for (int i = off[u]; i < off[u + 1]; i++) {
                int w = nb[i];
                if (dist[w] < 0) {
                    dist[w] = du + 1;
                    sum += du + 1;
                    harmonic += 1.0 / (du + 1);
                    queue[tail++] = w;
                }
            }
        }
        int far = queue[tail - 1];
        distanceSum[v] = sum;
        harmonicSum[v] = harmonic;
        eccentricity[v] = dist[far];
        for (int i = 0; i < tail; i++) {
            dist[queue[i]] = -1;
        }
        return far;
    }

    /**
     * Double sweep in every estimated component: exact statistics for the actor with the largest eccentricity
     * found and for the actor farthest from it, which raises the lower bounds of the component's diameter.
     */
    private static void sweep(int[] off, int[] nb, int[] comp, int[] sizes, int[] sampledIn, int[] eccentricity,
                              int[] dist, int[] queue, double[] distanceSum, double[] harmonicSum) {
        int components = sampledIn.length;
        int[] start = new int[components];
        Arrays.fill(start, -1);
        for (int v = 0; v < comp.length; v++) {
            int c = comp[v];
            if (sizes[c] > 1 && sampledIn[c] > MIN_SAMPLES
                    && (start[c] < 0 || eccentricity[v] > eccentricity[start[c]])) {
                start[c] = v;
            }
        }
        for (int c = 0; c < components; c++) {
            if (start[c] >= 0) {
                int far = exact(off, nb, start[c], dist, queue, distanceSum, harmonicSum, eccentricity);
                exact(off, nb, far, dist, queue, distanceSum, harmonicSum, eccentricity);
            }
        }
    }
}
