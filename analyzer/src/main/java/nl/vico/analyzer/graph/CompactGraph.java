package nl.vico.analyzer.graph;

import java.util.Arrays;
import java.util.List;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;

/**
 * The int-indexed, compressed-sparse-row (CSR) form of a {@link StakeholderNetwork} that hot analyses
 * run on. Vertex {@code i} is the network's actor {@code i}.
 *
 * <p>Two views are built once, both simple (no self-loops, no parallel edges):
 * <ul>
 *   <li><b>undirected</b>: one edge per unordered pair of distinct actors joined by at least one tie of
 *       any kind or direction. Its weight is the sum of the weights of all ties joining the pair
 *       (tie strength: more and stronger ties make a stronger relation).</li>
 *   <li><b>directed</b>: one arc a→b when there is a directed tie from a to b or an undirected tie
 *       between them (an undirected tie counts both ways). Its weight is the sum of those ties' weights.</li>
 * </ul>
 * Neighbour lists are sorted by vertex index, so membership tests can use binary search. Self-loops
 * are dropped and counted; ties that fall onto an existing edge are counted as collapsed.
 *
 * <p>Memory: about 2·(4+8) bytes per undirected edge plus 2·(4+8) per arc, plus 3·4 bytes per vertex.
 * Instances are immutable and safe to share between threads.
 */
public final class CompactGraph {
    private final int n;
    private final int[] offsets;
    private final int[] neighbours;
    private final double[] weights;
    private final int[] outOffsets;
    private final int[] outNeighbours;
    private final double[] outWeights;
    private final int[] inOffsets;
    private final int[] inNeighbours;
    private final double[] inWeights;
    private final int selfLoopsDropped;
    private final int parallelTiesCollapsed;
    private final boolean hasDirectedTies;

    private CompactGraph(int n, int[][] und, double[] undW, int[][] out, double[] outW, int[][] in, double[] inW,
                         int selfLoops, int collapsed, boolean hasDirected) {
        this.n = n;
        this.offsets = und[0];
        this.neighbours = und[1];
        this.weights = undW;
        this.outOffsets = out[0];
        this.outNeighbours = out[1];
        this.outWeights = outW;
        this.inOffsets = in[0];
        this.inNeighbours = in[1];
        this.inWeights = inW;
        this.selfLoopsDropped = selfLoops;
        this.parallelTiesCollapsed = collapsed;
        this.hasDirectedTies = hasDirected;
    }

    /** Builds both views of the network in O(n + t log t) for t ties. */
    public static CompactGraph of(StakeholderNetwork network) {
        int n = network.size();
        int t = network.ties().size();
        long[] pairs = new long[t];
        double[] pairW = new double[t];
        long[] arcs = new long[2 * t];
        double[] arcW = new double[2 * t];
        int p = 0;
        int a = 0;
        int selfLoops = 0;
        boolean hasDirected = false;
        List<Tie> ties = network.ties();
        for (int i = 0; i < t; i++) {
            Tie tie = ties.get(i);
            int s = network.sourceIndex(i);
            int d = network.targetIndex(i);
            hasDirected |= tie.directed();
            if (s == d) {
                selfLoops++;
                continue;
            }
            pairs[p] = key(Math.min(s, d), Math.max(s, d));
            pairW[p++] = tie.weight();
            arcs[a] = key(s, d);
            arcW[a++] = tie.weight();
            if (!tie.directed()) {
                arcs[a] = key(d, s);
                arcW[a++] = tie.weight();
            }
        }
        // merge duplicates: sort keys with their weights
        Merged und = merge(pairs, pairW, p);
        Merged arc = merge(arcs, arcW, a);
        int collapsed = p - und.count;

        // undirected CSR: each pair contributes to both endpoints
        long[] both = new long[2 * und.count];
        double[] bothW = new double[2 * und.count];
        for (int i = 0; i < und.count; i++) {
            int u = (int) (und.keys[i] >>> 32);
            int v = (int) und.keys[i];
            both[2 * i] = key(u, v);
            bothW[2 * i] = und.weights[i];
            both[2 * i + 1] = key(v, u);
            bothW[2 * i + 1] = und.weights[i];
        }
        Merged undBoth = merge(both, bothW, both.length);
        int[][] undCsr = csr(n, undBoth);
        int[][] outCsr = csr(n, arc);
        // in-view: reverse every arc
        long[] rev = new long[arc.count];
        for (int i = 0; i < arc.count; i++) {
            rev[i] = key((int) arc.keys[i], (int) (arc.keys[i] >>> 32));
        }
        Merged inArc = merge(rev, Arrays.copyOf(arc.weights, arc.count), arc.count);
        int[][] inCsr = csr(n, inArc);
        return new CompactGraph(n, undCsr, undBoth.weights, outCsr, arc.weights, inCsr, inArc.weights,
                selfLoops, collapsed, hasDirected);
    }

    private static long key(int hi, int lo) {
        return ((long) hi << 32) | (lo & 0xffffffffL);
    }

    private record Merged(long[] keys, double[] weights, int count) {
    }

    /** Sorts (key, weight) pairs by key and sums the weights of equal keys. */
    private static Merged merge(long[] keys, double[] w, int len) {
        long[] k = Arrays.copyOf(keys, len);
        int[] idx = new int[len];
        for (int i = 0; i < len; i++) {
            idx[i] = i;
        }
        // sort indices by key via a primitive sort of (key, index) encoded in two arrays
        sortByKey(k, idx);
        long[] outK = new long[len];
        double[] outW = new double[len];
        int c = 0;
        for (int i = 0; i < len; i++) {
            if (c > 0 && outK[c - 1] == k[i]) {
                outW[c - 1] += w[idx[i]];
            } else {
                outK[c] = k[i];
                outW[c++] = w[idx[i]];
            }
        }
        return new Merged(outK, Arrays.copyOf(outW, c), c);
    }

    /** In-place sort of keys carrying a parallel index array (stable order of equal keys is irrelevant). */
    private static void sortByKey(long[] k, int[] idx) {
        int len = k.length;
        if (len < 2) {
            return;
        }
        // LSD radix sort on 64-bit keys: linear and allocation-light. Digits of 16 bits for large inputs,
        // 8 bits for small ones, where clearing 65,536 counters per digit would cost more than the sort
        // (an induced consortium network has a few dozen ties and is built hundreds of times per analysis).
        int bits = len > 1 << 14 ? 16 : 8;
        int digitMask = (1 << bits) - 1;
        long[] k2 = new long[len];
        int[] i2 = new int[len];
        int[] count = new int[1 << bits];
        for (int shift = 0; shift < 64; shift += bits) {
            Arrays.fill(count, 0);
            for (long x : k) {
                count[(int) ((x >>> shift) & digitMask)]++;
            }
            if (count[(int) ((k[0] >>> shift) & digitMask)] == len) {
                continue; // all equal in this digit
            }
            int sum = 0;
            for (int b = 0; b < count.length; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < len; i++) {
                int b = (int) ((k[i] >>> shift) & digitMask);
                int pos = count[b]++;
                k2[pos] = k[i];
                i2[pos] = idx[i];
            }
            System.arraycopy(k2, 0, k, 0, len);
            System.arraycopy(i2, 0, idx, 0, len);
        }
    }

    private static int[][] csr(int n, Merged m) {
        int[] off = new int[n + 1];
        int[] nb = new int[m.count];
        for (int i = 0; i < m.count; i++) {
            off[(int) (m.keys[i] >>> 32) + 1]++;
        }
        for (int v = 0; v < n; v++) {
            off[v + 1] += off[v];
        }
        for (int i = 0; i < m.count; i++) {
            nb[i] = (int) m.keys[i]; // keys are sorted, so rows come out in order and sorted
        }
        return new int[][] {off, nb};
    }

    /** Number of vertices (actors). */
    public int vertexCount() {
        return n;
    }

    /** Number of undirected edges. */
    public int edgeCount() {
        return neighbours.length / 2;
    }

    /** Number of arcs of the directed view. */
    public int arcCount() {
        return outNeighbours.length;
    }

    /** Undirected degree of v. */
    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    /** CSR offsets of the undirected view: the neighbours of v are {@code neighbours()[offsets()[v] .. offsets()[v+1])}. */
    public int[] offsets() {
        return offsets;
    }

    /** CSR neighbour array of the undirected view (each edge appears twice). Do not modify. */
    public int[] neighbours() {
        return neighbours;
    }

    /** Edge weights aligned with {@link #neighbours()}. Do not modify. */
    public double[] weights() {
        return weights;
    }

    public int[] outOffsets() {
        return outOffsets;
    }

    public int[] outNeighbours() {
        return outNeighbours;
    }

    public double[] outWeights() {
        return outWeights;
    }

    public int[] inOffsets() {
        return inOffsets;
    }

    public int[] inNeighbours() {
        return inNeighbours;
    }

    public double[] inWeights() {
        return inWeights;
    }

    public int outDegree(int v) {
        return outOffsets[v + 1] - outOffsets[v];
    }

    public int inDegree(int v) {
        return inOffsets[v + 1] - inOffsets[v];
    }

    /** True when u and v are joined in the undirected view (binary search, O(log degree)). */
    public boolean adjacent(int u, int v) {
        return Arrays.binarySearch(neighbours, offsets[u], offsets[u + 1], v) >= 0;
    }

    /** True when the directed view has the arc u→v. */
    public boolean hasArc(int u, int v) {
        return Arrays.binarySearch(outNeighbours, outOffsets[u], outOffsets[u + 1], v) >= 0;
    }

    /** Weight of the undirected edge {u,v}, or 0 when there is none. */
    public double weight(int u, int v) {
        int i = Arrays.binarySearch(neighbours, offsets[u], offsets[u + 1], v);
        return i >= 0 ? weights[i] : 0.0;
    }

    /** Weight of the arc u→v, or 0 when there is none. */
    public double arcWeight(int u, int v) {
        int i = Arrays.binarySearch(outNeighbours, outOffsets[u], outOffsets[u + 1], v);
        return i >= 0 ? outWeights[i] : 0.0;
    }

    /** Ties from an actor to itself, which the views leave out. */
    public int selfLoopsDropped() {
        return selfLoopsDropped;
    }

    /** Ties (not self-loops) that joined a pair already joined, merged into one undirected edge. */
    public int parallelTiesCollapsed() {
        return parallelTiesCollapsed;
    }

    /** Whether any tie of the network is directed. */
    public boolean hasDirectedTies() {
        return hasDirectedTies;
    }
}
