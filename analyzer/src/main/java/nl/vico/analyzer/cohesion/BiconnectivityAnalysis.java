package nl.vico.analyzer.cohesion;

import java.util.Arrays;
import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.model.StakeholderNetwork;

/**
 * Articulation points and bridges of the undirected view (Hopcroft &amp; Tarjan 1973, "Algorithm 447:
 * efficient algorithms for graph manipulation", CACM 16(6):372–378).
 *
 * <p>A depth-first search numbers the actors in visiting order (disc) and computes low(v), the smallest
 * number reachable from v's subtree with at most one back edge. A non-root u is an articulation point
 * when a child v has low(v) ≥ disc(u); a root when it has two or more children; a tree edge (u, v) is a
 * bridge when low(v) &gt; disc(u). The search keeps its own stack (no recursion), so networks of any size
 * are safe. The view is simple (parallel ties are merged), so skipping the tree edge to the parent by
 * vertex is exact. O(n + m) time, O(n) memory.
 */
public final class BiconnectivityAnalysis implements NetworkAnalysis<CutStructure> {
    @Override
    public CutStructure analyze(StakeholderNetwork network) {
        return cuts(CompactGraph.of(network));
    }

    public CutStructure cuts(CompactGraph graph) {
        int n = graph.vertexCount();
        var search = new Search(graph.offsets(), graph.neighbours(), n);
        for (int root = 0; root < n; root++) {
            if (search.disc[root] == 0) {
                search.start(root);
                while (search.steps()) {
                    // the search runs in blocks of steps: a small method called often is compiled early
                }
                search.finishRoot();
            }
        }
        // sorted by (smaller end, larger end): both are non-negative ints packed into one long
        long[] bridges = search.bridges;
        int count = search.bridgeCount;
        Arrays.sort(bridges, 0, count);
        int[][] pairs = new int[count][];
        for (int b = 0; b < count; b++) {
            pairs[b] = new int[] {(int) (bridges[b] >>> 32), (int) bridges[b]};
        }
        return new CutStructure(search.articulation, pairs);
    }

    /** The state of the depth-first search, with its own stack. */
    private static final class Search {
        private static final int STEPS = 32;
        final int[] off;
        final int[] nb;
        final int[] disc;
        final int[] low;
        final int[] parent;
        final int[] next;
        final int[] stack;
        final boolean[] articulation;
        /** Bridges as (smaller end) << 32 | (larger end); a forest has at most n − 1 edges. */
        final long[] bridges;
        int bridgeCount;
        int time;
        int top;
        int root;
        int rootChildren;

        Search(int[] off, int[] nb, int n) {
            this.off = off;
            this.nb = nb;
            disc = new int[n];
            low = new int[n];
            parent = new int[n];
            next = new int[n];
            stack = new int[n];
            articulation = new boolean[n];
            bridges = new long[Math.max(0, n - 1)];
        }

        void start(int r) {
            root = r;
            rootChildren = 0;
            disc[r] = low[r] = ++time;
            parent[r] = -1;
            next[r] = off[r];
            stack[0] = r;
            top = 1;
        }

        /**
         * Up to {@value #STEPS} steps: descend to the top actor's next undiscovered neighbour, or finish the
         * top actor and fold its low value into its parent. Returns whether the tree is unfinished.
         */
        boolean steps() {
            int[] disc = this.disc;
            int[] low = this.low;
            int[] parent = this.parent;
            int[] stack = this.stack;
            int top = this.top;
            int time = this.time;
            int root = this.root;
            for (int step = 0; step < STEPS && top > 0; step++) {
                int u = stack[top - 1];
                int v = advance(u, off, nb, disc, low, parent, next);
                if (v >= 0) {
                    parent[v] = u;
                    disc[v] = low[v] = ++time;
                    next[v] = off[v];
                    stack[top++] = v;
                    if (u == root) {
                        rootChildren++;
                    }
                } else {
                    top--;
                    int p = parent[u];
                    if (p >= 0) {
                        int lu = low[u];
                        if (lu < low[p]) {
                            low[p] = lu;
                        }
                        if (lu >= disc[p] && p != root) {
                            articulation[p] = true;
                        }
                        if (lu > disc[p]) {
                            bridges[bridgeCount++] = p < u ? (long) p << 32 | u : (long) u << 32 | p;
                        }
                    }
                }
            }
            this.top = top;
            this.time = time;
            return top > 0;
        }

        void finishRoot() {
            if (rootChildren > 1) {
                articulation[root] = true;
            }
        }
    }

    /**
     * Moves along u's row from where it stopped to its next undiscovered neighbour, which it returns (−1 when
     * none is left); every discovered neighbour passed on the way, other than u's parent, is a back edge and
     * may lower low(u).
     */
    private static int advance(int u, int[] off, int[] nb, int[] disc, int[] low, int[] parent, int[] next) {
        int i = next[u];
        int end = off[u + 1];
        int pu = parent[u];
        int lu = low[u];
        int found = -1;
        while (i < end) {
            int v = nb[i++];
            int dv = disc[v];
            if (dv == 0) {
                found = v;
                break;
            }
            if (dv < lu && v != pu) {
                lu = dv;
            }
        }
        next[u] = i;
        low[u] = lu;
        return found;
    }
}
