package nl.vico.analyzer.centrality;

import nl.vico.analyzer.AnalysisContext;

/**
 * Shortest-path betweenness of every actor (Freeman 1977; computed as Brandes 2001): how often an actor
 * lies on the shortest paths between two others, each pair's paths sharing one unit of credit.
 *
 * @param raw            by actor index. Undirected: Σ over unordered pairs {s,t} with s,t ≠ v of
 *                       σ_st(v)/σ_st. Directed: the same over ordered pairs (s,t).
 * @param normalised     by actor index, NetworkX's normalisation: undirected 2·raw/((n−1)(n−2)), directed
 *                       raw/((n−1)(n−2)); 0 when n ≤ 2 (nobody can lie between two others). JGraphT's
 *                       normalised undirected value is half of this.
 * @param sources        how many source actors the values rest on: n when exact, k when estimated from
 *                       k sampled sources (see {@link BetweennessAnalysis})
 */
public record Betweenness(double[] raw, double[] normalised, int sources) {
    public Betweenness {
        if (raw.length != normalised.length) {
            throw new IllegalArgumentException("raw and normalised betweenness must cover the same actors");
        }
        if (sources < 0 || sources > raw.length) {
            throw new IllegalArgumentException("sources must lie between 0 and the number of actors");
        }
        raw = raw.clone();
        normalised = normalised.clone();
    }

    /** Undirected, unweighted betweenness of the context's network, computed once per context. */
    public static Betweenness of(AnalysisContext context) {
        return context.shared(Key.UNDIRECTED, c -> CentralityPasses.of(c).betweenness());
    }

    /**
     * Betweenness on the directed view (directed ties one way, undirected ties both ways), over ordered
     * pairs, normalised by (n−1)(n−2). Equals {@link #of} when the network has no directed ties.
     */
    public static Betweenness directedOf(AnalysisContext context) {
        return context.shared(Key.DIRECTED, c -> c.graph().hasDirectedTies()
                ? new BetweennessAnalysis(c.options()).directed(c.graph(), CentralityPasses.order(c))
                : BetweennessAnalysis.directedFromUndirected(of(c)));
    }

    /**
     * Betweenness on the undirected view where a tie of weight w is a path of length 1/w (strong ties
     * are short). Equals {@link #of} when every pair's weight is the same.
     */
    public static Betweenness weightedOf(AnalysisContext context) {
        return context.shared(Key.WEIGHTED, c -> BetweennessAnalysis.hasUniformWeights(c.graph())
                ? of(c)
                : new BetweennessAnalysis(c.options()).weighted(c.graph(), EdgeLength.RECIPROCAL_WEIGHT,
                        CentralityPasses.order(c)));
    }

    /** Number of actors covered. */
    public int size() {
        return raw.length;
    }

    /** Raw betweenness of the actor with this index. */
    public double raw(int actor) {
        return raw[actor];
    }

    /** Normalised betweenness of the actor with this index. */
    public double normalised(int actor) {
        return normalised[actor];
    }

    /** True when every actor was a source (no sampling). */
    public boolean exact() {
        return sources == raw.length;
    }

    @Override
    public double[] raw() {
        return raw.clone();
    }

    @Override
    public double[] normalised() {
        return normalised.clone();
    }

    private enum Key { UNDIRECTED, DIRECTED, WEIGHTED }
}
