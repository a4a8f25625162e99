package nl.vico.analyzer.cohesion;

import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.model.StakeholderNetwork;

/**
 * Core numbers (Seidman 1983, "Network structure and minimum degree", Social Networks 5(3):269–287): the
 * k-core is the largest group in which every actor has at least k ties inside the group; an actor's core
 * number is the largest k whose k-core contains it (0 for an isolate). Computed by the bucket algorithm
 * of Batagelj &amp; Zaversnik (2003, arXiv cs/0310049), repeatedly peeling an actor of least remaining
 * degree, in O(n + m) time and O(n) memory.
 */
public final class CoreAnalysis implements NetworkAnalysis<int[]> {
    @Override
    public int[] analyze(StakeholderNetwork network) {
        return coreNumbers(CompactGraph.of(network));
    }

    /** Core number by actor index (a fresh array). */
    public int[] coreNumbers(CompactGraph graph) {
        int n = graph.vertexCount();
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        int[] deg = new int[n];
        int maxDeg = 0;
        for (int v = 0; v < n; v++) {
            deg[v] = off[v + 1] - off[v];
            maxDeg = Math.max(maxDeg, deg[v]);
        }
        int[] bin = new int[maxDeg + 1];
        for (int v = 0; v < n; v++) {
            bin[deg[v]]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDeg; d++) {
            int c = bin[d];
            bin[d] = start;
            start += c;
        }
        int[] vert = new int[n];
        int[] pos = new int[n];
        for (int v = 0; v < n; v++) {
            pos[v] = bin[deg[v]];
            vert[pos[v]] = v;
            bin[deg[v]]++;
        }
        for (int d = maxDeg; d > 0; d--) {
            bin[d] = bin[d - 1];
        }
        bin[0] = 0;
        for (int i = 0; i < n; i++) {
            int v = vert[i];
            for (int j = off[v]; j < off[v + 1]; j++) {
                int u = nb[j];
                if (deg[u] > deg[v]) {
                    int du = deg[u];
                    int pu = pos[u];
                    int pw = bin[du];
                    int w = vert[pw];
                    if (u != w) {
                        pos[u] = pw;
                        vert[pu] = w;
                        pos[w] = pu;
                        vert[pw] = u;
                    }
                    bin[du]++;
                    deg[u]--;
                }
            }
        }
        return deg;
    }
}
