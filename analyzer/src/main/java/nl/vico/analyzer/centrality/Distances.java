package nl.vico.analyzer.centrality;

import nl.vico.analyzer.AnalysisContext;

/**
 * Per-actor shortest-path statistics on the undirected, unweighted view, from a breadth-first search from
 * every actor (O(n·m), 64 searches at a time; shared with the exact betweenness pass).
 *
 * @param reach        actors reachable from the actor, itself included (r)
 * @param distanceSum  sum of its distances to them (S)
 * @param harmonicSum  sum of 1/distance to the other reachable actors
 * @param eccentricity its largest distance to a reachable actor (0 for an isolate)
 */
public record Distances(int[] reach, long[] distanceSum, double[] harmonicSum, int[] eccentricity) {
    public Distances {
        int n = reach.length;
        if (distanceSum.length != n || harmonicSum.length != n || eccentricity.length != n) {
            throw new IllegalArgumentException("every distance statistic must cover the same actors");
        }
        reach = reach.clone();
        distanceSum = distanceSum.clone();
        harmonicSum = harmonicSum.clone();
        eccentricity = eccentricity.clone();
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
        long s = distanceSum[actor];
        if (s == 0) {
            return 0.0;
        }
        return ((r - 1.0) / s) * ((r - 1.0) / (n - 1.0));
    }

    /** Closeness within the actor's own component, (r−1)/S; NaN for an isolate (no one to be close to). */
    public double closenessComponent(int actor) {
        long s = distanceSum[actor];
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

    public long distanceSum(int actor) {
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
    public long[] distanceSum() {
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
