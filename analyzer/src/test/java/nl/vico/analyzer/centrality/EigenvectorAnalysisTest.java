package nl.vico.analyzer.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import org.junit.jupiter.api.Test;

class EigenvectorAnalysisTest {

    @Test
    void longPath_isReportedAsNotConverged() {
        // path of 2,000: (1 + λ₂)/(1 + λ₁) ≈ 1 − 2.5e-6, so 5,000 iterations cannot settle it
        var scores = new EigenvectorAnalysis().scores(CompactGraph.of(Networks.path(2000)));
        assertThat(scores.converged()).isFalse();
        assertThat(scores.iterations()).isEqualTo(EigenvectorAnalysis.MAX_ITERATIONS);
    }

    @Test
    void shortPath_matchesTheSineVector() {
        // path of n: the leading eigenvector is x_k ∝ sin(kπ/(n+1)), k = 1..n
        int n = 7;
        var scores = new EigenvectorAnalysis().scores(CompactGraph.of(Networks.path(n)));
        assertThat(scores.converged()).isTrue();
        double norm = 0;
        for (int k = 1; k <= n; k++) {
            norm += Math.pow(Math.sin(k * Math.PI / (n + 1)), 2);
        }
        for (int k = 1; k <= n; k++) {
            assertThat(scores.of(k - 1)).isCloseTo(Math.sin(k * Math.PI / (n + 1)) / Math.sqrt(norm), within(1e-9));
        }
    }

    @Test
    void networkWithoutTies_givesEveryActorOneOverRootN() {
        var scores = new EigenvectorAnalysis().scores(CompactGraph.of(Networks.isolated("a", "b", "c", "d")));
        assertThat(scores.converged()).isTrue();
        assertThat(scores.values()).containsOnly(0.5);
    }
}
