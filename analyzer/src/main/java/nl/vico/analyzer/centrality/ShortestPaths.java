package nl.vico.analyzer.centrality;

import java.util.Arrays;
import nl.vico.analyzer.graph.CompactGraph;

/**
 * The single-source shortest-path passes behind betweenness, closeness, harmonic centrality,
 * eccentricity and the network's path lengths, over the int arrays of a {@link CompactGraph}.
 *
 * <p>Betweenness follows Brandes (2001), "A faster algorithm for betweenness centrality", J. Math.
 * Sociol. 25(2):163–177: a search per source counts shortest paths σ, then the dependencies δ are
 * accumulated in reverse order of distance. Unweighted, 64 sources search together
 * ({@link BitParallelBrandes}); with whole-number lengths each source runs Dial's bucket queue
 * ({@link DialBrandes}); otherwise Dijkstra with a binary heap. Both fast passes run on CSR rows relabelled
 * by {@link LocalOrder}, for memory locality. Cost O(n·m) unweighted (in practice a fraction of it: a batch
 * scans each row a few times, not 64 times), O(n·(m + D)) on whole-number lengths, O(n·m·log n) otherwise.
 *
 * <p>Sources (or batches of 64 sources) are dealt round-robin to {@link #CHUNKS} chunks; each chunk sums
 * its sources' dependencies in its own array, in a fixed order, and the chunks are added in chunk order.
 * The result is therefore bit-for-bit the same for every number of threads.
 */
final class ShortestPaths {
    /** Fixed number of partial sums; more than the threads anyone runs here, few enough to keep memory small. */
    static final int CHUNKS = 8;
    /** Largest network for the bit-parallel pass (64 doubles per actor and worker thread). */
    static final int BIT_PARALLEL_MAX_ACTORS = 1 << 22;
    /** Relative tolerance under which two weighted path lengths count as equal (sums of reciprocals are inexact). */
    static final double EQUAL_LENGTH = 1e-10;

    private ShortestPaths() {
    }

    /**
     * What a pass over some sources found.
     *
     * @param dependency  per actor, Σ over the pass's sources s of δ_s(v): ordered (source, target) pairs
     * @param reach       per source actor: actors reachable from it, itself included (0 for actors that were no source)
     * @param distanceSum per source actor: sum of its distances to the reachable actors
     * @param harmonicSum per source actor: sum of 1/distance over the other reachable actors
     * @param eccentricity per source actor: its largest finite distance
     */
    record Pass(double[] dependency, int[] reach, long[] distanceSum, double[] harmonicSum, int[] eccentricity) {
    }

    /**
     * Unweighted pass. With {@code brandes} false only the distance statistics are gathered (a plain
     * BFS), with {@code distances} false only the dependencies. Brandes' passes run bit-parallel (on
     * labels of a fresh {@link LocalOrder}) unless the network is too large for it.
     */
    static Pass unweighted(CompactGraph g, boolean directed, int[] sources, int threads, boolean brandes,
                           boolean distances) {
        if (brandes && bitParallelApplies(g, directed, sources, distances)
                && (!distances || sources.length == g.vertexCount())) {
            return bitParallel(g, LocalOrder.of(g), directed, sources, threads, distances);
        }
        return perSource(g, directed, sources, threads, brandes, distances);
    }

    /**
     * Whether {@link #bitParallel} can serve a pass: a network small enough for its memory, and distance
     * statistics (which it gathers per reached actor) only on the undirected view, where an actor's
     * distances to the sources are its distances from them: from every source they are the actor's own
     * statistics; from a sample, its statistics over the sampled sources ({@link SampledDistances}).
     */
    static boolean bitParallelApplies(CompactGraph g, boolean directed, int[] sources, boolean distances) {
        int n = g.vertexCount();
        return n <= BIT_PARALLEL_MAX_ACTORS && (!distances || !directed);
    }

    /**
     * Brandes' pass with 64 sources per batch ({@link BitParallelBrandes}) on the rows relabelled by
     * {@code order}; batches of consecutive labels are dealt round-robin to the chunks. Distance statistics,
     * when asked for, require {@link #bitParallelApplies}.
     */
    static Pass bitParallel(CompactGraph g, LocalOrder order, boolean directed, int[] sources, int threads,
                            boolean distances) {
        int n = g.vertexCount();
        if (distances && !bitParallelApplies(g, directed, sources, true)) {
            throw new IllegalArgumentException("bit-parallel distance statistics need the undirected view");
        }
        var rows = directed
                ? order.relabel(g.outOffsets(), g.outNeighbours())
                : order.relabel(g.offsets(), g.neighbours());
        int[] labels = order.labels(sources);
        int lanes = BitParallelBrandes.LANES;
        int batches = (labels.length + lanes - 1) / lanes;
        int chunks = Math.min(CHUNKS, batches);
        double[][] partial = new double[chunks][];
        var stats = new BitParallelBrandes.DistanceStats[chunks];
        // 64 doubles per actor and worker: keep the workers' state within a quarter of the heap
        long perWorker = Math.max(1, n * BitParallelBrandes.bytesPerActor());
        int workers = (int) Math.max(1, Math.min(threads, Runtime.getRuntime().maxMemory() / 4 / perWorker));
        Parallel.forEachChunk(chunks, workers, () -> new BitParallelBrandes(rows.offsets(), rows.neighbours()),
                (kernel, c) -> {
                    double[] acc = new double[n];
                    var st = distances ? new BitParallelBrandes.DistanceStats(n) : null;
                    for (int b = c; b < batches; b += CHUNKS) {
                        kernel.batch(labels, b * lanes, Math.min(labels.length, (b + 1) * lanes), acc, st);
                    }
                    partial[c] = acc;
                    stats[c] = st;
                });
        double[] dependency = order.toActors(sum(partial, n));
        int[] reach = new int[n];
        long[] distanceSum = new long[n];
        double[] harmonicSum = new double[n];
        int[] eccentricity = new int[n];
        if (distances) {
            for (var st : stats) {
                for (int v = 0; v < n; v++) {
                    reach[v] += st.reach[v];
                    distanceSum[v] += st.distanceSum[v];
                    harmonicSum[v] += st.harmonicSum[v];
                    eccentricity[v] = Math.max(eccentricity[v], st.eccentricity[v]);
                }
            }
            reach = order.toActors(reach);
            distanceSum = order.toActors(distanceSum);
            harmonicSum = order.toActors(harmonicSum);
            eccentricity = order.toActors(eccentricity);
        }
        return new Pass(dependency, reach, distanceSum, harmonicSum, eccentricity);
    }

    /**
     * Brandes' dependencies on the undirected view restricted to paths from the sources to the actors with
     * {@code targets[v]} true, 64 sources at a time ({@link BitParallelBrandes#targets}); with the number of
     * (source, target) pairs joined by a path (a source is never its own target). Deterministic for every
     * thread count, like {@link #bitParallel}.
     */
    static TargetPass bitParallelTargets(CompactGraph g, LocalOrder order, int[] sources, boolean[] targets,
                                         int threads) {
        int n = g.vertexCount();
        var rows = order.relabel(g.offsets(), g.neighbours());
        int[] labels = order.labels(sources);
        double[] weight = new double[n];
        for (int v = 0; v < n; v++) {
            if (targets[v]) {
                weight[order.label(v)] = 1.0;
            }
        }
        int lanes = BitParallelBrandes.LANES;
        int batches = (labels.length + lanes - 1) / lanes;
        int chunks = Math.min(CHUNKS, batches);
        double[][] partial = new double[chunks][];
        long[] pairs = new long[chunks];
        long perWorker = Math.max(1, n * BitParallelBrandes.bytesPerActor());
        int workers = (int) Math.max(1, Math.min(threads, Runtime.getRuntime().maxMemory() / 4 / perWorker));
        Parallel.forEachChunk(chunks, workers,
                () -> new BitParallelBrandes(rows.offsets(), rows.neighbours()).targets(weight), (kernel, c) -> {
                    double[] acc = new double[n];
                    long before = kernel.targetPairs;
                    for (int b = c; b < batches; b += CHUNKS) {
                        kernel.batch(labels, b * lanes, Math.min(labels.length, (b + 1) * lanes), acc, null);
                    }
                    partial[c] = acc;
                    pairs[c] = kernel.targetPairs - before;
                });
        long total = 0;
        for (long p : pairs) {
            total += p;
        }
        return new TargetPass(order.toActors(sum(partial, n)), total);
    }

    /** What {@link #bitParallelTargets} found: per actor Σ_s δ_s(v) over target-ending paths, and the pairs. */
    record TargetPass(double[] dependency, long pairs) {
    }

    /** One search per source on the graph's own rows (the reference the bit-parallel pass is tested against). */
    static Pass perSource(CompactGraph g, boolean directed, int[] sources, int threads, boolean brandes,
                          boolean distances) {
        int n = g.vertexCount();
        int[] off = directed ? g.outOffsets() : g.offsets();
        int[] nb = directed ? g.outNeighbours() : g.neighbours();
        double[][] partial = new double[CHUNKS][];
        int[] reach = new int[n];
        long[] distanceSum = new long[n];
        double[] harmonicSum = new double[n];
        int[] eccentricity = new int[n];
        Parallel.forEachChunk(CHUNKS, threads, c -> {
            if (c >= sources.length) {
                return;
            }
            double[] acc = brandes ? new double[n] : null;
            int[] dist = new int[n];
            Arrays.fill(dist, -1);
            double[] sigma = brandes ? new double[n] : null;
            double[] coefficient = brandes ? new double[n] : null;
            int[] order = new int[n];
            for (int k = c; k < sources.length; k += CHUNKS) {
                int s = sources[k];
                int count = brandes
                        ? bfsCounting(s, off, nb, dist, sigma, order)
                        : bfs(s, off, nb, dist, order);
                if (distances) {
                    long sum = 0;
                    double harmonic = 0;
                    for (int i = 1; i < count; i++) {
                        int d = dist[order[i]];
                        sum += d;
                        harmonic += 1.0 / d;
                    }
                    reach[s] = count;
                    distanceSum[s] = sum;
                    harmonicSum[s] = harmonic;
                    eccentricity[s] = dist[order[count - 1]];
                }
                if (brandes) {
                    accumulate(count, off, nb, dist, sigma, coefficient, order, acc);
                }
                for (int i = 0; i < count; i++) {
                    dist[order[i]] = -1;
                }
            }
            partial[c] = acc;
        });
        return new Pass(brandes ? sum(partial, n) : null, reach, distanceSum, harmonicSum, eccentricity);
    }

    /** BFS from s counting shortest paths; returns how many actors it reached (listed in {@code order}). */
    private static int bfsCounting(int s, int[] off, int[] nb, int[] dist, double[] sigma, int[] order) {
        int head = 0;
        int tail = 0;
        order[tail++] = s;
        dist[s] = 0;
        sigma[s] = 1;
        while (head < tail) {
            int v = order[head++];
            int next = dist[v] + 1;
            double sv = sigma[v];
            for (int i = off[v], end = off[v + 1]; i < end; i++) {
                int w = nb[i];
                int dw = dist[w];
                if (dw < 0) {
                    dist[w] = next;
                    sigma[w] = sv;
                    order[tail++] = w;
                } else if (dw == next) {
                    sigma[w] += sv;
                }
            }
        }
        return tail;
    }

    private static int bfs(int s, int[] off, int[] nb, int[] dist, int[] order) {
        int head = 0;
        int tail = 0;
        order[tail++] = s;
        dist[s] = 0;
        while (head < tail) {
            int v = order[head++];
            int next = dist[v] + 1;
            for (int i = off[v], end = off[v + 1]; i < end; i++) {
                int w = nb[i];
                if (dist[w] < 0) {
                    dist[w] = next;
                    order[tail++] = w;
                }
            }
        }
        return tail;
    }

    /**
     * Brandes' accumulation in "pull" form: in reverse BFS order each actor v sums c_w = (1 + δ(w))/σ_w
     * over its successors w (dist w = dist v + 1), so δ(v) = σ_v·Σ c_w. The successor test is a bit mask
     * rather than a branch: on a small-world network it is unpredictable, and a mispredicted branch costs
     * more than the whole rest of the step.
     */
    private static void accumulate(int count, int[] off, int[] nb, int[] dist, double[] sigma,
                                   double[] coefficient, int[] order, double[] acc) {
        for (int k = count - 1; k >= 0; k--) {
            int v = order[k];
            int after = dist[v] + 1;
            double sum = 0;
            for (int i = off[v], end = off[v + 1]; i < end; i++) {
                int w = nb[i];
                // all ones when dist[w] == after (dist ≥ 0 here, after ≥ 1), else zero
                long successor = ((dist[w] ^ after) - 1) >> 31;
                sum += Double.longBitsToDouble(Double.doubleToRawLongBits(coefficient[w]) & successor);
            }
            double sv = sigma[v];
            if (k > 0) {
                acc[v] += sv * sum;
            }
            coefficient[v] = 1.0 / sv + sum;
        }
    }

    /**
     * Weighted Brandes on the undirected view with the given length per CSR slot (aligned with
     * {@link CompactGraph#neighbours()}, every length &gt; 0): dependencies over ordered pairs, and per
     * source actor its reach and the sum of its weighted distances. Dijkstra with a binary heap; two
     * lengths within a relative {@link #EQUAL_LENGTH} count as equal.
     */
    static WeightedPass weighted(CompactGraph g, double[] length, int[] sources, int threads) {
        int n = g.vertexCount();
        double[][] partial = new double[CHUNKS][];
        int[] reach = new int[n];
        double[] distanceSum = new double[n];
        Parallel.forEachChunk(CHUNKS, threads, c -> {
            if (c >= sources.length) {
                return;
            }
            var search = new HeapSearch(g, length);
            for (int k = c; k < sources.length; k += CHUNKS) {
                int s = sources[k];
                search.run(s);
                reach[s] = search.count;
                distanceSum[s] = search.distanceSum();
                search.accumulate();
                search.reset();
            }
            partial[c] = search.acc;
        });
        return new WeightedPass(sum(partial, n), reach, distanceSum);
    }

    /**
     * As {@link #weighted}, for whole-number lengths of at most {@code maxLength}, with a bucket queue
     * (Dial 1969, "Algorithm 360: shortest-path forest with topological ordering", CACM 12(11):632–633)
     * instead of a heap: a circular array of buckets, one per pending distance, so each actor is settled
     * in O(1) and path lengths are compared exactly. O(m + D) per source, D the largest distance. Requires
     * n·maxLength &lt; 2³¹; {@code distanceSum} is in the same units as the lengths.
     */
    static WeightedPass weightedIntegral(CompactGraph g, int[] length, int maxLength, int[] sources, int threads) {
        return weightedIntegral(g, LocalOrder.of(g), length, maxLength, sources, threads);
    }

    /** As {@link #weightedIntegral(CompactGraph, int[], int, int[], int)}, on rows relabelled by {@code order}. */
    static WeightedPass weightedIntegral(CompactGraph g, LocalOrder order, int[] length, int maxLength, int[] sources,
                                         int threads) {
        int n = g.vertexCount();
        var rows = order.relabel(g.offsets(), g.neighbours());
        int[] len = rows.ints(length);
        int[] labels = order.labels(sources);
        double[][] partial = new double[CHUNKS][];
        int[] reach = new int[n];
        double[] distanceSum = new double[n];
        Parallel.forEachChunk(Math.min(CHUNKS, labels.length), threads,
                () -> new DialBrandes(rows.offsets(), rows.neighbours(), len, maxLength), (search, c) -> {
                    double[] acc = new double[n];
                    for (int k = c; k < labels.length; k += CHUNKS) {
                        int s = labels[k];
                        search.run(s);
                        reach[s] = search.count;
                        distanceSum[s] = search.distanceSum();
                        search.accumulate(acc);
                        search.reset();
                    }
                    partial[c] = acc;
                });
        return new WeightedPass(order.toActors(sum(partial, n)), order.toActors(reach), order.toActors(distanceSum));
    }

    /**
     * What a weighted pass found.
     *
     * @param dependency  per actor, Σ over the sources of δ_s(v), ordered pairs
     * @param reach       per source actor, actors reachable from it, itself included
     * @param distanceSum per source actor, the sum of its weighted distances to them
     */
    record WeightedPass(double[] dependency, int[] reach, double[] distanceSum) {
    }

    /** One worker's state for Dijkstra–Brandes with a heap; reused over its sources. */
    private static final class HeapSearch {
        final int[] off;
        final int[] nb;
        final double[] length;
        final double[] acc;
        final double[] dist;
        final boolean[] settled;
        final double[] sigma;
        final double[] coefficient;
        final int[] order;
        final Heap heap;
        int count;

        HeapSearch(CompactGraph g, double[] length) {
            int n = g.vertexCount();
            this.off = g.offsets();
            this.nb = g.neighbours();
            this.length = length;
            this.acc = new double[n];
            this.dist = new double[n];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            this.settled = new boolean[n];
            this.sigma = new double[n];
            this.coefficient = new double[n];
            this.order = new int[n];
            this.heap = new Heap(nb.length + 1);
        }

        /** Settles every actor reachable from s in order of distance, counting shortest paths. */
        void run(int s) {
            count = 0;
            dist[s] = 0;
            sigma[s] = 1;
            heap.push(0, s);
            while (!heap.isEmpty()) {
                int v = heap.popNode();
                if (settled[v]) {
                    continue;
                }
                settled[v] = true;
                order[count++] = v;
                double dv = dist[v];
                double sv = sigma[v];
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
                    int w = nb[i];
                    if (settled[w]) {
                        continue;
                    }
                    double nd = dv + length[i];
                    double cur = dist[w];
                    if (nd < cur - EQUAL_LENGTH * nd) {
                        dist[w] = nd;
                        sigma[w] = sv;
                        heap.push(nd, w);
                    } else if (nd <= cur + EQUAL_LENGTH * nd) {
                        sigma[w] += sv;
                    }
                }
            }
        }

        double distanceSum() {
            double total = 0;
            for (int j = 1; j < count; j++) {
                total += dist[order[j]];
            }
            return total;
        }

        /** Pull-form accumulation in reverse order of distance (see {@link ShortestPaths#accumulate}). */
        void accumulate() {
            for (int j = count - 1; j >= 0; j--) {
                int v = order[j];
                double dv = dist[v];
                double sum = 0;
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
                    double dw = dist[nb[i]];
                    if (dw > dv && Math.abs(dv + length[i] - dw) <= EQUAL_LENGTH * dw) {
                        sum += coefficient[nb[i]];
                    }
                }
                double sv = sigma[v];
                if (j > 0) {
                    acc[v] += sv * sum;
                }
                coefficient[v] = 1.0 / sv + sum;
            }
        }

        void reset() {
            for (int j = 0; j < count; j++) {
                int v = order[j];
                dist[v] = Double.POSITIVE_INFINITY;
                settled[v] = false;
            }
        }
    }

    /**
     * Distance statistics of every actor on the undirected view by bit-parallel multi-source BFS (Then et
     * al. 2014, "The more the merrier: efficient multi-source graph traversal", PVLDB 8(4):449–460): 64
     * sources advance together as the bits of one long per actor, so the traversals share their memory
     * accesses where their frontiers overlap, as they do on small-world networks. Because d(s,v) = d(v,s),
     * the statistics are summed per reached actor v with a popcount of the sources newly reaching it, and
     * need no per-source storage. At most 64 BFS costs per batch, far less in practice; memory O(n) per
     * worker. Used when betweenness is sampled, so closeness and path lengths stay exact.
     */
    static Pass distancesBitParallel(CompactGraph g, int threads) {
        int n = g.vertexCount();
        int batches = (n + 63) / 64;
        var parts = new BitParallelBfs[CHUNKS];
        Parallel.forEachChunk(CHUNKS, threads, c -> {
            if (c >= batches) {
                return;
            }
            var bfs = new BitParallelBfs(g);
            for (int batch = c; batch < batches; batch += CHUNKS) {
                bfs.run(batch * 64, Math.min(n, batch * 64 + 64));
            }
            parts[c] = bfs;
        });
        int[] reach = new int[n];
        long[] distanceSum = new long[n];
        double[] harmonicSum = new double[n];
        int[] eccentricity = new int[n];
        for (var part : parts) {
            if (part == null) {
                continue;
            }
            for (int v = 0; v < n; v++) {
                reach[v] += (int) part.reach[v];
                distanceSum[v] += part.sum[v];
                harmonicSum[v] += part.harmonic[v];
                eccentricity[v] = Math.max(eccentricity[v], part.eccentricity[v]);
            }
        }
        return new Pass(null, reach, distanceSum, harmonicSum, eccentricity);
    }

    /** One worker's state for the bit-parallel BFS, and its per-actor partial sums. */
    private static final class BitParallelBfs {
        final int[] off;
        final int[] nb;
        final long[] reach;
        final long[] sum;
        final double[] harmonic;
        final int[] eccentricity;
        final long[] seen;
        final long[] frontier;
        final long[] next;
        int[] current;
        int[] upcoming;
        final int[] touched;
        final int[] visited;

        BitParallelBfs(CompactGraph g) {
            int n = g.vertexCount();
            this.off = g.offsets();
            this.nb = g.neighbours();
            this.reach = new long[n];
            this.sum = new long[n];
            this.harmonic = new double[n];
            this.eccentricity = new int[n];
            this.seen = new long[n];
            this.frontier = new long[n];
            this.next = new long[n];
            this.current = new int[n];
            this.upcoming = new int[n];
            this.touched = new int[n];
            this.visited = new int[n];
        }

        /** BFS from the sources first..end-1 (at most 64) at once. */
        void run(int first, int end) {
            int size = 0;
            int reached = 0;
            for (int s = first; s < end; s++) {
                long bit = 1L << (s - first);
                frontier[s] = bit;
                seen[s] = bit;
                reach[s]++;
                current[size++] = s;
                visited[reached++] = s;
            }
            int level = 0;
            while (size > 0) {
                level++;
                int t = 0;
                for (int i = 0; i < size; i++) {
                    int v = current[i];
                    long fv = frontier[v];
                    for (int j = off[v], stop = off[v + 1]; j < stop; j++) {
                        int w = nb[j];
                        if (next[w] == 0) {
                            touched[t++] = w;
                        }
                        next[w] |= fv;
                    }
                }
                for (int i = 0; i < size; i++) {
                    frontier[current[i]] = 0;
                }
                int u = 0;
                for (int i = 0; i < t; i++) {
                    int w = touched[i];
                    long fresh = next[w] & ~seen[w];
                    next[w] = 0;
                    if (fresh != 0) {
                        if (seen[w] == 0) {
                            visited[reached++] = w;
                        }
                        seen[w] |= fresh;
                        frontier[w] = fresh;
                        upcoming[u++] = w;
                        int count = Long.bitCount(fresh);
                        reach[w] += count;
                        sum[w] += (long) level * count;
                        harmonic[w] += count / (double) level;
                        eccentricity[w] = Math.max(eccentricity[w], level);
                    }
                }
                int[] swap = current;
                current = upcoming;
                upcoming = swap;
                size = u;
            }
            for (int i = 0; i < reached; i++) {
                seen[visited[i]] = 0;
            }
        }
    }

    private static double[] sum(double[][] partial, int n) {
        double[] total = new double[n];
        for (double[] p : partial) {
            if (p != null) {
                for (int v = 0; v < n; v++) {
                    total[v] += p[v];
                }
            }
        }
        return total;
    }

    /** Binary min-heap of (length, actor) with lazy deletion of outdated entries. */
    private static final class Heap {
        private final double[] key;
        private final int[] node;
        private int size;

        Heap(int capacity) {
            key = new double[capacity];
            node = new int[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(double k, int v) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (key[parent] <= k) {
                    break;
                }
                key[i] = key[parent];
                node[i] = node[parent];
                i = parent;
            }
            key[i] = k;
            node[i] = v;
        }

        int popNode() {
            int top = node[0];
            size--;
            if (size > 0) {
                double k = key[size];
                int v = node[size];
                int i = 0;
                int half = size >>> 1;
                while (i < half) {
                    int child = 2 * i + 1;
                    int right = child + 1;
                    if (right < size && key[right] < key[child]) {
                        child = right;
                    }
                    if (k <= key[child]) {
                        break;
                    }
                    key[i] = key[child];
                    node[i] = node[child];
                    i = child;
                }
                key[i] = k;
                node[i] = v;
            }
            return top;
        }
    }
}
