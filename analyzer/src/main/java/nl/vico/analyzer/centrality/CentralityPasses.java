package nl.vico.analyzer.centrality;

import nl.vico.analyzer.AnalysisContext;

/**
 * The undirected all-sources pass shared by {@link Betweenness#of} and {@link Distances#of}: when
 * betweenness is exact one bit-parallel Brandes pass yields both (the distance statistics are gathered per
 * reached actor, which on the undirected view are its own); when it is sampled, the distance statistics
 * (which need every source) come from a bit-parallel BFS over all sources, far cheaper than one BFS per
 * source. The passes of one context share one {@link LocalOrder} of its graph.
 */
final class CentralityPasses {
    private final Betweenness betweenness;
    private final Distances distances;

    private CentralityPasses(Betweenness betweenness, Distances distances) {
        this.betweenness = betweenness;
        this.distances = distances;
    }

    static CentralityPasses of(AnalysisContext context) {
        return context.shared(CentralityPasses.class, CentralityPasses::compute);
    }

    private static CentralityPasses compute(AnalysisContext c) {
        var analysis = new BetweennessAnalysis(c.options());
        var graph = c.graph();
        int[] sources = analysis.sources(graph);
        int threads = c.options().threads();
        if (sources.length == graph.vertexCount()) {
            var pass = ShortestPaths.bitParallelApplies(graph, false, sources, true)
                    ? ShortestPaths.bitParallel(graph, order(c), false, sources, threads, true)
                    : ShortestPaths.perSource(graph, false, sources, threads, true, true);
            return new CentralityPasses(
                    BetweennessAnalysis.fromUndirectedDependencies(pass.dependency(), sources.length),
                    Distances.exact(pass.reach(), pass.distanceSum(), pass.harmonicSum(), pass.eccentricity()));
        }
        if (!c.options().distancesExact(graph.vertexCount(), graph.edgeCount())
                && ShortestPaths.bitParallelApplies(graph, false, sources, true)) {
            // too large for a search from every actor: distances estimated from the sampled sources' searches
            var pass = ShortestPaths.bitParallel(graph, order(c), false, sources, threads, true);
            return new CentralityPasses(
                    BetweennessAnalysis.fromUndirectedDependencies(pass.dependency(), sources.length),
                    SampledDistances.estimate(graph, sources, pass));
        }
        var sampled = ShortestPaths.bitParallelApplies(graph, false, sources, false)
                ? ShortestPaths.bitParallel(graph, order(c), false, sources, threads, false)
                : ShortestPaths.perSource(graph, false, sources, threads, true, false);
        var plain = ShortestPaths.distancesBitParallel(graph, threads);
        return new CentralityPasses(
                BetweennessAnalysis.fromUndirectedDependencies(sampled.dependency(), sources.length),
                Distances.exact(plain.reach(), plain.distanceSum(), plain.harmonicSum(), plain.eccentricity()));
    }

    /** The locality order of the context's graph, computed once per context. */
    static LocalOrder order(AnalysisContext context) {
        return context.shared(LocalOrder.class, c -> LocalOrder.of(c.graph()));
    }

    Betweenness betweenness() {
        return betweenness;
    }

    Distances distances() {
        return distances;
    }
}
