package nl.vico.analyzer.centrality;

import java.util.Arrays;

/**
 * One worker's state for Brandes' algorithm with whole-number tie lengths on undirected CSR rows, with
 * Dial's bucket queue (Dial 1969, "Algorithm 360: shortest-path forest with topological ordering", CACM
 * 12(11):632–633): a circular array of buckets, one per pending distance, so each actor is settled in O(1)
 * and path lengths are compared exactly. Reused over sources.
 *
 * <p>An actor is pushed only when its distance strictly drops, so it has at most one entry per distance,
 * and an entry whose distance is no longer the actor's is outdated. When an actor is settled, its
 * neighbours already settled at distance d − length are exactly its predecessors on shortest paths (all
 * lengths are positive): σ is pulled from them and they are recorded, so the backward sweep visits the
 * arcs of the shortest-path DAG only, not every row again. O(m + D) per source, D the largest distance.
 */
final class DialBrandes {
    private final int[] off;
    /** Per slot, the neighbour in the high bits and the tie length in the low {@link #lengthBits} bits. */
    private final int[] arc;
    private final int lengthBits;
    private final int lengthMask;
    private final int mask;
    private final int[] dist;
    private final double[] sigma;
    private final double[] coefficientSum;
    private final int[] order;
    private final int[] predecessorStart;
    private final int[] predecessor;
    private final int[] head;
    private final int[] entryActor;
    private final int[] entryNext;
    int count;

    DialBrandes(int[] offsets, int[] neighbours, int[] length, int maxLength) {
        int n = offsets.length - 1;
        this.off = offsets;
        // one int per slot instead of two arrays: half the memory traffic of the row scans
        this.lengthBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, maxLength));
        if ((long) n << lengthBits > (1L << 32)) {
            throw new IllegalArgumentException("too many actors for tie lengths up to " + maxLength);
        }
        this.lengthMask = (1 << lengthBits) - 1;
        this.arc = new int[neighbours.length];
        for (int i = 0; i < arc.length; i++) {
            arc[i] = (neighbours[i] << lengthBits) | length[i];
        }
        int buckets = Integer.highestOneBit(Math.max(1, maxLength)) << 1; // more than maxLength: no wrap-around clash
        this.mask = buckets - 1;
        this.dist = new int[n];
        Arrays.fill(dist, Integer.MAX_VALUE);
        this.sigma = new double[n];
        this.coefficientSum = new double[n];
        this.order = new int[n];
        this.predecessorStart = new int[n + 1];
        this.predecessor = new int[neighbours.length];
        this.head = new int[buckets];
        Arrays.fill(head, -1);
        this.entryActor = new int[neighbours.length + 1];
        this.entryNext = new int[neighbours.length + 1];
    }

    /** Settles every actor reachable from s in order of distance, counting shortest paths. */
    void run(int s) {
        int settled = 0;
        int entries = 0;
        int pending = 1;
        int arcs = 0;
        dist[s] = 0;
        entryActor[0] = s;
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
            int v = entryActor[e];
            if (dist[v] != current) {
                continue;
            }
            predecessorStart[settled] = arcs;
            order[settled++] = v;
            double paths = 0;
            for (int i = off[v], end = off[v + 1]; i < end; i++) {
                int a = arc[i];
                int w = a >>> lengthBits;
                int len = a & lengthMask;
                int dw = dist[w];
                if (dw + len == current) { // w settled one tie before v on a shortest path (no overflow: dw < current here)
                    paths += sigma[w];
                    predecessor[arcs++] = w;
                } else if (current + len < dw) {
                    int nd = current + len;
                    dist[w] = nd;
                    int bw = nd & mask;
                    entryActor[entries] = w;
                    entryNext[entries] = head[bw];
                    head[bw] = entries++;
                    pending++;
                }
            }
            sigma[v] = settled == 1 ? 1.0 : paths;
        }
        predecessorStart[settled] = arcs;
        count = settled;
    }

    /** Sum of the distances from the last source to the actors it reaches. */
    double distanceSum() {
        double total = 0;
        for (int j = 1; j < count; j++) {
            total += dist[order[j]];
        }
        return total;
    }

    /**
     * Brandes' accumulation in reverse order of distance, pushing each actor's coefficient
     * (1 + δ)/σ to its recorded predecessors; adds δ_s(v) of the last source to {@code dependency}.
     */
    void accumulate(double[] dependency) {
        for (int j = count - 1; j >= 0; j--) {
            int v = order[j];
            double sv = sigma[v];
            double sum = coefficientSum[v];
            coefficientSum[v] = 0;
            if (j > 0) {
                dependency[v] += sv * sum;
            }
            double c = 1.0 / sv + sum;
            for (int p = predecessorStart[j], end = predecessorStart[j + 1]; p < end; p++) {
                coefficientSum[predecessor[p]] += c;
            }
        }
    }

    /** Makes the state ready for the next source. */
    void reset() {
        for (int j = 0; j < count; j++) {
            dist[order[j]] = Integer.MAX_VALUE;
        }
    }
}
