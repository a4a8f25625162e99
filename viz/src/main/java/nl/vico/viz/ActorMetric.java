package nl.vico.viz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;

/**
 * Per-actor numbers read from an {@link AnalysisReport}, aligned with the network's actor indices, for
 * sizing nodes in pictures and exports. Reads only the report's generic maps, so it works whatever
 * sections filled it.
 */
public final class ActorMetric {
    /** The report key nodes are sized by unless told otherwise. */
    public static final String DEFAULT_SIZE_KEY = "betweenness";

    private ActorMetric() {
    }

    /**
     * The values of a numeric per-actor report key, or empty when no actor has a number under it.
     * Actors without a number (missing or {@code null}, an undefined value) get 0.
     */
    public static Optional<double[]> of(StakeholderNetwork network, AnalysisReport report, String key) {
        double[] values = new double[network.size()];
        boolean any = false;
        for (int i = 0; i < network.size(); i++) {
            Map<String, Object> row = report.actors().get(network.actor(i).id());
            if (row != null && row.get(key) instanceof Number n && Double.isFinite(n.doubleValue())) {
                values[i] = n.doubleValue();
                any = true;
            }
        }
        return any ? Optional.of(values) : Optional.empty();
    }

    /** The keys under which at least one actor of the report has a number, in the report's order. */
    public static List<String> numericKeys(AnalysisReport report) {
        var keys = new ArrayList<String>();
        var seen = new HashSet<String>();
        for (Map<String, Object> row : report.actors().values()) {
            row.forEach((k, v) -> {
                if (v instanceof Number && seen.add(k)) {
                    keys.add(k);
                }
            });
        }
        return keys;
    }

    /**
     * The number of distinct other actors each actor has a tie with, in any direction and of any kind
     * (the degree of the undirected simple graph; self-loops ignored). Cost O(ties).
     */
    public static double[] degree(StakeholderNetwork network) {
        List<Set<Integer>> neighbours = new ArrayList<>(network.size());
        for (int i = 0; i < network.size(); i++) {
            neighbours.add(new HashSet<>());
        }
        for (Tie t : network.ties()) {
            int s = network.indexOf(t.source());
            int u = network.indexOf(t.target());
            if (s != u) {
                neighbours.get(s).add(u);
                neighbours.get(u).add(s);
            }
        }
        double[] degree = new double[network.size()];
        for (int i = 0; i < degree.length; i++) {
            degree[i] = neighbours.get(i).size();
        }
        return degree;
    }
}
