package nl.vico.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompactGraphTest {

    /** a–b three times (two undirected, one directed b→a), c→d directed, d–d self-loop, e isolated. */
    private static StakeholderNetwork messy() {
        return StakeholderNetwork.builder("messy")
                .actor("a", ActorType.RESIDENT).actor("b", ActorType.SCHOOL).actor("c", ActorType.MUNICIPALITY)
                .actor("d", ActorType.FOUNDATION).actor("e", ActorType.BUSINESS)
                .tie(new Tie("a", "b", TieKind.COLLABORATES, 2.0, false))
                .tie(new Tie("b", "a", TieKind.FUNDS, 3.0, true))
                .tie(new Tie("a", "b", TieKind.TRUSTS, 1.0, false))
                .tie(new Tie("c", "d", TieKind.FUNDS, 5.0, true))
                .tie(new Tie("d", "d", TieKind.TRUSTS, 1.0, false))
                .build();
    }

    @Test
    void undirectedView_mergesEveryTieOfAPair_andSumsTheirWeights() {
        var g = CompactGraph.of(messy());
        assertThat(g.vertexCount()).isEqualTo(5);
        assertThat(g.edgeCount()).isEqualTo(2);
        // a–b: 2 + 3 + 1 = 6; c–d: 5
        assertThat(g.weight(0, 1)).isEqualTo(6.0);
        assertThat(g.weight(1, 0)).isEqualTo(6.0);
        assertThat(g.weight(2, 3)).isEqualTo(5.0);
        assertThat(g.weight(0, 2)).isZero();
        assertThat(g.adjacent(0, 1)).isTrue();
        assertThat(g.adjacent(3, 2)).isTrue();
        assertThat(g.adjacent(3, 3)).isFalse();
        assertThat(new int[] {g.degree(0), g.degree(1), g.degree(2), g.degree(3), g.degree(4)})
                .containsExactly(1, 1, 1, 1, 0);
        assertThat(g.offsets()).containsExactly(0, 1, 2, 3, 4, 4);
        assertThat(g.neighbours()).containsExactly(1, 0, 3, 2);
    }

    @Test
    void directedView_countsUndirectedTiesBothWays_andDirectedTiesOneWay() {
        var g = CompactGraph.of(messy());
        // arcs: a→b (2 + 1 from the undirected ties), b→a (2 + 3 + 1), c→d (5)
        assertThat(g.arcCount()).isEqualTo(3);
        assertThat(g.arcWeight(0, 1)).isEqualTo(3.0);
        assertThat(g.arcWeight(1, 0)).isEqualTo(6.0);
        assertThat(g.arcWeight(2, 3)).isEqualTo(5.0);
        assertThat(g.hasArc(3, 2)).isFalse();
        assertThat(g.outDegree(2)).isEqualTo(1);
        assertThat(g.inDegree(2)).isZero();
        assertThat(g.inDegree(3)).isEqualTo(1);
        assertThat(g.outDegree(3)).isZero();
        assertThat(g.inNeighbours()).containsExactly(1, 0, 2);
        assertThat(g.inOffsets()).containsExactly(0, 1, 2, 2, 3, 3);
        assertThat(g.inWeights()).containsExactly(6.0, 3.0, 5.0);
    }

    @Test
    void counters_reportDroppedSelfLoopsCollapsedTiesAndDirection() {
        var g = CompactGraph.of(messy());
        assertThat(g.selfLoopsDropped()).isEqualTo(1);
        // four ties between distinct actors fall onto two pairs
        assertThat(g.parallelTiesCollapsed()).isEqualTo(2);
        assertThat(g.hasDirectedTies()).isTrue();
    }

    @Test
    void hasDirectedTies_countsADirectedSelfLoopAsADirectedTie() {
        var network = StakeholderNetwork.builder("loop").actor("a", ActorType.RESIDENT)
                .tie(new Tie("a", "a", TieKind.INFORMS, 1.0, true)).build();
        var g = CompactGraph.of(network);
        assertThat(g.hasDirectedTies()).isTrue();
        assertThat(g.arcCount()).isZero();
        assertThat(g.selfLoopsDropped()).isEqualTo(1);
    }

    @Test
    void emptyNetwork_givesEmptyViews() {
        var g = CompactGraph.of(StakeholderNetwork.empty("none"));
        assertThat(g.vertexCount()).isZero();
        assertThat(g.edgeCount()).isZero();
        assertThat(g.arcCount()).isZero();
        assertThat(g.offsets()).containsExactly(0);
        assertThat(g.hasDirectedTies()).isFalse();
    }

    @Test
    void oneActor_hasNoNeighbours() {
        var g = CompactGraph.of(Networks.isolated("solo"));
        assertThat(g.vertexCount()).isEqualTo(1);
        assertThat(g.degree(0)).isZero();
        assertThat(g.offsets()).containsExactly(0, 0);
        assertThat(g.outOffsets()).containsExactly(0, 0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomNetworks_matchANaiveMapBasedConstruction(long seed) {
        var network = Networks.random(seed, 40 + (int) seed * 7, 0.15, true, 1, 2, 3.5);
        var g = CompactGraph.of(network);
        int n = network.size();
        Map<Long, Double> pair = new HashMap<>();
        Map<Long, Double> arc = new HashMap<>();
        int loops = 0;
        boolean directed = false;
        for (Tie t : network.ties()) {
            int s = network.indexOf(t.source());
            int d = network.indexOf(t.target());
            directed |= t.directed();
            if (s == d) {
                loops++;
                continue;
            }
            pair.merge((long) Math.min(s, d) * n + Math.max(s, d), t.weight(), Double::sum);
            arc.merge((long) s * n + d, t.weight(), Double::sum);
            if (!t.directed()) {
                arc.merge((long) d * n + s, t.weight(), Double::sum);
            }
        }
        assertThat(g.edgeCount()).isEqualTo(pair.size());
        assertThat(g.arcCount()).isEqualTo(arc.size());
        assertThat(g.selfLoopsDropped()).isEqualTo(loops);
        assertThat(g.parallelTiesCollapsed()).isEqualTo(network.ties().size() - loops - pair.size());
        assertThat(g.hasDirectedTies()).isEqualTo(directed);
        for (int u = 0; u < n; u++) {
            assertSortedRow(g.neighbours(), g.offsets(), u);
            assertSortedRow(g.outNeighbours(), g.outOffsets(), u);
            assertSortedRow(g.inNeighbours(), g.inOffsets(), u);
            for (int v = 0; v < n; v++) {
                Double w = u == v ? null : pair.get((long) Math.min(u, v) * n + Math.max(u, v));
                assertThat(g.adjacent(u, v)).isEqualTo(w != null);
                assertThat(g.weight(u, v)).isCloseTo(w == null ? 0.0 : w, within(1e-12));
                Double a = arc.get((long) u * n + v);
                assertThat(g.hasArc(u, v)).isEqualTo(a != null);
                assertThat(g.arcWeight(u, v)).isCloseTo(a == null ? 0.0 : a, within(1e-12));
            }
        }
        // the in-view is the transpose of the out-view, weights included
        for (int v = 0; v < n; v++) {
            for (int i = g.inOffsets()[v]; i < g.inOffsets()[v + 1]; i++) {
                int u = g.inNeighbours()[i];
                assertThat(g.hasArc(u, v)).isTrue();
                assertThat(g.inWeights()[i]).isEqualTo(g.arcWeight(u, v));
            }
        }
        assertThat(g.inNeighbours()).hasSize(g.arcCount());
    }

    @Test
    void weights_areKeptAsFloats_onlyWhenEverySumIsOneExactly() {
        // 2 + 3 + 1, 5: whole numbers, floats exactly
        assertThat(CompactGraph.of(messy()).floatWeights()).isTrue();
        var tenths = StakeholderNetwork.builder("tenths").actor("a", ActorType.RESIDENT).actor("b", ActorType.SCHOOL)
                .tie(new Tie("a", "b", TieKind.TRUSTS, 0.1, false))
                .tie(new Tie("a", "b", TieKind.INFORMS, 0.2, true)).build();
        var g = CompactGraph.of(tenths);
        assertThat(g.floatWeights()).isFalse();
        // the sum in double arithmetic, not in float: 0.1 + 0.2 = 0.30000000000000004
        assertThat(g.weight(0, 1)).isEqualTo(0.1 + 0.2);
        assertThat(g.weights()).containsExactly(0.1 + 0.2, 0.1 + 0.2);
        // the directed view: a→b both ties, b→a the undirected one only
        assertThat(g.arcWeight(0, 1)).isEqualTo(0.1 + 0.2);
        assertThat(g.arcWeight(1, 0)).isEqualTo(0.1);
    }

    @Test
    void parallelTies_areSummedInTieOrder() {
        // (1e16 + 1) + 1 = 1e16 in doubles (each 1 is half an ulp and rounds to even), while
        // 1 + 1 + 1e16 = 1e16 + 2: only the order of the ties decides which one the views hold
        var network = StakeholderNetwork.builder("order").actor("a", ActorType.RESIDENT).actor("b", ActorType.SCHOOL)
                .tie(new Tie("a", "b", TieKind.TRUSTS, 1e16, false))
                .tie(new Tie("b", "a", TieKind.INFORMS, 1.0, false))
                .tie(new Tie("a", "b", TieKind.FUNDS, 1.0, false)).build();
        double expected = (1e16 + 1.0) + 1.0;
        assertThat(expected).isNotEqualTo(1.0 + 1.0 + 1e16);
        var g = CompactGraph.of(network);
        assertThat(g.weight(0, 1)).isEqualTo(expected);
        assertThat(g.weight(1, 0)).isEqualTo(expected);
        assertThat(g.arcWeight(0, 1)).isEqualTo(expected);
        assertThat(g.inWeights()).containsExactly(expected, expected);
    }

    @Test
    void undirectedNetwork_sharesItsArraysAsTheDirectedView() {
        var network = StakeholderNetwork.builder("u").actor("a", ActorType.RESIDENT).actor("b", ActorType.SCHOOL)
                .actor("c", ActorType.BROKER).tie("a", "b", TieKind.TRUSTS).tie("c", "b", TieKind.COLLABORATES).build();
        var g = CompactGraph.of(network);
        assertThat(g.outNeighbours()).isSameAs(g.neighbours());
        assertThat(g.inOffsets()).isSameAs(g.offsets());
        assertThat(g.arcCount()).isEqualTo(4);
    }

    @Test
    void directedView_madeOnFirstUse_isOneViewForEveryThread() throws Exception {
        var network = Networks.random(11, 300, 0.05, true, 1, 2, 3);
        var g = CompactGraph.of(network);
        int threads = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<int[][]>>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return new int[][] {g.inNeighbours(), g.outNeighbours()};
                }));
            }
            start.countDown();
            int[][] first = futures.get(0).get();
            for (var f : futures) {
                assertThat(f.get()[0]).isSameAs(first[0]);
                assertThat(f.get()[1]).isSameAs(first[1]);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSortedRow(int[] nb, int[] off, int u) {
        for (int i = off[u] + 1; i < off[u + 1]; i++) {
            assertThat(nb[i]).isGreaterThan(nb[i - 1]);
        }
    }
}
