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
    /** Actors peeled per call: small methods called often are compiled early by the JIT. */
    private static final int BLOCK = 32;

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
        // bin[d]: how many actors have degree d, then where degree d starts in vert (actors by degree)
        int[] bin = new int[n + 1];
        int maxDeg = 0;
        for (int i = 0; i < n; i += BLOCK) {
            maxDeg = Math.max(maxDeg, count(i, Math.min(n, i + BLOCK), off, deg, bin));
        }
        int first = 0;
        for (int d = 0; d <= maxDeg; d++) {
            int count = bin[d];
            bin[d] = first;
            first += count;
        }
        int[] vert = new int[n];
        int[] pos = new int[n];
        for (int i = 0; i < n; i += BLOCK) {
            place(i, Math.min(n, i + BLOCK), deg, bin, vert, pos);
        }
        // placing moved every bin start one bin on: move them back
        for (int d = maxDeg; d > 0; d--) {
            bin[d] = bin[d - 1];
        }
        bin[0] = 0;
        for (int i = 0; i < n; i += BLOCK) {
            peelAll(i, Math.min(n, i + BLOCK), off, nb, deg, bin, vert, pos);
        }
        return deg;
    }

    /** Degrees of actors [from, to) into deg, counted per degree in bin; returns the largest. */
    private static int count(int from, int to, int[] off, int[] deg, int[] bin) {
        int max = 0;
        for (int v = from; v < to; v++) {
            int d = off[v + 1] - off[v];
            deg[v] = d;
            bin[d]++;
            max = Math.max(max, d);
        }
        return max;
    }

    /** Puts actors [from, to) at the next free place of their degree's bin. */
    private static void place(int from, int to, int[] deg, int[] bin, int[] vert, int[] pos) {
        for (int v = from; v < to; v++) {
            int p = bin[deg[v]]++;
            pos[v] = p;
            vert[p] = v;
        }
    }

    /** Peels vert[from..to) in order. */
    private static void peelAll(int from, int to, int[] off, int[] nb, int[] deg, int[] bin, int[] vert, int[] pos) {
        for (int i = from; i < to; i++) {
            peel(vert[i], off, nb, deg, bin, vert, pos);
        }
    }

    /**
     * Removes v (of least remaining degree): every neighbour u of larger remaining degree loses one, moving
     * to the front of its bin and the bin's start one place on.
     */
    private static void peel(int v, int[] off, int[] nb, int[] deg, int[] bin, int[] vert, int[] pos) {
        int dv = deg[v];
        for (int j = off[v], end = off[v + 1]; j < end; j++) {
            int u = nb[j];
            int du = deg[u];
            if (du > dv) {
                // swap u with w, the first actor of its bin (when u is w, the stores change nothing)
                int pu = pos[u];
                int pw = bin[du];
                int w = vert[pw];
                pos[u] = pw;
                vert[pu] = w;
                pos[w] = pu;
                vert[pw] = u;
                bin[du] = pw + 1;
                deg[u] = du - 1;
            }
        }
    }
}
