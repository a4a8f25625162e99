package nl.vico.analyzer.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BitParallelDistancesTest {

    private static void assertSameAsOneBfsPerSource(StakeholderNetwork network, int threads) {
        var graph = CompactGraph.of(network);
        int n = graph.vertexCount();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        var perSource = ShortestPaths.unweighted(graph, false, all, 1, false, true);
        var bitParallel = ShortestPaths.distancesBitParallel(graph, threads);
        assertThat(bitParallel.reach()).containsExactly(perSource.reach());
        assertThat(bitParallel.distanceSum()).containsExactly(perSource.distanceSum());
        assertThat(bitParallel.eccentricity()).containsExactly(perSource.eccentricity());
        for (int v = 0; v < n; v++) {
            assertThat(bitParallel.harmonicSum()[v]).isCloseTo(perSource.harmonicSum()[v], within(1e-9));
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 0.5", "2, 63, 0.05", "3, 64, 0.05", "4, 65, 0.02", "5, 700, 0.004", "6, 1100, 0.01"})
    void randomNetworks_matchOneBfsPerSource(long seed, int n, double p) {
        // sizes around one batch of 64 and beyond 8 chunks of batches; sparse ones fall apart into pieces
        assertSameAsOneBfsPerSource(Networks.random(seed, n, p, true), 2);
    }

    @ParameterizedTest
    @CsvSource({"1", "2"})
    void longPathsAndRings_matchOneBfsPerSource(int threads) {
        assertSameAsOneBfsPerSource(Networks.path(300), threads);
        assertSameAsOneBfsPerSource(Networks.ring(129), threads);
        assertSameAsOneBfsPerSource(Networks.isolated("a", "b", "c"), threads);
    }
}
