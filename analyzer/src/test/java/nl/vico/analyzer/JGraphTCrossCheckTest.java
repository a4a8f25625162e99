package nl.vico.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.vico.analyzer.centrality.BetweennessAnalysis;
import nl.vico.analyzer.centrality.Distances;
import nl.vico.analyzer.centrality.EdgeLength;
import nl.vico.analyzer.centrality.EigenvectorAnalysis;
import nl.vico.analyzer.centrality.PageRankAnalysis;
import nl.vico.analyzer.cohesion.BiconnectivityAnalysis;
import nl.vico.analyzer.cohesion.ClusteringAnalysis;
import nl.vico.analyzer.cohesion.ComponentAnalysis;
import nl.vico.analyzer.cohesion.CoreAnalysis;
import nl.vico.analyzer.cohesion.PathLengths;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.graph.JGraphTView;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.StakeholderNetwork;
import org.jgrapht.Graph;
import org.jgrapht.GraphTests;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.alg.shortestpath.GraphMeasurer;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * vico's array implementations against JGraphT's independent ones on seeded random networks with
 * isolates, several components, repeated ties, self-loops and directed ties. Weights are powers of two so
 * that sums of lengths and of reciprocal lengths are exact and both sides see the same ties in distance.
 */
class JGraphTCrossCheckTest {
    private static final double TOL = 1e-9;

    static Stream<Arguments> networks() {
        var list = new ArrayList<Arguments>();
        long seed = 1;
        for (int n : new int[] {2, 3, 5, 12, 30, 60}) {
            for (double p : new double[] {0.05, 0.15, 0.4}) {
                list.add(Arguments.of(seed, n, p));
                seed++;
            }
        }
        return list.stream();
    }

    private static StakeholderNetwork network(long seed, int n, double p) {
        return Networks.random(seed, n, p, true, 1, 2, 4, 8);
    }

    private static AnalysisOptions options() {
        return new AnalysisOptions(2, 0, 7L);
    }

    @ParameterizedTest
    @MethodSource("networks")
    void betweenness_matchesJGraphT_undirectedWeightedAndDirected(long seed, int n, double p) {
        var network = network(seed, n, p);
        var graph = CompactGraph.of(network);
        var analysis = new BetweennessAnalysis(options());

        var ours = analysis.undirected(graph);
        var theirs = new BetweennessCentrality<>(unweighted(network), false).getScores();
        var theirsNormalised = new BetweennessCentrality<>(unweighted(network), true).getScores();
        for (int v = 0; v < n; v++) {
            String id = network.actor(v).id();
            assertThat(ours.raw(v)).as(id).isCloseTo(theirs.get(id), within(TOL));
            if (n > 2) {
                // JGraphT normalises undirected betweenness by (n-1)(n-2), half of NetworkX's 2/((n-1)(n-2))
                assertThat(ours.normalised(v)).as(id).isCloseTo(2 * theirsNormalised.get(id), within(TOL));
            }
        }

        var asLength = analysis.weighted(graph, EdgeLength.WEIGHT);
        var theirsWeighted = new BetweennessCentrality<>(JGraphTView.undirected(network), false).getScores();
        var reciprocal = analysis.weighted(graph, EdgeLength.RECIPROCAL_WEIGHT);
        var theirsReciprocal = new BetweennessCentrality<>(reciprocalLengths(network), false).getScores();
        var directed = analysis.directed(graph);
        var theirsDirected = new BetweennessCentrality<>(directedUnweighted(network), false).getScores();
        for (int v = 0; v < n; v++) {
            String id = network.actor(v).id();
            assertThat(asLength.raw(v)).as(id).isCloseTo(theirsWeighted.get(id), within(TOL));
            assertThat(reciprocal.raw(v)).as(id).isCloseTo(theirsReciprocal.get(id), within(TOL));
            assertThat(directed.raw(v)).as(id).isCloseTo(theirsDirected.get(id), within(TOL));
        }
    }

    @ParameterizedTest
    @MethodSource("networks")
    void weightedBetweenness_withFractionalWeights_matchesJGraphT(long seed, int n, double p) {
        // a weight of 0.5 is no whole number, so this runs the floating-point heap search, not the bucket queue
        var network = Networks.random(seed, n, p, true, 0.5, 1, 2, 4);
        var graph = CompactGraph.of(network);
        var analysis = new BetweennessAnalysis(options());
        var asLength = analysis.weighted(graph, EdgeLength.WEIGHT);
        var theirs = new BetweennessCentrality<>(JGraphTView.undirected(network), false).getScores();
        var reciprocal = analysis.weighted(graph, EdgeLength.RECIPROCAL_WEIGHT);
        var theirsReciprocal = new BetweennessCentrality<>(reciprocalLengths(network), false).getScores();
        for (int v = 0; v < n; v++) {
            String id = network.actor(v).id();
            assertThat(asLength.raw(v)).as(id).isCloseTo(theirs.get(id), within(TOL));
            assertThat(reciprocal.raw(v)).as(id).isCloseTo(theirsReciprocal.get(id), within(TOL));
        }
    }

    @ParameterizedTest
    @MethodSource("networks")
    void cutsComponentsCoresAndClustering_matchJGraphT(long seed, int n, double p) {
        var network = network(seed, n, p);
        var graph = CompactGraph.of(network);
        var g = unweighted(network);

        var cuts = new BiconnectivityAnalysis().cuts(graph);
        var inspector = new BiconnectivityInspector<>(g);
        var ourCutpoints = new HashSet<String>();
        for (int v = 0; v < n; v++) {
            if (cuts.isArticulationPoint(v)) {
                ourCutpoints.add(network.actor(v).id());
            }
        }
        assertThat(ourCutpoints).isEqualTo(inspector.getCutpoints());
        Set<Set<String>> ourBridges = new HashSet<>();
        for (int[] b : cuts.bridges()) {
            ourBridges.add(Set.of(network.actor(b[0]).id(), network.actor(b[1]).id()));
        }
        Set<Set<String>> theirBridges = new HashSet<>();
        for (var e : inspector.getBridges()) {
            theirBridges.add(Set.of(g.getEdgeSource(e), g.getEdgeTarget(e)));
        }
        assertThat(ourBridges).isEqualTo(theirBridges);

        var components = new ComponentAnalysis().components(graph);
        Set<Set<String>> ourSets = new HashSet<>();
        for (int c = 0; c < components.count(); c++) {
            var set = new HashSet<String>();
            for (int v = 0; v < n; v++) {
                if (components.of(v) == c) {
                    set.add(network.actor(v).id());
                }
            }
            assertThat(set).hasSize(components.size(c));
            ourSets.add(set);
        }
        assertThat(ourSets).isEqualTo(new HashSet<>(new ConnectivityInspector<>(g).connectedSets()));

        int[] cores = new CoreAnalysis().coreNumbers(graph);
        var coreness = new Coreness<>(g).getScores();
        var clustering = new ClusteringAnalysis().clustering(graph);
        var theirClustering = new ClusteringCoefficient<>(g);
        for (int v = 0; v < n; v++) {
            String id = network.actor(v).id();
            assertThat(cores[v]).as(id).isEqualTo(coreness.get(id));
            assertThat(clustering.local(v)).as(id).isCloseTo(theirClustering.getVertexScore(id), within(TOL));
        }
        double global = theirClustering.getGlobalClusteringCoefficient();
        // without any connected triple JGraphT answers NaN; vico, like NetworkX, reports transitivity 0
        assertThat(clustering.transitivity()).isCloseTo(Double.isNaN(global) ? 0.0 : global, within(TOL));
        assertThat(clustering.average()).isCloseTo(theirClustering.getAverageClusteringCoefficient(), within(TOL));
    }

    @ParameterizedTest
    @MethodSource("networks")
    void distancesAndPageRank_matchJGraphT(long seed, int n, double p) {
        var network = network(seed, n, p);
        var graph = CompactGraph.of(network);
        var g = unweighted(network);
        var context = new AnalysisContext(network, options());
        var distances = Distances.of(context);

        var harmonic = new HarmonicCentrality<>(g, false, true).getScores();
        var pagerank = new PageRankAnalysis(PageRankAnalysis.View.UNDIRECTED).scores(graph);
        var theirPagerank = new PageRank<>(g, 0.85, 1_000_000, 1e-15).getScores();
        var pagerankWeighted = new PageRankAnalysis(PageRankAnalysis.View.WEIGHTED).scores(graph);
        var theirPagerankWeighted = new PageRank<>(JGraphTView.undirected(network), 0.85, 1_000_000, 1e-15).getScores();
        var pagerankDirected = new PageRankAnalysis(PageRankAnalysis.View.DIRECTED).scores(graph);
        var theirPagerankDirected = new PageRank<>(directedUnweighted(network), 0.85, 1_000_000, 1e-15).getScores();
        for (int v = 0; v < n; v++) {
            String id = network.actor(v).id();
            assertThat(distances.harmonic(v)).as(id).isCloseTo(harmonic.get(id), within(TOL));
            assertThat(pagerank.of(v)).as(id).isCloseTo(theirPagerank.get(id), within(1e-8));
            assertThat(pagerankWeighted.of(v)).as(id).isCloseTo(theirPagerankWeighted.get(id), within(1e-8));
            assertThat(pagerankDirected.of(v)).as(id).isCloseTo(theirPagerankDirected.get(id), within(1e-8));
        }

        var components = new ComponentAnalysis().components(graph);
        int largest = components.largest();
        var members = new HashSet<String>();
        for (int v = 0; v < n; v++) {
            if (components.of(v) == largest) {
                members.add(network.actor(v).id());
            }
        }
        var sub = new AsSubgraph<>(g, members);
        var lengths = PathLengths.ofLargestComponent(components, distances);
        assertThat((double) lengths.diameter()).isEqualTo(new GraphMeasurer<>(sub).getDiameter());
        if (components.connected() && n > 1) {
            var closeness = new ClosenessCentrality<>(g, false, true).getScores();
            for (int v = 0; v < n; v++) {
                String id = network.actor(v).id();
                assertThat(distances.closeness(v)).as(id).isCloseTo(closeness.get(id), within(TOL));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("networks")
    void eigenvector_pointsTheSameWayAsJGraphT_onConnectedComponents(long seed, int n, double p) {
        var network = network(seed, n, p);
        var graph = CompactGraph.of(network);
        var components = new ComponentAnalysis().components(graph);
        if (!components.connected() || graph.edgeCount() == 0 || GraphTests.isBipartite(unweighted(network))) {
            // the leading eigenvector is unique (up to scale) only on a connected network; on a bipartite one
            // JGraphT's power iteration on A oscillates and stops at a wrong vector (the star cases in
            // CentralitySmallCasesTest cover bipartite networks with values derived by hand)
            return;
        }
        var ours = new EigenvectorAnalysis().scores(graph);
        assertThat(ours.converged()).isTrue();
        var theirs = new EigenvectorCentrality<>(unweighted(network), 1_000_000, 1e-15).getScores();
        double norm = Math.sqrt(theirs.values().stream().mapToDouble(x -> x * x).sum());
        for (int v = 0; v < n; v++) {
            String id = network.actor(v).id();
            assertThat(ours.of(v)).as(id).isCloseTo(theirs.get(id) / norm, within(1e-7));
        }
    }

    private static Graph<String, DefaultEdge> unweighted(StakeholderNetwork network) {
        var weighted = JGraphTView.undirected(network);
        var g = new SimpleGraph<String, DefaultEdge>(DefaultEdge.class);
        weighted.vertexSet().forEach(g::addVertex);
        weighted.edgeSet().forEach(e -> g.addEdge(weighted.getEdgeSource(e), weighted.getEdgeTarget(e)));
        return g;
    }

    private static Graph<String, DefaultEdge> directedUnweighted(StakeholderNetwork network) {
        var weighted = JGraphTView.directed(network);
        var g = new org.jgrapht.graph.SimpleDirectedGraph<String, DefaultEdge>(DefaultEdge.class);
        weighted.vertexSet().forEach(g::addVertex);
        weighted.edgeSet().forEach(e -> g.addEdge(weighted.getEdgeSource(e), weighted.getEdgeTarget(e)));
        return g;
    }

    private static Graph<String, DefaultWeightedEdge> reciprocalLengths(StakeholderNetwork network) {
        var weighted = JGraphTView.undirected(network);
        var g = new SimpleWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        weighted.vertexSet().forEach(g::addVertex);
        for (var e : weighted.edgeSet()) {
            var copy = g.addEdge(weighted.getEdgeSource(e), weighted.getEdgeTarget(e));
            g.setEdgeWeight(copy, 1.0 / weighted.getEdgeWeight(e));
        }
        return g;
    }

}
