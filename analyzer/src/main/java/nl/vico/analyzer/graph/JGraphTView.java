package nl.vico.analyzer.graph;

import nl.vico.model.StakeholderNetwork;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The network as a JGraphT graph, for callers that want JGraphT's algorithms (and for tests that check
 * vico's array implementations against an independent one). Vertices are actor ids; the edges are those
 * of {@link CompactGraph}'s views with the same summed weights. Building costs O(n + m) and boxed objects
 * per vertex and edge: the hot analyses of vico use {@link CompactGraph} instead.
 */
public final class JGraphTView {
    private JGraphTView() {
    }

    /** Undirected simple graph: one edge per pair of actors joined by any tie, weight = summed tie weights. */
    public static Graph<String, DefaultWeightedEdge> undirected(StakeholderNetwork network) {
        return undirected(network, CompactGraph.of(network));
    }

    /** As {@link #undirected(StakeholderNetwork)}, reusing an already built compact graph of the same network. */
    public static Graph<String, DefaultWeightedEdge> undirected(StakeholderNetwork network, CompactGraph graph) {
        var g = new SimpleWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        network.actors().forEach(a -> g.addVertex(a.id()));
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        double[] w = graph.weights();
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int i = off[u]; i < off[u + 1]; i++) {
                int v = nb[i];
                if (u < v) {
                    var e = g.addEdge(network.actor(u).id(), network.actor(v).id());
                    g.setEdgeWeight(e, w[i]);
                }
            }
        }
        return g;
    }

    /** Directed simple graph: directed ties one way, undirected ties both ways, weight = summed tie weights. */
    public static Graph<String, DefaultWeightedEdge> directed(StakeholderNetwork network) {
        var graph = CompactGraph.of(network);
        var g = new SimpleDirectedWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        network.actors().forEach(a -> g.addVertex(a.id()));
        int[] off = graph.outOffsets();
        int[] nb = graph.outNeighbours();
        double[] w = graph.outWeights();
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int i = off[u]; i < off[u + 1]; i++) {
                var e = g.addEdge(network.actor(u).id(), network.actor(nb[i]).id());
                g.setEdgeWeight(e, w[i]);
            }
        }
        return g;
    }
}
