package nl.vico.analyzer.power;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs a fixed number of independent chunks of work on at most a given number of threads. Each chunk
 * owns its partial result, so summing them in chunk order gives the same bits for every thread count.
 */
final class Chunks {
    private Chunks() {
    }

    static void run(int chunks, int threads, IntConsumer chunk) {
        int workers = Math.min(chunks, threads);
        if (workers <= 1) {
            for (int c = 0; c < chunks; c++) {
                chunk.accept(c);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "vico-power");
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
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("a worker of the analysis failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
