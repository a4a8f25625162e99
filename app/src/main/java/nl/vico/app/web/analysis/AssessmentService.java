package nl.vico.app.web.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.assessment.ConsortiumAssessment;
import nl.vico.analyzer.assessment.ConsortiumAssessmentAnalysis;
import nl.vico.analyzer.assessment.recommend.RecommendationAnalysis;
import nl.vico.analyzer.findings.Policy;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.app.web.problem.NotFoundException;
import nl.vico.app.web.workspace.WorkspaceChanged;
import nl.vico.app.web.workspace.WorkspaceService;
import nl.vico.model.StakeholderNetwork;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The consortium assessment of a workspace, as {@code vico assess}, {@code compare} and {@code recommend} compute
 * it: the same analyses on the same options (all cores, exact betweenness, seed 42) and the default policy with
 * the weights a request gives, so every document is the one the command line prints with {@code --format json}.
 *
 * <p><b>Cache.</b> Per workspace and content hash: the network, an {@link AnalysisContext} per set of weights
 * (it computes the network-level basis — communities, gatekeeping, brokerage by type — and every consortium's
 * assessment once; at most {@value #CONTEXTS} sets of weights are kept, the least recently used dropped), and
 * the documents asked for (at most {@value #DOCUMENTS}). A change to the workspace drops all of it; a hash that
 * no longer matches is never served. The work runs on the analysis pool of {@link AnalysisService}, so it
 * never holds up a request thread and shares that pool's limit.
 */
@Service
public class AssessmentService {
    static final int CONTEXTS = 6;
    static final int DOCUMENTS = 200;
    private static final long SEED = 42L;

    private final WorkspaceService workspaces;
    private final AnalysisService pool;
    private final ConcurrentMap<String, Entry> cache = new ConcurrentHashMap<>();
    private final AtomicInteger contexts = new AtomicInteger();

    AssessmentService(WorkspaceService workspaces, AnalysisService pool) {
        this.workspaces = workspaces;
        this.pool = pool;
    }

    /** What is kept for one content hash of one workspace. */
    private static final class Entry {
        final String hash;
        final CompletableFuture<StakeholderNetwork> network;
        final Map<Policy, CompletableFuture<AnalysisContext>> contexts = lru(CONTEXTS);
        final Map<Object, CompletableFuture<Map<String, Object>>> documents = lru(DOCUMENTS);

        Entry(String hash, CompletableFuture<StakeholderNetwork> network) {
            this.hash = hash;
            this.network = network;
        }
    }

    private static <K, V> Map<K, V> lru(int max) {
        return java.util.Collections.synchronizedMap(new LinkedHashMap<K, V>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        });
    }

    private record AssessmentKey(Policy policy, String consortium) {
    }

    private record ComparisonKey(Policy policy, String task) {
    }

    private record RecommendationKey(Policy policy, String consortium, int top) {
    }

    private record WhatIfKey(Policy policy, String consortium, List<String> add, List<String> remove) {
    }

    /** {@code vico assess C --format json}: the consortium's full assessment. */
    public CompletableFuture<Map<String, Object>> assessment(String workspace, String consortium, Weights weights) {
        Policy policy = weights.policy();
        return document(workspace, new AssessmentKey(policy, consortium), policy, context -> {
            var network = context.network();
            requireConsortium(network, workspace, consortium);
            ConsortiumAssessment a = ConsortiumAssessmentAnalysis.of(context).stream()
                    .filter(x -> x.id().equals(consortium)).findFirst()
                    .orElseThrow(() -> missingConsortium(network, workspace, consortium));
            return a.asMap();
        });
    }

    /** {@code vico compare [--task T] --format json}: the proposals ranked, with what decides each pair. */
    public CompletableFuture<Map<String, Object>> comparison(String workspace, String task, Weights weights) {
        Policy policy = weights.policy();
        return document(workspace, new ComparisonKey(policy, task), policy, context -> {
            try {
                return new ConsortiumAssessmentAnalysis().compare(context, task).asMap();
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("task: " + e.getMessage());
            }
        });
    }

    /** {@code vico recommend C --top K --format json}: the best additions and what each would change. */
    public CompletableFuture<Map<String, Object>> recommendations(String workspace, String consortium, int top,
                                                                  Weights weights) {
        Policy policy = weights.policy();
        return document(workspace, new RecommendationKey(policy, consortium, top), policy, context -> {
            requireConsortium(context.network(), workspace, consortium);
            return new RecommendationAnalysis().recommend(context, consortium, top).asMap();
        });
    }

    /** {@code vico assess C --add A… --remove B… --format json}: before, after and the difference. */
    public CompletableFuture<Map<String, Object>> whatIf(String workspace, String consortium, List<String> add,
                                                         List<String> remove, Weights weights) {
        Policy policy = weights.policy();
        return document(workspace, new WhatIfKey(policy, consortium, List.copyOf(add), List.copyOf(remove)), policy,
                context -> {
                    var network = context.network();
                    requireConsortium(network, workspace, consortium);
                    try {
                        ConsortiumAssessmentAnalysis.changedMembers(network, consortium, add, remove);
                    } catch (IllegalArgumentException e) {
                        throw new BadRequestException(e.getMessage());
                    }
                    return new ConsortiumAssessmentAnalysis().whatIf(context, consortium, add, remove).asMap();
                });
    }

    /** How many analysis contexts (sets of weights on a workspace's content) have been built; for tests and monitoring. */
    public int contextsBuilt() {
        return contexts.get();
    }

    @EventListener
    void onChange(WorkspaceChanged event) {
        cache.remove(event.workspace());
    }

    private CompletableFuture<Map<String, Object>> document(String workspace, Object key, Policy policy,
                                                            Function<AnalysisContext, Map<String, Object>> work) {
        Entry entry = entry(workspace);
        CompletableFuture<Map<String, Object>> result;
        synchronized (entry.documents) {
            result = entry.documents.get(key);
            if (result == null || result.isCompletedExceptionally()) {
                result = pool.after(context(entry, policy), work);
                entry.documents.put(key, result);
            }
        }
        return result;
    }

    private Entry entry(String workspace) {
        String hash = workspaces.require(workspace).contentHash();
        return cache.compute(workspace, (w, old) -> old != null && old.hash.equals(hash)
                && !old.network.isCompletedExceptionally() ? old : new Entry(hash, pool.submit(() -> workspaces.load(w))));
    }

    private CompletableFuture<AnalysisContext> context(Entry entry, Policy policy) {
        synchronized (entry.contexts) {
            var context = entry.contexts.get(policy);
            if (context == null || context.isCompletedExceptionally()) {
                context = pool.after(entry.network, network -> {
                    contexts.incrementAndGet();
                    int threads = Runtime.getRuntime().availableProcessors();
                    return new AnalysisContext(network, new AnalysisOptions(threads, AnalysisOptions.AUTO, SEED), policy);
                });
                entry.contexts.put(policy, context);
            }
            return context;
        }
    }

    private static void requireConsortium(StakeholderNetwork network, String workspace, String consortium) {
        if (network.consortium(consortium).isEmpty()) {
            throw missingConsortium(network, workspace, consortium);
        }
    }

    private static NotFoundException missingConsortium(StakeholderNetwork network, String workspace, String consortium) {
        try {
            ConsortiumAssessmentAnalysis.consortium(network, consortium);
        } catch (IllegalArgumentException e) {
            return new NotFoundException(e.getMessage() + " — list them with GET /api/workspaces/" + workspace + "/consortia");
        }
        return new NotFoundException("there is no consortium " + consortium);
    }
}
