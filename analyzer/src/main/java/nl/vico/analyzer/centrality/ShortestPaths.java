package nl.vico.analyzer.centrality;

import java.util.Arrays;
import nl.vico.analyzer.graph.CompactGraph;

/**
 * The single-source shortest-path passes behind betweenness, closeness, harmonic centrality,
 * eccentricity and the network's path lengths, over the int arrays of a {@link CompactGraph}.
 *
 * <p>Betweenness follows Brandes (2001), "A faster algorithm for betweenness centrality", J. Math.
 * Sociol. 25(2):163–177: one breadth-first search (unweighted) or Dijkstra search (weighted) per source
 * counts shortest paths σ, then the dependencies δ are accumulated in reverse order of distance. Cost
 * O(n·m) unweighted and O(n·m·log n) weighted, memory O(n + m) per worker.
 *
 * <p>Sources are dealt round-robin to {@link #CHUNKS} chunks; each chunk sums its sources' dependencies
 * in its own array, in increasing source order, and the chunks are added in chunk order. The result is
 * therefore bit-for-bit the same for every number of threads.
 */
final class ShortestPaths {
    /** Fixed number of partial sums; more than the threads anyone runs here, few enough to keep memory small. */
    static final int CHUNKS = 8;
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
     * BFS), with {@code distances} false only the dependencies.
     */
    static Pass unweighted(CompactGraph g, boolean directed, int[] sources, int threads, boolean brandes,
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
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        double[][] partial = new double[CHUNKS][];
        int[] reach = new int[n];
        double[] distanceSum = new double[n];
        Parallel.forEachChunk(CHUNKS, threads, c -> {
            if (c >= sources.length) {
                return;
            }
            double[] acc = new double[n];
            double[] dist = new double[n];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            boolean[] settled = new boolean[n];
            double[] sigma = new double[n];
            double[] coefficient = new double[n];
            int[] order = new int[n];
            Heap heap = new Heap(nb.length + 1);
            for (int k = c; k < sources.length; k += CHUNKS) {
                int s = sources[k];
                int count = 0;
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
                double total = 0;
                for (int j = 1; j < count; j++) {
                    total += dist[order[j]];
                }
                reach[s] = count;
                distanceSum[s] = total;
                for (int j = count - 1; j >= 0; j--) {
                    int v = order[j];
                    double dv = dist[v];
                    double sum = 0;
                    for (int i = off[v], end = off[v + 1]; i < end; i++) {
                        int w = nb[i];
                        double dw = dist[w];
                        if (dw > dv && Math.abs(dv + length[i] - dw) <= EQUAL_LENGTH * dw) {
                            sum += coefficient[w];
                        }
                    }
                    double sv = sigma[v];
                    if (j > 0) {
                        acc[v] += sv * sum;
                    }
                    coefficient[v] = 1.0 / sv + sum;
                }
                for (int j = 0; j < count; j++) {
                    int v = order[j];
                    dist[v] = Double.POSITIVE_INFINITY;
                    settled[v] = false;
                }
            }
            partial[c] = acc;
        });
        return new WeightedPass(sum(partial, n), reach, distanceSum);
    }

    /**
     * As {@link #weighted}, for whole-number lengths of at most {@code maxLength}, with a bucket queue
     * (Dial 1969, "Algorithm 360: shortest-path forest with topological ordering", CACM 12(11):632–633)
     * instead of a heap: a circular array of maxLength+1 buckets, one per pending distance, so each
     * actor is settled in O(1) and path lengths are compared exactly. O(m + D) per source, D the largest
     * distance. Requires (n−1)·maxLength &lt; 2³¹; {@code distanceSum} is in the same units as the lengths.
     */
    static WeightedPass weightedIntegral(CompactGraph g, int[] length, int maxLength, int[] sources, int threads) {
        int n = g.vertexCount();
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        int buckets = Integer.highestOneBit(maxLength) << 1;
        int mask = buckets - 1;
        double[][] partial = new double[CHUNKS][];
        int[] reach = new int[n];
        double[] distanceSum = new double[n];
        Parallel.forEachChunk(CHUNKS, threads, c -> {
            if (c >= sources.length) {
                return;
            }
            double[] acc = new double[n];
            int[] dist = new int[n];
            Arrays.fill(dist, Integer.MAX_VALUE);
            double[] sigma = new double[n];
            double[] coefficient = new double[n];
            int[] order = new int[n];
            int[] head = new int[buckets];
            Arrays.fill(head, -1);
            int[] entryNode = new int[nb.length + 1];
            int[] entryNext = new int[nb.length + 1];
            for (int k = c; k < sources.length; k += CHUNKS) {
                int s = sources[k];
                int count = 0;
                int entries = 0;
                int pending = 1;
                dist[s] = 0;
                sigma[s] = 1;
                entryNode[0] = s;
                entryNext[0] = -1;
                head[0] = entries++;
                int current = 0;
                while (pending > 0) {
                    int b = current & mask;
                    int e = head[b];
                    if (e < 0) {
                        current++;
                        continue;
                    }
                    head[b] = entryNext[e];
                    pending--;
                    int v = entryNode[e];
                    if (dist[v] != current) {
                        continue; // outdated: v was reached by a shorter path since
                    }
                    order[count++] = v;
                    double sv = sigma[v];
                    for (int i = off[v], end = off[v + 1]; i < end; i++) {
                        int w = nb[i];
                        // a settled w has dist ≤ current < nd: neither branch below fires
                        int nd = current + length[i];
                        int cur = dist[w];
                        if (nd < cur) {
                            dist[w] = nd;
                            sigma[w] = sv;
                            int bw = nd & mask;
                            entryNode[entries] = w;
                            entryNext[entries] = head[bw];
                            head[bw] = entries++;
                            pending++;
                        } else if (nd == cur) {
                            sigma[w] += sv;
                        }
                    }
                }
                double total = 0;
                for (int j = 1; j < count; j++) {
                    total += dist[order[j]];
                }
                reach[s] = count;
                distanceSum[s] = total;
                for (int j = count - 1; j >= 0; j--) {
                    int v = order[j];
                    int dv = dist[v];
                    double sum = 0;
                    for (int i = off[v], end = off[v + 1]; i < end; i++) {
                        int w = nb[i];
                        long successor = ((dist[w] ^ (dv + length[i])) - 1) >> 31;
                        sum += Double.longBitsToDouble(Double.doubleToRawLongBits(coefficient[w]) & successor);
                    }
                    double sv = sigma[v];
                    if (j > 0) {
                        acc[v] += sv * sum;
                    }
                    coefficient[v] = 1.0 / sv + sum;
                }
                for (int j = 0; j < count; j++) {
                    int v = order[j];
                    dist[v] = Integer.MAX_VALUE;
                }
            }
            partial[c] = acc;
        });
        return new WeightedPass(sum(partial, n), reach, distanceSum);
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
