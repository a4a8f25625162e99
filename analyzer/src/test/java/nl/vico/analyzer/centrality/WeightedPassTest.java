package nl.vico.analyzer.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeightedPassTest {

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void bucketQueue_andHeap_agreeOnWholeNumberWeights(long seed) {
        // weights 1..7, no repeated ties (so no summed weights): reciprocal lengths 420/w in the bucket
        // queue (lcm(1..7) = 420), 1/w in floating point in the heap; ~150 ties carry every weight
        var graph = CompactGraph.of(Networks.random(seed, 50, 0.12, false, 1, 2, 3, 4, 5, 6, 7));
        int n = graph.vertexCount();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        var integral = BetweennessAnalysis.IntegralLengths.of(graph.weights(), EdgeLength.RECIPROCAL_WEIGHT, n);
        assertThat(integral).isNotNull();
        assertThat(integral.unit()).isEqualTo(420.0);
        var exact = ShortestPaths.weightedIntegral(graph, integral.lengths(), integral.max(), all, 2);
        double[] reciprocal = new double[graph.weights().length];
        for (int i = 0; i < reciprocal.length; i++) {
            reciprocal[i] = 1.0 / graph.weights()[i];
        }
        var floating = ShortestPaths.weighted(graph, reciprocal, all, 2);
        for (int v = 0; v < n; v++) {
            assertThat(exact.dependency()[v]).isCloseTo(floating.dependency()[v], within(1e-9));
            assertThat(exact.reach()[v]).isEqualTo(floating.reach()[v]);
            assertThat(exact.distanceSum()[v] / 420.0).isCloseTo(floating.distanceSum()[v], within(1e-9));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 4097, 1.25})
    void integralLengths_areRefused_forFractionalOrHugeWeights(double odd) {
        assertThat(BetweennessAnalysis.IntegralLengths.of(new double[] {1, 2, odd}, EdgeLength.WEIGHT, 10)).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void integralLengths_useTheLeastCommonMultiple_forReciprocalLengths(int extra) {
        // weights 2, 3 and 4 (plus 1, 2 or 3): lcm 12, lengths 12/w
        var lengths = BetweennessAnalysis.IntegralLengths.of(new double[] {2, 3, 4, extra}, EdgeLength.RECIPROCAL_WEIGHT, 10);
        assertThat(lengths.unit()).isEqualTo(12.0);
        assertThat(lengths.lengths()).containsExactly(6, 4, 3, 12 / extra);
    }
}
