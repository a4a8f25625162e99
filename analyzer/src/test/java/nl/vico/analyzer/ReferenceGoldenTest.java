package nl.vico.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vico.analyzer.centrality.BetweennessAnalysis;
import nl.vico.analyzer.centrality.EdgeLength;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.testing.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden values from ../shared/reference/*&#47;expected.json (NetworkX 2.8, cross-checked with igraph and
 * R sna). Tolerances as its README: integers, booleans and lists exact; reals |a−e| ≤ 1e-9 + 1e-6·|e|;
 * pagerank 1e-8 absolute; null = null.
 */
class ReferenceGoldenTest {
    /** Network keys of expected.json this module's core computes. */
    private static final Set<String> NETWORK_KEYS = Set.of("n_actors", "n_tie_rows", "n_edges_undirected",
            "n_arcs_directed", "density", "n_components", "component_sizes", "isolates", "articulation_points",
            "bridges", "transitivity", "average_clustering", "diameter", "average_shortest_path_length",
            "degree_assortativity", "degree_centralization", "betweenness_centralization",
            "closeness_centralization", "weighted", "has_directed_ties", "parallel_ties_collapsed",
            "self_loops_dropped");
    /** Keys of expected.json computed by the structural-holes/brokerage sections, checked by their own tests. */
    private static final Set<String> OTHER_SECTIONS = Set.of("brokerage_by_type_total", "constraint",
            "effective_size", "brokerage_by_type", "constraint_weighted", "effective_size_weighted");
    private static final Set<String> ACTOR_KEYS = Set.of("type", "degree", "degree_centrality", "betweenness_raw",
            "betweenness", "closeness", "closeness_component", "harmonic", "pagerank", "clustering");
    private static final Set<String> WEIGHTED_REPORT_KEYS = Set.of("strength", "pagerank_weighted");

    static List<String> datasets() {
        return ReferenceData.DATASETS;
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void everyReferenceKey_isEitherCheckedHereOrOwnedByAnotherSection(String dataset) {
        JsonNode expected = ReferenceData.expected(dataset);
        var unknown = new ArrayList<String>();
        expected.get("network").fieldNames().forEachRemaining(k -> {
            if (!NETWORK_KEYS.contains(k) && !OTHER_SECTIONS.contains(k)) {
                unknown.add("network." + k);
            }
        });
        expected.get("actors").elements().next().fieldNames().forEachRemaining(k -> {
            if (!ACTOR_KEYS.contains(k) && !OTHER_SECTIONS.contains(k)) {
                unknown.add("actors." + k);
            }
        });
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void networkKeys_matchReference(String dataset) {
        JsonNode expected = ReferenceData.expected(dataset).get("network");
        AnalysisReport report = analyze(dataset, 2);
        var mismatches = new ArrayList<String>();
        for (String key : NETWORK_KEYS) {
            if (expected.has(key)) {
                compare("network." + key, expected.get(key), report.network().get(key), false, mismatches);
            }
        }
        assertThat(report.network()).containsKeys(NETWORK_KEYS.stream()
                .filter(expected::has).toArray(String[]::new));
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void actorKeys_matchReference(String dataset) {
        JsonNode expected = ReferenceData.expected(dataset).get("actors");
        AnalysisReport report = analyze(dataset, 2);
        assertThat(report.actors()).hasSize(expected.size());
        var mismatches = new ArrayList<String>();
        expected.fields().forEachRemaining(actor -> {
            Map<String, Object> actual = report.actors().get(actor.getKey());
            assertThat(actual).as(actor.getKey()).isNotNull();
            for (String key : ACTOR_KEYS) {
                if (actor.getValue().has(key)) {
                    compare(actor.getKey() + "." + key, actor.getValue().get(key), actual.get(key),
                            key.startsWith("pagerank"), mismatches);
                }
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void weightedKeys_matchReference(String dataset) {
        JsonNode weighted = ReferenceData.expected(dataset).path("weighted").path("actors");
        if (weighted.isMissingNode()) {
            // florentine_families has no weights: its weighted block is absent by design
            assertThat(ReferenceData.expected(dataset).path("network").path("weighted").asBoolean(true)).isFalse();
            return;
        }
        var network = ReferenceData.network(dataset);
        AnalysisReport report = analyze(dataset, 2);
        var graph = CompactGraph.of(network);
        var analysis = new BetweennessAnalysis(new AnalysisOptions(2, 0, 42L));
        var asLength = analysis.weighted(graph, EdgeLength.WEIGHT);
        double[] closenessAsLength = analysis.weightedCloseness(graph, EdgeLength.WEIGHT);
        var mismatches = new ArrayList<String>();
        weighted.fields().forEachRemaining(actor -> {
            String id = actor.getKey();
            int v = network.indexOf(id);
            JsonNode e = actor.getValue();
            for (String key : WEIGHTED_REPORT_KEYS) {
                compare(id + "." + key, e.get(key), report.actors().get(id).get(key), key.startsWith("pagerank"),
                        mismatches);
            }
            compare(id + ".betweenness_weight_as_length_raw", e.get("betweenness_weight_as_length_raw"),
                    asLength.raw(v), false, mismatches);
            compare(id + ".betweenness_weight_as_length", e.get("betweenness_weight_as_length"),
                    asLength.normalised(v), false, mismatches);
            compare(id + ".closeness_weight_as_length", e.get("closeness_weight_as_length"),
                    closenessAsLength[v], false, mismatches);
        });
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void oneThreadAndTwoThreads_giveIdenticalReports(String dataset) {
        assertThat(analyze(dataset, 1).toJsonTree()).isEqualTo(analyze(dataset, 2).toJsonTree());
    }

    private static AnalysisReport analyze(String dataset, int threads) {
        return new NetworkAnalyzer(new AnalysisOptions(threads, 0, 42L)).analyze(ReferenceData.network(dataset));
    }

    /** Compares a JSON expected value with a report value, appending a message for each difference. */
    static void compare(String where, JsonNode expected, Object actual, boolean pagerank, List<String> mismatches) {
        if (expected == null || expected.isNull()) {
            if (actual != null) {
                mismatches.add(where + ": expected null, got " + actual);
            }
        } else if (expected.isBoolean()) {
            if (!Boolean.valueOf(expected.asBoolean()).equals(actual)) {
                mismatches.add(where + ": expected " + expected + ", got " + actual);
            }
        } else if (expected.isIntegralNumber()) {
            if (!(actual instanceof Integer || actual instanceof Long) || ((Number) actual).longValue() != expected.asLong()) {
                mismatches.add(where + ": expected integer " + expected + ", got " + actual);
            }
        } else if (expected.isNumber()) {
            double e = expected.asDouble();
            if (!(actual instanceof Number n)) {
                mismatches.add(where + ": expected " + e + ", got " + actual);
                return;
            }
            double a = n.doubleValue();
            double tolerance = pagerank ? 1e-8 : 1e-9 + 1e-6 * Math.abs(e);
            if (!(Math.abs(a - e) <= tolerance)) {
                mismatches.add(where + ": expected " + e + ", got " + a);
            }
        } else if (expected.isTextual()) {
            if (!expected.asText().equals(actual)) {
                mismatches.add(where + ": expected " + expected + ", got " + actual);
            }
        } else if (expected.isArray()) {
            if (!(actual instanceof List<?> list) || list.size() != expected.size()) {
                mismatches.add(where + ": expected " + expected + ", got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(where + "[" + i + "]", expected.get(i), list.get(i), pagerank, mismatches);
            }
        } else {
            mismatches.add(where + ": cannot compare " + expected);
        }
    }
}
