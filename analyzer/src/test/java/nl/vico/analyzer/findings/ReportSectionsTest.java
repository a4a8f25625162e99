package nl.vico.analyzer.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.NetworkAnalyzer;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.api.Test;

/** The keys of the holes, brokerage, power, diversity and findings sections in the whole report, on awkward inputs. */
class ReportSectionsTest {
    private static final List<String> ACTOR_KEYS = List.of("constraint", "effective_size", "efficiency", "hierarchy",
            "constraint_weighted", "effective_size_weighted", "efficiency_weighted", "hierarchy_weighted",
            "brokerage_by_type", "brokerage_by_type_expected", "brokerage_by_type_z", "brokerage_by_community",
            "gatekeeping");
    private static final List<String> NETWORK_KEYS = List.of("brokerage_by_type_total",
            "brokerage_by_type_total_expected", "brokerage_by_type_total_z", "brokerage_by_community_total",
            "gini_betweenness", "gini_strength", "gatekeeping_share", "gatekeeping_actor", "gatekeeping_pairs",
            "krackhardt_hierarchy", "krackhardt_connectedness", "krackhardt_efficiency", "krackhardt_lubness",
            "krackhardt_actors", "krackhardt_arcs", "blau_index", "blau_index_normalised", "shannon_evenness",
            "ei_index", "type_assortativity", "central_decile_size", "informal_share_central_decile",
            "informal_share_overall", "newcomer_share_central_decile", "newcomer_share_overall",
            "resident_share_central_decile", "resident_share_overall");
    private static final List<String> GROUP_KEYS = List.of("types", "structural_holes_between_types",
            "structural_holes_between_types_total", "structural_holes_between_communities",
            "structural_holes_between_communities_total");

    private static AnalysisReport analyze(StakeholderNetwork network, Policy policy) {
        return new NetworkAnalyzer(new AnalysisOptions(1, 0, 42L), policy).analyze(network);
    }

    @Test
    void everyKey_isPresentAndJsonClean_onAwkwardNetworks() {
        var cases = List.of(StakeholderNetwork.empty("empty"), Networks.isolated("solo"),
                Networks.undirected(List.of("a", "b"), "a-b"), Networks.isolated("a", "b", "c"),
                Networks.undirected(List.of("a", "b", "c", "d", "e"), "a-b", "c-d"),
                Networks.random(5, 60, 0.08, true, 1, 2, 5));
        for (var network : cases) {
            var report = analyze(network, Policy.defaults());
            assertThat(report.network().keySet()).as(network.name()).containsAll(NETWORK_KEYS);
            assertThat(report.groups().keySet()).as(network.name()).containsAll(GROUP_KEYS);
            for (var actor : report.actors().values()) {
                assertThat(actor.keySet()).as(network.name()).containsAll(ACTOR_KEYS);
            }
            var problems = new ArrayList<String>();
            walk("", report.toJsonTree(), problems);
            assertThat(problems).as(network.name()).isEmpty();
        }
    }

    @Test
    void emptyNetwork_hasUndefinedMeasuresAsNull_andNoFindings() {
        var report = analyze(StakeholderNetwork.empty("e"), Policy.defaults());
        assertThat(report.network().get("gini_betweenness")).isNull();
        assertThat(report.network().get("blau_index")).isNull();
        assertThat(report.network().get("krackhardt_hierarchy")).isNull();
        assertThat(report.network().get("gatekeeping_actor")).isNull();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void policyGivenToTheAnalyzer_reachesTheFindings() {
        var net = Networks.star("hub", "a", "b", "c", "d", "e");
        var strict = analyze(net, Policy.defaults());
        assertThat(strict.findings()).anyMatch(f -> f.code() == FindingCode.POWER_CONCENTRATION);
        var lenient = analyze(net, Policy.fromMap(Map.of("betweenness_share_max", 1.0,
                "betweenness_centralization_max", 1.0)));
        assertThat(lenient.findings()).noneMatch(f -> f.code() == FindingCode.POWER_CONCENTRATION);
    }

    /** Collects values that are not plain JSON: NaN or infinite numbers, or other types. */
    private static void walk(String path, Object value, List<String> problems) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return;
        }
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                problems.add(path + " = " + d);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(path + "." + k, v, problems));
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), problems);
            }
            return;
        }
        problems.add(path + " has type " + value.getClass().getSimpleName());
    }
}
