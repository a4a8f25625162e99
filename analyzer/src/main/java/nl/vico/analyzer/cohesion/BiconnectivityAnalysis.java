package nl.vico.analyzer.cohesion;

import java.util.ArrayList;
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
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] next = new int[n];
        int[] stack = new int[n];
        boolean[] articulation = new boolean[n];
        var bridges = new ArrayList<int[]>();
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (disc[root] != 0) {
                continue;
            }
            int rootChildren = 0;
            int top = 0;
            stack[top++] = root;
            disc[root] = low[root] = ++time;
            parent[root] = -1;
            next[root] = off[root];
            while (top > 0) {
                int u = stack[top - 1];
                if (next[u] < off[u + 1]) {
                    int v = nb[next[u]++];
                    if (disc[v] == 0) {
                        parent[v] = u;
                        disc[v] = low[v] = ++time;
                        next[v] = off[v];
                        stack[top++] = v;
                        if (u == root) {
                            rootChildren++;
                        }
                    } else if (v != parent[u]) {
                        low[u] = Math.min(low[u], disc[v]);
                    }
                } else {
                    top--;
                    int p = parent[u];
                    if (p >= 0) {
                        low[p] = Math.min(low[p], low[u]);
                        if (low[u] >= disc[p] && p != root) {
                            articulation[p] = true;
                        }
                        if (low[u] > disc[p]) {
                            bridges.add(new int[] {Math.min(p, u), Math.max(p, u)});
                        }
                    }
                }
            }
            if (rootChildren > 1) {
                articulation[root] = true;
            }
        }
        return new CutStructure(articulation, bridges.toArray(new int[0][]));
    }
}
