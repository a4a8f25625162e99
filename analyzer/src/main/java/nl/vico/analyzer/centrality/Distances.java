package nl.vico.analyzer.centrality;

import nl.vico.analyzer.AnalysisContext;

/**
 * Per-actor shortest-path statistics on the undirected, unweighted view, from a breadth-first search from
 * every actor (O(n·m), 64 searches at a time; shared with the exact betweenness pass) — or, on networks too
 * large for that (see {@link nl.vico.analyzer.AnalysisOptions#distancesExact}), estimated from the searches
 * of the sampled betweenness sources ({@link SampledDistances}; then {@link #sample()} &gt; 0).
 *
 * @param reach        actors reachable from the actor, itself included (r); always exact
 * @param distanceSum  sum of its distances to them (S); estimated when sampled
 * @param harmonicSum  sum of 1/distance to the other reachable actors; estimated when sampled
 * @param eccentricity its largest distance to a reachable actor (0 for an isolate); when sampled, a lower
 *                     bound (the largest distance to a sampled source), exact for small components
 * @param sample       0 when every value is exact, else the number of sampled sources of the estimates
 */
public record Distances(int[] reach, double[] distanceSum, double[] harmonicSum, int[] eccentricity, int sample) {
    public Distances {
        int n = reach.length;
        if (distanceSum.length != n || harmonicSum.length != n || eccentricity.length != n) {
            throw new IllegalArgumentException("every distance statistic must cover the same actors");
        }
        if (sample < 0) {
            throw new IllegalArgumentException("sample must be 0 (exact) or the number of sampled sources");
        }
        reach = reach.clone();
        distanceSum = distanceSum.clone();
        harmonicSum = harmonicSum.clone();
        eccentricity = eccentricity.clone();
    }

    /** Exact statistics from a search from every actor. */
    static Distances exact(int[] reach, long[] distanceSum, double[] harmonicSum, int[] eccentricity) {
        double[] sums = new double[distanceSum.length];
        for (int v = 0; v < sums.length; v++) {
            sums[v] = distanceSum[v];
        }
        return new Distances(reach, sums, harmonicSum, eccentricity, 0);
    }

    /** True when every statistic is exact. */
    public boolean exact() {
        return sample == 0;
    }

    /** The statistics of the context's network, computed once per context. */
    public static Distances of(AnalysisContext context) {
        return context.shared(Distances.class, c -> CentralityPasses.of(c).distances());
    }

    public int size() {
        return reach.length;
    }

    /**
     * Closeness as NetworkX computes it by default (Wasserman &amp; Faust 1994, eq. 5.22 for disconnected
     * graphs): ((r−1)/S)·((r−1)/(n−1)); 0 for an isolate; NaN for a network of one actor.
     */
    public double closeness(int actor) {
        int n = reach.length;
        if (n < 2) {
            return Double.NaN;
        }
        int r = reach[actor];
        double s = distanceSum[actor];
        if (s == 0) {
            return 0.0;
        }
        return ((r - 1.0) / s) * ((r - 1.0) / (n - 1.0));
    }

    /** Closeness within the actor's own component, (r−1)/S; NaN for an isolate (no one to be close to). */
    public double closenessComponent(int actor) {
        double s = distanceSum[actor];
        return s == 0 ? Double.NaN : (reach[actor] - 1.0) / s;
    }

    /** Harmonic centrality Σ_{u≠v} 1/d(v,u) / (n−1) (Marchiori &amp; Latora 2000); NaN for a network of one actor. */
    public double harmonic(int actor) {
        int n = reach.length;
        return n < 2 ? Double.NaN : harmonicSum[actor] / (n - 1.0);
    }

    public int reach(int actor) {
        return reach[actor];
    }

    public double distanceSum(int actor) {
        return distanceSum[actor];
    }

    public int eccentricity(int actor) {
        return eccentricity[actor];
    }

    @Override
    public int[] reach() {
        return reach.clone();
    }

    @Override
    public double[] distanceSum() {
        return distanceSum.clone();
    }

    @Override
    public double[] harmonicSum() {
        return harmonicSum.clone();
    }

    @Override
    public int[] eccentricity() {
        return eccentricity.clone();
    }
}
