package nl.vico.analyzer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.vico.analyzer.findings.Policy;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.model.StakeholderNetwork;

/**
 * What one run of the analyzer shares between its sections: the network, its compact graph, the
 * options, and results computed once and reused (betweenness, communities, …), memoised by key.
 */
public final class AnalysisContext {
    private final StakeholderNetwork network;
    private final CompactGraph graph;
    private final AnalysisOptions options;
    private final Policy policy;
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();

    public AnalysisContext(StakeholderNetwork network, AnalysisOptions options) {
        this(network, options, Policy.defaults());
    }

    /** A context whose findings use the given policy's thresholds. */
    public AnalysisContext(StakeholderNetwork network, AnalysisOptions options, Policy policy) {
        this.network = network;
        this.graph = CompactGraph.of(network);
        this.options = options;
        this.policy = java.util.Objects.requireNonNull(policy, "policy — use Policy.defaults()");
    }

    public StakeholderNetwork network() {
        return network;
    }

    public CompactGraph graph() {
        return graph;
    }

    public AnalysisOptions options() {
        return options;
    }

    /** The thresholds that turn measurements into findings. */
    public Policy policy() {
        return policy;
    }

    /**
     * The result stored under {@code key}, computing it once. Use the analysis class (or a record of its
     * parameters) as the key so that sections share one computation.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Function<AnalysisContext, T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.apply(this);
            memo.put(key, v);
        }
        return (T) v;
    }
}
