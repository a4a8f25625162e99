package nl.vico.analyzer.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 64-sources-at-once pass against the plain one-search-per-source Brandes (the reference, itself
 * checked against JGraphT and the published reference values elsewhere): same dependencies, same distance
 * statistics, whatever the batch boundaries, the view, the sources and the thread count.
 */
class BitParallelBrandesTest {

    private static int[] all(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static void assertSameDependencies(double[] expected, double[] actual) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int v = 0; v < expected.length; v++) {
            // sums of the same terms in another order: equal up to rounding
            assertThat(actual[v]).as("actor %d", v).isCloseTo(expected[v], within(1e-12 * Math.max(1, expected[v])));
        }
    }

    private static void assertSameAsPerSource(StakeholderNetwork network, boolean directed, int[] sources, int threads) {
        var graph = CompactGraph.of(network);
        var reference = ShortestPaths.perSource(graph, directed, sources, 1, true, false);
        var fast = ShortestPaths.bitParallel(graph, LocalOrder.of(graph), directed, sources, threads, false);
        assertSameDependencies(reference.dependency(), fast.dependency());
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 0.5", "2, 2, 1.0", "3, 63, 0.08", "4, 64, 0.08", "5, 65, 0.05", "6, 130, 0.03",
        "7, 300, 0.01", "8, 700, 0.008", "9, 200, 0.2"})
    void dependencies_matchOneSearchPerSource_undirectedAndDirected(long seed, int n, double p) {
        // around one batch of 64, several batches over the 8 chunks, sparse pieces and a dense network;
        // the messy networks carry directed, repeated and self-loop ties
        var network = Networks.random(seed, n, p, true);
        assertSameAsPerSource(network, false, all(n), 2);
        assertSameAsPerSource(network, true, all(n), 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void dependencies_matchOneSearchPerSource_onPathsRingsStarsAndIsolates(int threads) {
        // a long path has hundreds of levels; a star one level of 299 actors; isolates reach nobody
        for (var network : new StakeholderNetwork[] {Networks.path(300), Networks.ring(129),
            Networks.star("hub", leaves(299)), Networks.twoCliquesWithBridge(40), Networks.isolated("a", "b", "c")}) {
            int n = network.size();
            assertSameAsPerSource(network, false, all(n), threads);
            assertSameAsPerSource(network, true, all(n), threads);
        }
    }

    @ParameterizedTest
    @CsvSource({"11, 1", "12, 64", "13, 65", "14, 150"})
    void dependencies_fromASampleOfSources_matchOneSearchPerSource(long seed, int k) {
        var network = Networks.random(seed, 400, 0.02, true);
        var random = new SplittableRandom(seed);
        int[] sources = random.ints(0, 400).distinct().limit(k).toArray();
        assertSameAsPerSource(network, false, sources, 2);
        assertSameAsPerSource(network, true, sources, 2);
    }

    @ParameterizedTest
    @CsvSource({"21, 100, 0.05", "22, 333, 0.01", "23, 129, 0.3"})
    void distanceStatistics_matchOneSearchPerSource(long seed, int n, double p) {
        var graph = CompactGraph.of(Networks.random(seed, n, p, true));
        var reference = ShortestPaths.perSource(graph, false, all(n), 1, true, true);
        var fast = ShortestPaths.bitParallel(graph, LocalOrder.of(graph), false, all(n), 2, true);
        assertThat(fast.reach()).containsExactly(reference.reach());
        assertThat(fast.distanceSum()).containsExactly(reference.distanceSum());
        assertThat(fast.eccentricity()).containsExactly(reference.eccentricity());
        for (int v = 0; v < n; v++) {
            assertThat(fast.harmonicSum()[v]).isCloseTo(reference.harmonicSum()[v], within(1e-12 * n));
        }
        assertSameDependencies(reference.dependency(), fast.dependency());
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32})
    void result_isTheSameBits_forEveryThreadCount(long seed) {
        var graph = CompactGraph.of(Networks.random(seed, 600, 0.01, true));
        var order = LocalOrder.of(graph);
        double[] one = ShortestPaths.bitParallel(graph, order, false, all(600), 1, true).dependency();
        for (int threads : new int[] {2, 3, 8}) {
            assertThat(ShortestPaths.bitParallel(graph, order, false, all(600), threads, true).dependency())
                    .containsExactly(one);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 65})
    void batch_refusesAnEmptyOrOversizedBatch(int size) {
        var graph = CompactGraph.of(Networks.path(100));
        var kernel = new BitParallelBrandes(graph.offsets(), graph.neighbours());
        assertThatThrownBy(() -> kernel.batch(all(100), 0, size, new double[100], null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42})
    void localOrder_isAPermutation_andItsRowsAreTheSameGraph(long seed) {
        var graph = CompactGraph.of(Networks.random(seed, 200, 0.03, true, 1, 2, 3));
        var order = LocalOrder.of(graph);
        int n = graph.vertexCount();
        boolean[] hit = new boolean[n];
        for (int k = 0; k < n; k++) {
            assertThat(order.label(order.actor(k))).isEqualTo(k);
            hit[order.actor(k)] = true;
        }
        assertThat(hit).doesNotContain(false);
        var rows = order.relabel(graph.offsets(), graph.neighbours());
        double[] w = rows.doubles(graph.weights());
        for (int k = 0; k < n; k++) {
            int v = order.actor(k);
            assertThat(rows.offsets()[k + 1] - rows.offsets()[k]).isEqualTo(graph.degree(v));
            for (int p = rows.offsets()[k]; p < rows.offsets()[k + 1]; p++) {
                if (p > rows.offsets()[k]) {
                    assertThat(rows.neighbours()[p]).isGreaterThan(rows.neighbours()[p - 1]);
                }
                int u = order.actor(rows.neighbours()[p]);
                assertThat(graph.adjacent(v, u)).isTrue();
                assertThat(w[p]).isEqualTo(graph.weight(v, u));
            }
        }
    }

    private static String[] leaves(int k) {
        String[] ids = new String[k];
        Arrays.setAll(ids, i -> "l" + i);
        return ids;
    }
}
