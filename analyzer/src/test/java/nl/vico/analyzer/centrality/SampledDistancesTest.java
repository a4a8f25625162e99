package nl.vico.analyzer.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.api.Test;

class SampledDistancesTest {

    /** 600 actors at mean degree about 3.6: one giant component, and small pieces and isolates beside it. */
    private static final StakeholderNetwork NETWORK = Networks.random(11, 600, 0.006, false);

    private static int[] sample(int n, int k, long seed) {
        int[] all = IntStream.range(0, n).toArray();
        var random = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return IntStream.of(all).limit(k).sorted().toArray();
    }

    @Test
    void estimates_stayWithinTheirBounds_andSmallComponentsAreExact() {
        var graph = CompactGraph.of(NETWORK);
        int n = graph.vertexCount();
        int k = 200;
        int[] sources = sample(n, k, 5);
        var pass = ShortestPaths.bitParallel(graph, LocalOrder.of(graph), false, sources, 2, true);
        var estimate = SampledDistances.estimate(graph, sources, pass);
        var exact = ShortestPaths.unweighted(graph, false, IntStream.range(0, n).toArray(), 1, false, true);
        assertThat(estimate.sample()).isEqualTo(k);
        assertThat(estimate.exact()).isFalse();
        assertThat(estimate.reach()).containsExactly(exact.reach());
        int maxEccentricity = 0;
        int estimatedActors = 0;
        for (int v = 0; v < n; v++) {
            maxEccentricity = Math.max(maxEccentricity, exact.eccentricity()[v]);
        }
        for (int v = 0; v < n; v++) {
            int r = exact.reach()[v];
            // a lower bound of the eccentricity, never above it
            assertThat(estimate.eccentricity(v)).isLessThanOrEqualTo(exact.eccentricity()[v]);
            // harmonic: a mean of k−[v sampled] terms 1/d ∈ [0, 1] drawn without replacement from the n−1
            // others; Hoeffding: P(|error| ≥ 0.2) ≤ 2·exp(−2·199·0.04) = 2.5e−7 per actor
            assertThat(estimate.harmonic(v)).isCloseTo(exact.harmonicSum()[v] / (n - 1.0), within(0.2));
            if (r > 1) {
                // mean distance to the others of the component: within ε·diameter, ε = 0.2 (Eppstein & Wang;
                // the component holds over 32 of the 200 sources whenever it is estimated at all)
                double trueMean = exact.distanceSum()[v] / (r - 1.0);
                double estimatedMean = estimate.distanceSum(v) / (r - 1.0);
                assertThat(estimatedMean).isCloseTo(trueMean, within(0.2 * maxEccentricity));
                if (estimate.distanceSum(v) != exact.distanceSum()[v]) {
                    estimatedActors++;
                }
            }
        }
        // the giant component was estimated; the pieces beside it (far fewer than 33 sources each) are exact
        assertThat(estimatedActors).isGreaterThan(n / 2);
        int giantSize = IntStream.of(exact.reach()).max().orElseThrow();
        for (int v = 0; v < n; v++) {
            if (exact.reach()[v] < giantSize) {
                assertThat(estimate.distanceSum(v)).as("actor %d", v).isEqualTo((double) exact.distanceSum()[v]);
                assertThat(estimate.eccentricity(v)).isEqualTo(exact.eccentricity()[v]);
            }
        }
    }

    @Test
    void doubleSweep_findsTheDiameterOfAPath() {
        // a path of 400: the largest distance a sample sees from an inner actor is short of 399, but the
        // sweep from the farthest actor found reaches an end, and from that end the other end: 399
        var graph = CompactGraph.of(Networks.path(400));
        int[] sources = sample(400, 100, 3);
        var pass = ShortestPaths.bitParallel(graph, LocalOrder.of(graph), false, sources, 1, true);
        var estimate = SampledDistances.estimate(graph, sources, pass);
        assertThat(IntStream.of(estimate.eccentricity()).max().orElseThrow()).isEqualTo(399);
    }

    @Test
    void analysis_estimatesDistancesOnlyAboveTheLimit() {
        var small = new AnalysisContext(NETWORK, new AnalysisOptions(2, 50, 1));
        // 600 · m is far below the limit: exact whatever the betweenness sample
        assertThat(Distances.of(small).exact()).isTrue();
        assertThat(new AnalysisOptions(1, AnalysisOptions.AUTO, 1).distancesExact(100_000, 1_000_000)).isFalse();
        assertThat(new AnalysisOptions(1, 0, 1).distancesExact(100_000, 1_000_000)).isTrue();
        // 10,000 actors and 50,000 ties: betweenness sampled, distances still exact (5e8 ≤ 2e9)
        assertThat(new AnalysisOptions(1, AnalysisOptions.AUTO, 1).distancesExact(10_000, 50_000)).isTrue();
    }
}
