package nl.vico.analyzer.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.CoreReport;
import nl.vico.analyzer.testing.Networks;
import org.junit.jupiter.api.Test;

class BetweennessSamplingTest {

    @Test
    void sampledEstimate_onARing_hasTheExactTotal() {
        // on a ring every source contributes the same total dependency, so any k sources scaled by n/k
        // give the exact sum of betweenness (an estimator without the n/k factor would give k/n of it)
        var graph = CompactGraph.of(Networks.ring(30));
        var exact = new BetweennessAnalysis(new AnalysisOptions(1, 0, 1)).undirected(graph);
        var sampled = new BetweennessAnalysis(new AnalysisOptions(2, 7, 1)).undirected(graph);
        assertThat(sampled.sources()).isEqualTo(7);
        assertThat(sampled.exact()).isFalse();
        double e = 0;
        double s = 0;
        for (int v = 0; v < 30; v++) {
            e += exact.raw(v);
            s += sampled.raw(v);
        }
        assertThat(s).isCloseTo(e, within(1e-9 * e));
    }

    @Test
    void sampledEstimate_repeatsWithTheSeed_andStaysWithinTheHoeffdingBound() {
        var graph = CompactGraph.of(Networks.random(4, 200, 0.03, false));
        var exact = new BetweennessAnalysis(new AnalysisOptions(2, 0, 9)).undirected(graph);
        var a = new BetweennessAnalysis(new AnalysisOptions(2, 100, 9)).undirected(graph);
        var b = new BetweennessAnalysis(new AnalysisOptions(1, 100, 9)).undirected(graph);
        assertThat(a.normalised()).containsExactly(b.normalised());
        // per actor, P(|error| > ε·n/(n−1)) ≤ 2·exp(−2kε²); ε = 0.2, k = 100: ≤ 6.7e-4 per actor
        double bound = 0.2 * 200 / 199.0;
        for (int v = 0; v < 200; v++) {
            assertThat(Math.abs(a.normalised(v) - exact.normalised(v))).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void sampleAsLargeAsTheNetwork_isExact() {
        var graph = CompactGraph.of(Networks.random(5, 30, 0.1, false));
        var exact = new BetweennessAnalysis(new AnalysisOptions(1, 0, 9)).undirected(graph);
        var all = new BetweennessAnalysis(new AnalysisOptions(1, 30, 9)).undirected(graph);
        assertThat(all.exact()).isTrue();
        assertThat(all.raw()).containsExactly(exact.raw());
    }

    @Test
    void sampledRun_reportsItsSampleSize_andKeepsClosenessExact() {
        var network = Networks.random(6, 50, 0.08, false);
        var exact = CoreReport.of(network, new AnalysisOptions(2, 0, 3));
        var sampled = CoreReport.of(network, new AnalysisOptions(2, 10, 3));
        assertThat(sampled.network()).containsEntry("betweenness_sample", 10);
        assertThat(exact.network()).doesNotContainKey("betweenness_sample");
        for (var id : exact.actors().keySet()) {
            assertThat(sampled.actors().get(id).get("closeness")).isEqualTo(exact.actors().get(id).get("closeness"));
        }
    }

    @Test
    void automaticChoice_isExactUpToTheWorkLimit_andSamplesAboveIt() {
        var auto = new AnalysisOptions(1, AnalysisOptions.AUTO, 1);
        // n·m = 4,000 · 25,000 = 1e8 = the limit: exact
        assertThat(auto.sampleFor(4_000, 25_000)).isZero();
        // 10,000 actors, 50,000 ties: n·m = 5e8 > 1e8, k = max(1,000, 1e8 / 50,000 = 2,000) = 2,000
        assertThat(auto.sampleFor(10_000, 50_000)).isEqualTo(2_000);
        // 100,000 actors, 1,000,000 ties: 1e8 / 1e6 = 100 < 1,000, so the floor of 1,000 sources
        assertThat(auto.sampleFor(100_000, 1_000_000)).isEqualTo(1_000);
        // a dense network smaller than the sample: every actor is a source, i.e. exact
        assertThat(auto.sampleFor(900, 200_000)).isZero();
        // explicit choices are kept whatever the size
        assertThat(new AnalysisOptions(1, 0, 1).sampleFor(100_000, 1_000_000)).isZero();
        assertThat(new AnalysisOptions(1, 50, 1).sampleFor(100_000, 1_000_000)).isEqualTo(50);
        assertThatThrownBy(() -> new AnalysisOptions(1, -2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void samplingError_isTheHoeffdingHalfWidth() {
        // k = 2,000 of n = 10,000 at 95 %: 10,000/9,999 · √(ln(2/0.05) / 4,000) = 1.0001 · √(3.68888/4,000)
        // = 1.0001 · 0.0303681 = 0.0303712
        assertThat(AnalysisOptions.samplingError(10_000, 2_000, 0.95)).isCloseTo(0.0303712, within(1e-6));
        assertThat(AnalysisOptions.samplingError(10_000, 10_000, 0.95)).isZero();
        assertThat(AnalysisOptions.samplingError(10_000, 0, 0.95)).isZero();
        assertThatThrownBy(() -> AnalysisOptions.samplingError(10, 5, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sampledReport_givesTheBound_andAutomaticIsExactOnSmallNetworks() {
        // a sampled run reports its sample and the 95 % bound; an automatic run on a small network is exact
        var network = Networks.random(8, 60, 0.08, false);
        var sampled = CoreReport.of(network, new AnalysisOptions(2, 20, 3));
        // ε = 60/59 · √(ln 40 / 40) = 1.016949 · 0.303681 = 0.308828
        assertThat((Double) sampled.network().get("betweenness_sample_error")).isCloseTo(0.308828, within(1e-6));
        var automatic = CoreReport.of(network, new AnalysisOptions(2, AnalysisOptions.AUTO, 3));
        assertThat(automatic.network()).doesNotContainKey("betweenness_sample");
    }

    @Test
    void sharedResults_areComputedOncePerContext() {
        var context = new AnalysisContext(Networks.path(4), new AnalysisOptions(1, 0, 1));
        assertThat(Betweenness.of(context)).isSameAs(Betweenness.of(context));
        assertThat(Distances.of(context)).isSameAs(Distances.of(context));
        // no directed ties and equal weights: the variants are the undirected values
        assertThat(Betweenness.weightedOf(context)).isSameAs(Betweenness.of(context));
        assertThat(Betweenness.directedOf(context).normalised()).containsExactly(Betweenness.of(context).normalised());
    }

    @Test
    void givenSources_scaleByNOverK_andEveryActorGivenIsExact() {
        var graph = CompactGraph.of(Networks.random(7, 90, 0.05, true));
        var analysis = new BetweennessAnalysis(new AnalysisOptions(2, 0, 1));
        var exact = analysis.undirected(graph);
        int[] everyone = new int[90];
        for (int i = 0; i < 90; i++) {
            everyone[i] = 89 - i; // any order
        }
        var all = analysis.undirectedFromSources(graph, everyone);
        assertThat(all.exact()).isTrue();
        for (int v = 0; v < 90; v++) {
            assertThat(all.raw(v)).isCloseTo(exact.raw(v), within(1e-12 * Math.max(1, exact.raw(v))));
        }
        // one source s: δ_s(v) summed over ordered pairs from s, halved, scaled by n/k = 90
        var one = analysis.undirectedFromSources(graph, new int[] {5});
        var pass = ShortestPaths.perSource(graph, false, new int[] {5}, 1, true, false);
        assertThat(one.sources()).isEqualTo(1);
        for (int v = 0; v < 90; v++) {
            assertThat(one.raw(v)).isCloseTo(pass.dependency()[v] / 2 * 90, within(1e-9));
        }
    }

    @Test
    void givenSources_mustBeDistinctActors() {
        var graph = CompactGraph.of(Networks.path(5));
        var analysis = new BetweennessAnalysis(new AnalysisOptions(1, 0, 1));
        assertThatThrownBy(() -> analysis.undirectedFromSources(graph, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> analysis.undirectedFromSources(graph, new int[] {5}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
