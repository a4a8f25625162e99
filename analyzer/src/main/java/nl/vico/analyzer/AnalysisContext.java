package nl.vico.analyzer;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
    private final Map<Object, FutureTask<Object>> memo = new ConcurrentHashMap<>();

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
     * parameters) as the key so that sections share one computation. Safe to call from several threads:
     * the first caller computes, later callers wait for its result (see {@link NetworkAnalyzer}, which
     * computes independent results ahead on another thread); a computation may ask for other keys, but
     * two keys must not wait for each other.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Function<AnalysisContext, T> compute) {
        FutureTask<Object> task = memo.get(key);
        if (task == null) {
            var mine = new FutureTask<Object>(() -> compute.apply(this));
            task = memo.putIfAbsent(key, mine);
            if (task == null) {
                task = mine;
                mine.run();
            }
        }
        try {
            return (T) task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + key, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
