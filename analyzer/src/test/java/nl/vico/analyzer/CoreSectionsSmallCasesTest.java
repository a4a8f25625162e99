package nl.vico.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.testing.CoreReport;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;

/** The core keys on networks small enough to derive every value by hand (derivations in the comments). */
class CoreSectionsSmallCasesTest {
    private static final double EPS = 1e-12;

    private static double num(Map<String, Object> values, String key) {
        Object v = values.get(key);
        assertThat(v).as(key).isInstanceOf(Number.class);
        return ((Number) v).doubleValue();
    }

    @Test
    void emptyNetwork_givesDefinedEmptyResults() {
        AnalysisReport r = CoreReport.of(StakeholderNetwork.empty("none"));
        assertThat(r.actors()).isEmpty();
        assertThat(r.network()).containsEntry("n_actors", 0).containsEntry("n_edges_undirected", 0)
                .containsEntry("n_components", 0).containsEntry("component_sizes", List.of())
                .containsEntry("isolates", List.of()).containsEntry("articulation_points", List.of())
                .containsEntry("bridges", List.of()).containsEntry("n_communities", 0)
                .containsEntry("density", null).containsEntry("diameter", null)
                .containsEntry("average_shortest_path_length", null).containsEntry("average_clustering", null)
                .containsEntry("degree_assortativity", null).containsEntry("modularity", null)
                .containsEntry("degree_centralization", null).containsEntry("transitivity", 0.0);
    }

    @Test
    void oneActor_isItsOwnComponentAndCommunity_withUndefinedRatios() {
        var a = CoreReport.of(Networks.isolated("solo")).actors().get("solo");
        var net = CoreReport.of(Networks.isolated("solo")).network();
        assertThat(a).containsEntry("degree", 0).containsEntry("degree_centrality", null)
                .containsEntry("betweenness", 0.0).containsEntry("closeness", null)
                .containsEntry("closeness_component", null).containsEntry("harmonic", null)
                .containsEntry("pagerank", 1.0).containsEntry("eigenvector", 1.0).containsEntry("k_core", 0)
                .containsEntry("clustering", 0.0).containsEntry("articulation_point", false)
                .containsEntry("community", 0);
        assertThat(net).containsEntry("n_components", 1).containsEntry("isolates", List.of("solo"))
                .containsEntry("diameter", 0).containsEntry("average_shortest_path_length", null)
                .containsEntry("density", null).containsEntry("modularity", null);
    }

    @Test
    void twoTiedActors_areOneBridgeApart() {
        var r = CoreReport.of(Networks.undirected(List.of("a", "b"), "a-b"));
        var a = r.actors().get("a");
        // n = 2: degree centrality 1/1, closeness ((2-1)/1)·((2-1)/1) = 1, pagerank 1/2 by symmetry
        assertThat(num(a, "degree_centrality")).isEqualTo(1.0);
        assertThat(num(a, "closeness")).isEqualTo(1.0);
        assertThat(num(a, "harmonic")).isEqualTo(1.0);
        assertThat(num(a, "pagerank")).isCloseTo(0.5, within(1e-9));
        assertThat(num(a, "betweenness")).isZero();
        assertThat(r.network()).containsEntry("bridges", List.of(List.of("a", "b")))
                .containsEntry("articulation_points", List.of()).containsEntry("diameter", 1)
                .containsEntry("average_shortest_path_length", 1.0).containsEntry("density", 1.0)
                .containsEntry("degree_centralization", null).containsEntry("closeness_centralization", null);
    }

    @Test
    void star_isFullyCentralised() {
        var r = CoreReport.of(Networks.star("hub", "a", "b", "c", "d"));
        var hub = r.actors().get("hub");
        var leaf = r.actors().get("a");
        assertThat(num(r.network(), "degree_centralization")).isCloseTo(1.0, within(EPS));
        assertThat(num(r.network(), "betweenness_centralization")).isCloseTo(1.0, within(EPS));
        assertThat(num(r.network(), "closeness_centralization")).isCloseTo(1.0, within(EPS));
        // the hub lies on the one shortest path of each of the C(4,2) = 6 leaf pairs
        assertThat(num(hub, "betweenness_raw")).isCloseTo(6.0, within(EPS));
        assertThat(num(hub, "betweenness")).isCloseTo(1.0, within(EPS));
        assertThat(num(leaf, "betweenness")).isZero();
        // a leaf: S = 1 + 2·3 = 7, closeness 4/7; harmonic (1 + 3·½)/4 = 0.625
        assertThat(num(leaf, "closeness")).isCloseTo(4.0 / 7.0, within(EPS));
        assertThat(num(leaf, "harmonic")).isCloseTo(0.625, within(EPS));
        // pagerank: x_l = 0.15/5 + 0.85·x_h/4 and x_h + 4·x_l = 1 give x_h = 0.88/1.85
        assertThat(num(hub, "pagerank")).isCloseTo(0.88 / 1.85, within(1e-9));
        assertThat(num(leaf, "pagerank")).isCloseTo((1 - 0.88 / 1.85) / 4, within(1e-9));
        // eigenvector of K(1,4), λ = 2: leaves = hub/2, unit norm gives hub 1/√2, leaves 1/√8 (bipartite)
        assertThat(num(hub, "eigenvector")).isCloseTo(1 / Math.sqrt(2), within(1e-9));
        assertThat(num(leaf, "eigenvector")).isCloseTo(1 / Math.sqrt(8), within(1e-9));
        assertThat(hub).containsEntry("articulation_point", true).containsEntry("k_core", 1);
        assertThat(r.network()).containsEntry("articulation_points", List.of("hub"))
                .containsEntry("transitivity", 0.0).containsEntry("diameter", 2);
        assertThat((List<?>) r.network().get("bridges")).hasSize(4);
        // every tie joins degree 4 to degree 1: perfectly disassortative
        assertThat(num(r.network(), "degree_assortativity")).isCloseTo(-1.0, within(EPS));
    }

    @Test
    void ring_hasNoCentralisationAndEqualActors() {
        var r = CoreReport.of(Networks.ring(6));
        assertThat(num(r.network(), "degree_centralization")).isCloseTo(0.0, within(EPS));
        assertThat(num(r.network(), "betweenness_centralization")).isCloseTo(0.0, within(EPS));
        assertThat(num(r.network(), "closeness_centralization")).isCloseTo(0.0, within(EPS));
        // C6: 6 pairs at distance 2 give 1 credit, 3 pairs at distance 3 give 2 (two paths, two inner
        // actors each): 12 credits over 6 actors = 2 each; normalised 2·2/(5·4) = 0.2
        for (var a : r.actors().values()) {
            assertThat(num(a, "betweenness_raw")).isCloseTo(2.0, within(EPS));
            assertThat(num(a, "betweenness")).isCloseTo(0.2, within(EPS));
            assertThat(num(a, "pagerank")).isCloseTo(1.0 / 6, within(1e-9));
            assertThat(num(a, "eigenvector")).isCloseTo(1 / Math.sqrt(6), within(1e-9));
            assertThat(a).containsEntry("k_core", 2).containsEntry("articulation_point", false);
        }
        // distances from an actor: 1, 1, 2, 2, 3 → mean 9/5
        assertThat(r.network()).containsEntry("diameter", 3).containsEntry("bridges", List.of())
                .containsEntry("degree_assortativity", null);
        assertThat(num(r.network(), "average_shortest_path_length")).isCloseTo(1.8, within(EPS));
    }

    @Test
    void path_hasEveryInnerActorAsCutPoint() {
        var r = CoreReport.of(Networks.path(5));
        // v1 separates v0 from v2, v3, v4 (3 pairs); v2 separates {v0, v1} from {v3, v4} (4 pairs)
        assertThat(num(r.actors().get("v1"), "betweenness_raw")).isCloseTo(3.0, within(EPS));
        assertThat(num(r.actors().get("v2"), "betweenness_raw")).isCloseTo(4.0, within(EPS));
        assertThat(num(r.actors().get("v0"), "betweenness_raw")).isZero();
        assertThat(r.network()).containsEntry("articulation_points", List.of("v1", "v2", "v3"))
                .containsEntry("diameter", 4).containsEntry("n_components", 1);
        assertThat((List<?>) r.network().get("bridges")).hasSize(4);
        // ordered pairs: 2·(4·1 + 3·2 + 2·3 + 1·4) = 40 over 20 pairs
        assertThat(num(r.network(), "average_shortest_path_length")).isCloseTo(2.0, within(EPS));
    }

    @Test
    void twoCliquesJoinedByABridge_splitIntoTwoCommunities() {
        var r = CoreReport.of(Networks.twoCliquesWithBridge(4));
        for (String id : List.of("a0", "a1", "a2", "a3")) {
            assertThat(r.actors().get(id)).containsEntry("community", 0).containsEntry("k_core", 3);
        }
        for (String id : List.of("b0", "b1", "b2", "b3")) {
            assertThat(r.actors().get(id)).containsEntry("community", 1);
        }
        // m = 13; each side: 6 inside ties, degree sum 13: Q = 2·(6/13 − (13/26)²) = 12/13 − 1/2
        assertThat(num(r.network(), "modularity")).isCloseTo(12.0 / 13 - 0.5, within(EPS));
        assertThat(r.network()).containsEntry("n_communities", 2)
                .containsEntry("bridges", List.of(List.of("a0", "b0")))
                .containsEntry("articulation_points", List.of("a0", "b0"));
        // a0's neighbours a1, a2, a3, b0: 3 of their 6 pairs are tied
        assertThat(num(r.actors().get("a0"), "clustering")).isCloseTo(0.5, within(EPS));
        assertThat(num(r.actors().get("a1"), "clustering")).isCloseTo(1.0, within(EPS));
    }

    @Test
    void isolates_areReported_andMeasuresStayDefined() {
        var r = CoreReport.of(Networks.undirected(List.of("a", "b", "c", "d"), "a-b"));
        assertThat(r.network()).containsEntry("n_components", 3).containsEntry("component_sizes", List.of(2, 1, 1))
                .containsEntry("isolates", List.of("c", "d")).containsEntry("closeness_centralization", null)
                .containsEntry("diameter", 1).containsEntry("average_shortest_path_length", 1.0)
                .containsEntry("n_communities", 3);
        var c = r.actors().get("c");
        assertThat(c).containsEntry("closeness", 0.0).containsEntry("closeness_component", null)
                .containsEntry("harmonic", 0.0).containsEntry("community", 1);
        // a: ((2−1)/1)·((2−1)/3) = 1/3 (Wasserman–Faust)
        assertThat(num(r.actors().get("a"), "closeness")).isCloseTo(1.0 / 3, within(EPS));
        // pagerank: isolates y = 0.15/4 + 0.85·2y/4 → y = 0.0375/0.575; a = b = 1/2 − y
        double y = 0.0375 / 0.575;
        assertThat(num(c, "pagerank")).isCloseTo(y, within(1e-9));
        assertThat(num(r.actors().get("a"), "pagerank")).isCloseTo(0.5 - y, within(1e-9));
        // A + I grows the tied pair by 2 per step and the isolates by 1: isolates tend to 0
        assertThat(num(c, "eigenvector")).isCloseTo(0.0, within(1e-9));
        assertThat(num(r.actors().get("a"), "eigenvector")).isCloseTo(1 / Math.sqrt(2), within(1e-9));
    }

    @Test
    void selfLoopsAndParallelTies_areDroppedAndMerged_forTheUnweightedKeys() {
        var messy = StakeholderNetwork.builder("messy")
                .actor("a", ActorType.RESIDENT).actor("b", ActorType.SCHOOL).actor("c", ActorType.FOUNDATION)
                .tie(new Tie("a", "b", TieKind.COLLABORATES, 2.0, false))
                .tie(new Tie("a", "b", TieKind.TRUSTS, 1.0, false))
                .tie(new Tie("b", "a", TieKind.FUNDS, 4.0, true))
                .tie(new Tie("a", "a", TieKind.TRUSTS, 1.0, false))
                .tie(new Tie("b", "c", TieKind.COLLABORATES, 1.0, false))
                .build();
        var plain = Networks.undirected(List.of("a", "b", "c"), "a-b", "b-c");
        var r = CoreReport.of(messy);
        var p = CoreReport.of(plain);
        assertThat(r.network()).containsEntry("n_tie_rows", 5).containsEntry("n_edges_undirected", 2)
                .containsEntry("self_loops_dropped", 1).containsEntry("parallel_ties_collapsed", 2)
                .containsEntry("has_directed_ties", true).containsEntry("weighted", true);
        for (String id : List.of("a", "b", "c")) {
            for (String key : List.of("degree", "betweenness", "closeness", "harmonic", "pagerank", "clustering",
                    "k_core", "eigenvector")) {
                assertThat(num(r.actors().get(id), key)).as(id + "." + key)
                        .isCloseTo(num(p.actors().get(id), key), within(1e-12));
            }
        }
        // strength sums every tie of the pair: a = 2 + 1 + 4
        assertThat(num(r.actors().get("a"), "strength")).isEqualTo(7.0);
        assertThat(num(r.actors().get("b"), "strength")).isEqualTo(8.0);
        // directed view: a→b (2, 1), b→a (2, 1, 4), b↔c
        assertThat(r.actors().get("a")).containsEntry("out_degree", 1).containsEntry("in_degree", 1);
        assertThat(r.actors().get("b")).containsEntry("out_degree", 2).containsEntry("in_degree", 2);
    }

    @Test
    void directedKeys_followTheDirectionOfTies() {
        // a → b → c, and an undirected c – d
        var network = StakeholderNetwork.builder("chain")
                .actor("a", ActorType.MUNICIPALITY).actor("b", ActorType.FOUNDATION)
                .actor("c", ActorType.RESIDENT_GROUP).actor("d", ActorType.RESIDENT)
                .tie("a", "b", TieKind.FUNDS).tie("b", "c", TieKind.FUNDS).tie("c", "d", TieKind.COLLABORATES)
                .build();
        var r = CoreReport.of(network);
        assertThat(r.actors().get("a")).containsEntry("in_degree", 0).containsEntry("out_degree", 1);
        assertThat(r.actors().get("c")).containsEntry("in_degree", 2).containsEntry("out_degree", 1);
        // ordered pairs through b: (a,c), (a,d); through c: (a,d), (b,d); normalised by (n−1)(n−2) = 6
        assertThat(num(r.actors().get("b"), "betweenness_directed")).isCloseTo(2.0 / 6, within(EPS));
        assertThat(num(r.actors().get("c"), "betweenness_directed")).isCloseTo(2.0 / 6, within(EPS));
        assertThat(num(r.actors().get("a"), "betweenness_directed")).isZero();
        // pagerank_directed: a has no incoming arc, so only the teleport and dangling share reach it,
        // which is less than the undirected walk gives it
        assertThat(num(r.actors().get("a"), "pagerank_directed")).isLessThan(num(r.actors().get("a"), "pagerank"));
        double total = 0;
        for (var a : r.actors().values()) {
            total += num(a, "pagerank_directed");
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void weightedKeys_readStrongTiesAsShortPaths() {
        // triangle a–b (weight 4), b–c (weight 4), a–c (weight 1): with lengths 1/w, a→b→c costs 0.5 < 1,
        // so the strong route through b is the shortest one and b gets the pair (a, c)
        var network = StakeholderNetwork.builder("tri")
                .actor("a", ActorType.RESIDENT).actor("b", ActorType.BROKER).actor("c", ActorType.MUNICIPALITY)
                .tie(new Tie("a", "b", TieKind.TRUSTS, 4.0, false))
                .tie(new Tie("b", "c", TieKind.TRUSTS, 4.0, false))
                .tie(new Tie("a", "c", TieKind.TRUSTS, 1.0, false))
                .build();
        var r = CoreReport.of(network);
        assertThat(num(r.actors().get("b"), "betweenness_weighted")).isCloseTo(1.0, within(EPS));
        assertThat(num(r.actors().get("b"), "betweenness")).isZero();
        // weighted pagerank: a sends 4/5 of its walk to b, so b outranks a and c
        assertThat(num(r.actors().get("b"), "pagerank_weighted")).isGreaterThan(num(r.actors().get("a"), "pagerank_weighted"));
        assertThat(num(r.actors().get("a"), "pagerank")).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void relabelling_theActors_changesNoActorsValues() {
        var network = Networks.random(99, 40, 0.1, true, 1, 2, 3);
        var actors = new java.util.ArrayList<>(network.actors());
        java.util.Collections.reverse(actors);
        java.util.Collections.swap(actors, 3, 17);
        var shuffled = new StakeholderNetwork("shuffled", actors, network.ties(), List.of(), List.of(), List.of());
        var a = CoreReport.of(network);
        var b = CoreReport.of(shuffled);
        for (var id : a.actors().keySet()) {
            var x = a.actors().get(id);
            var y = b.actors().get(id);
            for (var key : x.keySet()) {
                if (key.equals("community")) {
                    continue; // Louvain visits actors in a seeded order that depends on their positions
                }
                Object vx = x.get(key);
                Object vy = y.get(key);
                if (vx instanceof Double dx) {
                    assertThat((Double) vy).as(id + "." + key).isCloseTo(dx, within(1e-9 + 1e-9 * Math.abs(dx)));
                } else {
                    assertThat(vy).as(id + "." + key).isEqualTo(vx);
                }
            }
        }
        for (var key : List.of("n_components", "component_sizes", "isolates", "articulation_points", "bridges",
                "diameter", "n_edges_undirected")) {
            assertThat(b.network().get(key)).as(key).isEqualTo(a.network().get(key));
        }
        for (var key : List.of("transitivity", "average_clustering", "average_shortest_path_length",
                "degree_assortativity", "degree_centralization", "betweenness_centralization")) {
            assertThat(num(b.network(), key)).as(key).isCloseTo(num(a.network(), key), within(1e-12));
        }
    }
}
