package nl.vico.analyzer.centrality;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs a fixed number of independent chunks of work on a bounded number of threads. The chunks, not
 * the threads, own their partial results, so a caller that sums the chunks in chunk order gets the
 * same bits whatever the number of threads.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * Calls {@code chunk.accept(state, c)} for every c in 0..chunks-1 on at most {@code threads} threads,
     * each thread with its own scratch state from {@code state} (made once per thread, when it takes its
     * first chunk, and reused for its later chunks). A chunk's result must not depend on what an earlier
     * chunk left in the state.
     */
    public static <S> void forEachChunk(int chunks, int threads, Supplier<S> state, ObjIntConsumer<S> chunk) {
        int workers = Math.min(chunks, threads);
        AtomicInteger next = new AtomicInteger();
        forEachChunk(workers, workers, w -> {
            S s = null;
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                if (s == null) {
                    s = state.get();
                }
                chunk.accept(s, c);
            }
        });
    }

    /** Calls {@code chunk.accept(c)} for every c in 0..chunks-1, on at most {@code threads} threads. */
    public static void forEachChunk(int chunks, int threads, IntConsumer chunk) {
        int workers = Math.min(chunks, threads);
        if (workers <= 1) {
            for (int c = 0; c < chunks; c++) {
                chunk.accept(c);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "vico-analyzer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(chunks);
            for (int c = 0; c < chunks; c++) {
                int id = c;
                futures.add(pool.submit(() -> chunk.accept(id)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the analysis was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("a worker of the analysis failed", cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
