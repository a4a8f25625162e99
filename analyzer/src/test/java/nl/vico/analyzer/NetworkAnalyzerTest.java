package nl.vico.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.vico.analyzer.testing.Networks;
import nl.vico.analyzer.testing.ReferenceData;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.api.Test;

/** The facade with every section, including those of other packages. */
class NetworkAnalyzerTest {

    @Test
    void emptyNetwork_givesAReport_notAnException() {
        var report = new NetworkAnalyzer(new AnalysisOptions(1, 0, 1)).analyze(StakeholderNetwork.empty("none"));
        assertThat(report.actors()).isEmpty();
        assertThat(report.network()).containsEntry("n_actors", 0);
        assertJsonReady(report.toJsonTree());
    }

    @Test
    void foundationKeys_ofIssue2_arePresentForEveryActorAndTheNetwork() {
        var report = new NetworkAnalyzer(new AnalysisOptions(2, 0, 42)).analyze(ReferenceData.network("karate_club"));
        assertThat(report.network()).containsKeys("n_actors", "n_edges_undirected", "density", "n_components",
                "articulation_points", "bridges");
        assertThat(report.actors()).hasSize(34).allSatisfy((id, values) -> assertThat(values).containsKeys(
                "name", "type", "degree", "degree_centrality", "betweenness", "betweenness_raw", "strength",
                "betweenness_weighted", "closeness", "harmonic", "pagerank", "eigenvector", "clustering", "k_core",
                "in_degree", "out_degree", "betweenness_directed", "pagerank_directed", "articulation_point",
                "community"));
        assertJsonReady(report.toJsonTree());
    }

    @Test
    void disconnectedNetworkWithSelfLoops_givesOnlyJsonValues() {
        var report = new NetworkAnalyzer(new AnalysisOptions(2, 0, 42)).analyze(Networks.random(17, 25, 0.04, true, 1, 3));
        assertThat((Integer) report.network().get("n_components")).isGreaterThan(1);
        assertJsonReady(report.toJsonTree());
    }

    /** Only String, finite Number, Boolean, null, List and Map with String keys: what Jackson writes as-is. */
    private static void assertJsonReady(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return;
        }
        if (value instanceof Double d) {
            assertThat(d).isFinite();
        } else if (value instanceof Number) {
            assertThat(value).isInstanceOfAny(Integer.class, Long.class, Double.class);
        } else if (value instanceof List<?> list) {
            list.forEach(NetworkAnalyzerTest::assertJsonReady);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                assertThat(k).isInstanceOf(String.class);
                assertJsonReady(v);
            });
        } else {
            throw new AssertionError("not a JSON value: " + value.getClass());
        }
    }
}
