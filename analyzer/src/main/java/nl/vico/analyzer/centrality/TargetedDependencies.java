package nl.vico.analyzer.centrality;

import nl.vico.analyzer.graph.CompactGraph;

/**
 * Brandes' dependencies of paths from chosen sources to chosen targets on the undirected, unweighted view:
 * per actor v, Σ over the sources s and the targets t ≠ v joined to s of σ_st(v)/σ_st (Brandes 2008, "On
 * variants of shortest-path betweenness centrality and their generic computation", Social Networks
 * 30:136–145, §3.5 betweenness for subsets), 64 sources at a time on the bit-parallel pass that also
 * computes betweenness. O(k·m) for k sources; results do not depend on the number of threads.
 *
 * @param dependency per actor index, the summed pair-dependencies (0 for the sources themselves)
 * @param pairs      (source, target) pairs joined by a path, a source never counting as its own target
 */
public record TargetedDependencies(double[] dependency, long pairs) {
    public TargetedDependencies {
        dependency = dependency.clone();
    }

    @Override
    public double[] dependency() {
        return dependency.clone();
    }

    /** Whether {@link #of} can serve a network of this size (up to 2²² actors). */
    public static boolean applies(CompactGraph graph) {
        return ShortestPaths.bitParallelApplies(graph, false, new int[0], false);
    }

    /**
     * The dependencies of the paths from {@code sources} (distinct actor indices) to the actors with
     * {@code targets[v]} true; see {@link #applies}.
     */
    public static TargetedDependencies of(CompactGraph graph, int[] sources, boolean[] targets, int threads) {
        if (targets.length != graph.vertexCount()) {
            throw new IllegalArgumentException("one target flag per actor");
        }
        if (!applies(graph)) {
            throw new IllegalArgumentException("too many actors for the bit-parallel pass: " + graph.vertexCount());
        }
        var pass = ShortestPaths.bitParallelTargets(graph, LocalOrder.of(graph), sources, targets, threads);
        return new TargetedDependencies(pass.dependency(), pass.pairs());
    }
}
