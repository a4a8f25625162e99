package nl.vico.app.web.analysis;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.NetworkAnalyzer;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.app.web.VicoProperties;
import nl.vico.app.web.workspace.WorkspaceChanged;
import nl.vico.app.web.workspace.WorkspaceService;
import nl.vico.model.StakeholderNetwork;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Runs analyses off the request threads, on a bounded pool ({@code vico.analysis.workers} at a time,
 * {@code vico.analysis.queue} waiting, more refused), so a long analysis never holds up other requests.
 * The result for a workspace is kept under its content hash: asked again while the content is the same,
 * it is answered from memory; a change (an upload, an edit, a deletion) drops it, and a hash that no
 * longer matches is never served.
 */
@Service
public class AnalysisService implements DisposableBean {
    private final WorkspaceService workspaces;
    private final ThreadPoolExecutor executor;
    private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicInteger runs = new AtomicInteger();

    /** A workspace's network and its analysis, as of one content hash. */
    public record Analysis(String workspace, String contentHash, StakeholderNetwork network, AnalysisReport report) {
    }

    private record Cached(String contentHash, CompletableFuture<Analysis> result) {
    }

    AnalysisService(WorkspaceService workspaces, VicoProperties properties) {
        this.workspaces = workspaces;
        var counter = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(properties.analysis().workers(), properties.analysis().workers(),
                30, TimeUnit.SECONDS, properties.analysis().queue() == 0
                        ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(properties.analysis().queue()),
                r -> {
                    Thread t = new Thread(r, "vico-analysis-" + counter.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * The analysis of the workspace's current content, from the cache or computed on the pool.
     *
     * @throws nl.vico.app.web.problem.NotFoundException when there is no such workspace
     * @throws java.util.concurrent.RejectedExecutionException when the pool and its queue are full
     */
    public CompletableFuture<Analysis> analysis(String workspace) {
        String hash = workspaces.require(workspace).contentHash();
        Cached entry = cache.compute(workspace, (w, old) -> old != null && old.contentHash().equals(hash)
                && !old.result().isCompletedExceptionally() ? old : new Cached(hash, start(w, hash)));
        return entry.result();
    }

    /** Runs other work that needs the analysis (pictures, exports) on the same bounded pool. */
    public <T> CompletableFuture<T> then(String workspace, Function<Analysis, T> work) {
        return after(analysis(workspace), work);
    }

    /**
     * Runs other work (the consortium assessments) on the same bounded pool, so that all heavy work of the
     * server shares one limit.
     *
     * @throws java.util.concurrent.RejectedExecutionException when the pool and its queue are full
     */
    public <T> CompletableFuture<T> submit(java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    /**
     * Work that needs the result of {@code first}, on the same bounded pool. When the pool refuses it, the
     * result fails with the {@link java.util.concurrent.RejectedExecutionException} (503 to the client) instead
     * of never completing.
     */
    public <S, T> CompletableFuture<T> after(CompletableFuture<S> first, Function<S, T> work) {
        return first.thenCompose(value -> CompletableFuture.supplyAsync(() -> work.apply(value), executor));
    }

    private CompletableFuture<Analysis> start(String workspace, String hash) {
        return CompletableFuture.supplyAsync(() -> {
            runs.incrementAndGet();
            StakeholderNetwork network = workspaces.load(workspace);
            AnalysisReport report = new NetworkAnalyzer(AnalysisOptions.defaults()).analyze(network);
            return new Analysis(workspace, hash, network, report);
        }, executor);
    }

    @EventListener
    void onChange(WorkspaceChanged event) {
        cache.remove(event.workspace());
    }

    /** How many analyses have been computed (not served from the cache) since the start; for tests and monitoring. */
    public int computed() {
        return runs.get();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
