package nl.vico.analyzer.power;

import java.util.Arrays;

/**
 * Strongly connected components by Tarjan's algorithm (R. Tarjan, "Depth-first search and linear graph
 * algorithms", SIAM J. Comput. 1 (1972) 146–160), iterative so that long paths do not overflow the stack.
 * O(k + a).
 */
final class Scc {
    private Scc() {
    }

    /**
     * Component id per vertex. Ids are given in the order components complete, which is a reverse
     * topological order: an arc between two components always runs from the higher id to the lower.
     */
    static int[] of(int k, int[] off, int[] nb) {
        int[] index = new int[k];
        int[] low = new int[k];
        int[] comp = new int[k];
        boolean[] onStack = new boolean[k];
        Arrays.fill(index, -1);
        int[] stack = new int[k];
        int sp = 0;
        int[] callStack = new int[k];
        int[] edgePos = new int[k];
        int next = 0;
        int compCount = 0;
        for (int root = 0; root < k; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int cp = 0;
            callStack[cp++] = root;
            index[root] = low[root] = next++;
            edgePos[root] = off[root];
            stack[sp++] = root;
            onStack[root] = true;
            while (cp > 0) {
                int v = callStack[cp - 1];
                if (edgePos[v] < off[v + 1]) {
                    int w = nb[edgePos[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = next++;
                        edgePos[w] = off[w];
                        stack[sp++] = w;
                        onStack[w] = true;
                        callStack[cp++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    cp--;
                    if (low[v] == index[v]) {
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            comp[w] = compCount;
                        } while (w != v);
                        compCount++;
                    }
                    if (cp > 0) {
                        int parent = callStack[cp - 1];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        return comp;
    }
}
