package nl.vico.analyzer.graph;

import java.util.Arrays;
import nl.vico.model.StakeholderNetwork;

/**
 * The int-indexed, compressed-sparse-row (CSR) form of a {@link StakeholderNetwork} that hot analyses
 * run on. Vertex {@code i} is the network's actor {@code i}.
 *
 * <p>Two views, both simple (no self-loops, no parallel edges):
 * <ul>
 *   <li><b>undirected</b>: one edge per unordered pair of distinct actors joined by at least one tie of
 *       any kind or direction. Its weight is the sum of the weights of all ties joining the pair
 *       (tie strength: more and stronger ties make a stronger relation).</li>
 *   <li><b>directed</b>: one arc a→b when there is a directed tie from a to b or an undirected tie
 *       between them (an undirected tie counts both ways). Its weight is the sum of those ties' weights.
 *       It has an out-view (arcs by their tail) and an in-view (arcs by their head).</li>
 * </ul>
 * Neighbour lists are sorted by vertex index, so membership tests can use binary search. Self-loops
 * are dropped and counted; ties that fall onto an existing edge are counted as collapsed. Weights are
 * summed in {@code double}, tie by tie in the order of {@link StakeholderNetwork#ties()}.
 *
 * <p>Memory: 2·(4+4) bytes per undirected edge plus 4 bytes per vertex, when every summed weight is a
 * {@code float} exactly (as whole and half weights are), else 2·(4+8). The directed view is made on first
 * use, by the analyses that need it (its out-rows, then its in-rows when asked for): another (4+4) or
 * (4+8) bytes per arc for each, plus 4 per vertex; until then the graph keeps a reference to the network
 * to make it from. A network without directed ties shares the undirected arrays as its directed view.
 * {@link #weights()}, {@link #outWeights()} and {@link #inWeights()} return {@code double[]}: a fresh copy
 * when the weights are kept as floats, so ask once per analysis, or read single weights with
 * {@link #weightAt}, {@link #outWeightAt} and {@link #inWeightAt}. Values never change by the compaction.
 *
 * <p>Instances are immutable (each directed view is made once, under a lock) and safe to share between
 * threads.
 */
public final class CompactGraph {
    private final int n;
    private final View undirected;
    /** The network, while the directed view is still to be made from it; then null. */
    private volatile StakeholderNetwork source;
    private volatile View out;
    private volatile View in;
    private final int selfLoopsDropped;
    private final int parallelTiesCollapsed;
    private final boolean hasDirectedTies;

    /** One CSR view: row offsets, neighbour indices, and weights as floats or (when needed) doubles. */
    private static final class View {
        final int[] offsets;
        final int[] neighbours;
        final float[] floatWeights;
        final double[] doubleWeights;

        View(int[] offsets, int[] neighbours, double[] weights) {
            this.offsets = offsets;
            this.neighbours = neighbours;
            if (fitFloats(weights)) {
                this.floatWeights = new float[weights.length];
                for (int i = 0; i < weights.length; i++) {
                    floatWeights[i] = (float) weights[i];
                }
                this.doubleWeights = null;
            } else {
                this.floatWeights = null;
                this.doubleWeights = weights;
            }
        }

        View(int[] offsets, int[] neighbours, float[] floatWeights, double[] doubleWeights) {
            this.offsets = offsets;
            this.neighbours = neighbours;
            this.floatWeights = floatWeights;
            this.doubleWeights = doubleWeights;
        }

        double weight(int i) {
            return floatWeights != null ? floatWeights[i] : doubleWeights[i];
        }

        double[] weights() {
            if (doubleWeights != null) {
                return doubleWeights;
            }
            double[] w = new double[floatWeights.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = floatWeights[i];
            }
            return w;
        }

        private static boolean fitFloats(double[] w) {
            for (double x : w) {
                if ((double) (float) x != x) {
                    return false;
                }
            }
            return true;
        }

        /** The transpose: arc u→v of this view becomes entry u in row v; rows come out sorted. */
        View transpose(int n) {
            int[] off = new int[n + 1];
            for (int v : neighbours) {
                off[v + 1]++;
            }
            for (int v = 0; v < n; v++) {
                off[v + 1] += off[v];
            }
            int[] fill = Arrays.copyOf(off, n);
            int[] nb = new int[neighbours.length];
            float[] fw = floatWeights == null ? null : new float[neighbours.length];
            double[] dw = doubleWeights == null ? null : new double[neighbours.length];
            for (int u = 0; u < n; u++) {
                for (int e = offsets[u]; e < offsets[u + 1]; e++) {
                    int pos = fill[neighbours[e]]++;
                    nb[pos] = u;
                    if (fw != null) {
                        fw[pos] = floatWeights[e];
                    } else {
                        dw[pos] = doubleWeights[e];
                    }
                }
            }
            return new View(off, nb, fw, dw);
        }
    }

    private CompactGraph(int n, View undirected, StakeholderNetwork source, int selfLoops, int collapsed,
                         boolean hasDirected) {
        this.n = n;
        this.undirected = undirected;
        this.source = source;
        if (!hasDirected) {
            this.out = undirected;
            this.in = undirected;
        }
        this.selfLoopsDropped = selfLoops;
        this.parallelTiesCollapsed = collapsed;
        this.hasDirectedTies = hasDirected;
    }

    /**
     * Builds the undirected view of the network (the directed one follows on first use), in O(n + t) for
     * t ties plus sorting each row: every tie is put into the rows of its ends in tie order, each row is
     * sorted by neighbour keeping that order among equal neighbours, and the weights of equal neighbours
     * are summed in that order.
     */
    public static CompactGraph of(StakeholderNetwork network) {
        int n = network.size();
        int t = network.tieCount();
        // the ties between distinct actors, read once into local columns
        int[] src = new int[t];
        int[] dst = new int[t];
        double[] weight = new double[t];
        int pairs = 0;
        boolean hasDirected = false;
        int[] degree = new int[n + 1];
        for (int i = 0; i < t; i++) {
            int s = network.sourceIndex(i);
            int d = network.targetIndex(i);
            hasDirected |= network.tieDirected(i);
            if (s != d) {
                src[pairs] = s;
                dst[pairs] = d;
                weight[pairs++] = network.tieWeight(i);
                degree[s + 1]++;
                degree[d + 1]++;
            }
        }
        int selfLoops = t - pairs;
        // undirected view: a tie between distinct actors is an entry in the row of each
        int[] fill = offsets(degree, n);
        int[] col = new int[degree[n]];
        double[] w = new double[degree[n]];
        for (int i = 0; i < pairs; i++) {
            int s = src[i];
            int d = dst[i];
            double x = weight[i];
            int p = fill[s]++;
            col[p] = d;
            w[p] = x;
            p = fill[d]++;
            col[p] = s;
            w[p] = x;
        }
        View und = sortAndMerge(n, degree, col, w);
        int collapsed = pairs - und.neighbours.length / 2;
        return new CompactGraph(n, und, hasDirected ? network : null, selfLoops, collapsed, hasDirected);
    }

    /** The directed view's out-rows: a directed tie is an entry in its source's row, an undirected one in both rows. */
    private static View outView(StakeholderNetwork network) {
        int n = network.size();
        int t = network.tieCount();
        int[] outDegree = new int[n + 1];
        for (int i = 0; i < t; i++) {
            int s = network.sourceIndex(i);
            int d = network.targetIndex(i);
            if (s != d) {
                outDegree[s + 1]++;
                if (!network.tieDirected(i)) {
                    outDegree[d + 1]++;
                }
            }
        }
        int[] fill = offsets(outDegree, n);
        int[] col = new int[outDegree[n]];
        double[] w = new double[outDegree[n]];
        for (int i = 0; i < t; i++) {
            int s = network.sourceIndex(i);
            int d = network.targetIndex(i);
            if (s != d) {
                double x = network.tieWeight(i);
                int p = fill[s]++;
                col[p] = d;
                w[p] = x;
                if (!network.tieDirected(i)) {
                    p = fill[d]++;
                    col[p] = s;
                    w[p] = x;
                }
            }
        }
        return sortAndMerge(n, outDegree, col, w);
    }

    /** Turns counts at {@code count[v + 1]} into row offsets in place; returns each row's first free position. */
    private static int[] offsets(int[] count, int n) {
        for (int v = 0; v < n; v++) {
            count[v + 1] += count[v];
        }
        return Arrays.copyOf(count, n);
    }

    /**
     * Sorts every row {@code off[v] .. off[v+1]} of (col, w) by col, keeping the given order among equal
     * cols, and sums the weights of equal cols in that order: the view, compacted.
     */
    private static View sortAndMerge(int n, int[] off, int[] col, double[] w) {
        int[] outOff = new int[n + 1];
        int k = 0;
        for (int v = 0; v < n; v++) {
            int a = off[v];
            int b = off[v + 1];
            sortRow(col, w, a, b);
            int rowStart = k;
            for (int i = a; i < b; i++) {
                int c = col[i];
                if (k > rowStart && col[k - 1] == c) {
                    w[k - 1] += w[i];
                } else {
                    col[k] = c;
                    w[k++] = w[i];
                }
            }
            outOff[v + 1] = k;
        }
        return new View(outOff, k == col.length ? col : Arrays.copyOf(col, k), k == w.length ? w : Arrays.copyOf(w, k));
    }

    /** Stable sort of {@code col[a..b)} (carrying {@code w}): insertion sort for short rows, else by (col, position). */
    private static void sortRow(int[] col, double[] w, int a, int b) {
        if (b - a <= 48) {
            for (int i = a + 1; i < b; i++) {
                int c = col[i];
                if (col[i - 1] <= c) {
                    continue;
                }
                double x = w[i];
                int j = i - 1;
                while (j >= a && col[j] > c) {
                    col[j + 1] = col[j];
                    w[j + 1] = w[j];
                    j--;
                }
                col[j + 1] = c;
                w[j + 1] = x;
            }
            return;
        }
        int len = b - a;
        long[] keys = new long[len];
        for (int i = 0; i < len; i++) {
            keys[i] = ((long) col[a + i] << 32) | i;
        }
        Arrays.sort(keys);
        double[] x = Arrays.copyOfRange(w, a, b);
        for (int i = 0; i < len; i++) {
            col[a + i] = (int) (keys[i] >>> 32);
            w[a + i] = x[(int) keys[i]];
        }
    }

    private View out() {
        View v = out;
        if (v == null) {
            synchronized (this) {
                v = out;
                if (v == null) {
                    v = outView(source);
                    out = v;
                    source = null;
                }
            }
        }
        return v;
    }

    private View in() {
        View v = in;
        if (v == null) {
            synchronized (this) {
                v = in;
                if (v == null) {
                    v = out().transpose(n);
                    in = v;
                }
            }
        }
        return v;
    }

    /** Number of vertices (actors). */
    public int vertexCount() {
        return n;
    }

    /** Number of undirected edges. */
    public int edgeCount() {
        return undirected.neighbours.length / 2;
    }

    /** Number of arcs of the directed view. */
    public int arcCount() {
        return out().neighbours.length;
    }

    /** Undirected degree of v. */
    public int degree(int v) {
        return undirected.offsets[v + 1] - undirected.offsets[v];
    }

    /** CSR offsets of the undirected view: the neighbours of v are {@code neighbours()[offsets()[v] .. offsets()[v+1])}. */
    public int[] offsets() {
        return undirected.offsets;
    }

    /** CSR neighbour array of the undirected view (each edge appears twice). Do not modify. */
    public int[] neighbours() {
        return undirected.neighbours;
    }

    /**
     * Edge weights aligned with {@link #neighbours()}, as doubles: a fresh copy when they are kept as
     * floats (ask once per analysis), else the graph's own array. Do not modify.
     */
    public double[] weights() {
        return undirected.weights();
    }

    /** The weight of the undirected view's entry {@code i} (aligned with {@link #neighbours()}). */
    public double weightAt(int i) {
        return undirected.weight(i);
    }

    public int[] outOffsets() {
        return out().offsets;
    }

    public int[] outNeighbours() {
        return out().neighbours;
    }

    /** Arc weights aligned with {@link #outNeighbours()}; a fresh copy when kept as floats, as {@link #weights()}. */
    public double[] outWeights() {
        return out().weights();
    }

    /** The weight of the out-view's entry {@code i} (aligned with {@link #outNeighbours()}). */
    public double outWeightAt(int i) {
        return out().weight(i);
    }

    /** CSR offsets of the in-view (made on first use of the in-view). */
    public int[] inOffsets() {
        return in().offsets;
    }

    /** The in-view's neighbours: row v lists the tails u of the arcs u→v, ascending. */
    public int[] inNeighbours() {
        return in().neighbours;
    }

    /** Arc weights aligned with {@link #inNeighbours()}; a fresh copy when kept as floats, as {@link #weights()}. */
    public double[] inWeights() {
        return in().weights();
    }

    /** The weight of the in-view's entry {@code i} (aligned with {@link #inNeighbours()}). */
    public double inWeightAt(int i) {
        return in().weight(i);
    }

    public int outDegree(int v) {
        int[] off = out().offsets;
        return off[v + 1] - off[v];
    }

    public int inDegree(int v) {
        int[] off = in().offsets;
        return off[v + 1] - off[v];
    }

    /** True when u and v are joined in the undirected view (binary search, O(log degree)). */
    public boolean adjacent(int u, int v) {
        return Arrays.binarySearch(undirected.neighbours, undirected.offsets[u], undirected.offsets[u + 1], v) >= 0;
    }

    /** True when the directed view has the arc u→v. */
    public boolean hasArc(int u, int v) {
        View o = out();
        return Arrays.binarySearch(o.neighbours, o.offsets[u], o.offsets[u + 1], v) >= 0;
    }

    /** Weight of the undirected edge {u,v}, or 0 when there is none. */
    public double weight(int u, int v) {
        int i = Arrays.binarySearch(undirected.neighbours, undirected.offsets[u], undirected.offsets[u + 1], v);
        return i >= 0 ? undirected.weight(i) : 0.0;
    }

    /** Weight of the arc u→v, or 0 when there is none. */
    public double arcWeight(int u, int v) {
        View o = out();
        int i = Arrays.binarySearch(o.neighbours, o.offsets[u], o.offsets[u + 1], v);
        return i >= 0 ? o.weight(i) : 0.0;
    }

    /** Whether the weights are kept as floats (every summed weight is one exactly); for tests and memory notes. */
    boolean floatWeights() {
        return undirected.floatWeights != null && out().floatWeights != null;
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
