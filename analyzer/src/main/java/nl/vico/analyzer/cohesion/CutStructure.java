package nl.vico.analyzer.cohesion;

import java.util.Arrays;
import nl.vico.analyzer.AnalysisContext;

/**
 * The single points of failure of the undirected view.
 *
 * @param articulation by actor index: true when removing the actor splits its component (an articulation
 *                     point, cut vertex)
 * @param bridges      the ties whose removal splits their component, as pairs {u, v} of actor indexes with
 *                     u &lt; v, sorted
 */
public record CutStructure(boolean[] articulation, int[][] bridges) {
    public CutStructure {
        articulation = articulation.clone();
        int[][] copy = new int[bridges.length][];
        boolean sorted = true;
        for (int i = 0; i < bridges.length; i++) {
            int[] pair = bridges[i];
            if (pair.length != 2 || pair[0] >= pair[1]) {
                throw new IllegalArgumentException("a bridge is a pair {u, v} of actor indexes with u < v");
            }
            copy[i] = new int[] {pair[0], pair[1]};
            sorted = sorted && (i == 0 || compare(copy[i - 1], pair) < 0);
        }
        if (!sorted) {
            Arrays.sort(copy, CutStructure::compare);
        }
        bridges = copy;
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }

    /** Articulation points and bridges of the context's network, computed once per context. */
    public static CutStructure of(AnalysisContext context) {
        return context.shared(CutStructure.class, c -> new BiconnectivityAnalysis().cuts(c.graph()));
    }

    public boolean isArticulationPoint(int actor) {
        return articulation[actor];
    }

    /** Number of articulation points. */
    public int articulationCount() {
        int c = 0;
        for (boolean b : articulation) {
            if (b) {
                c++;
            }
        }
        return c;
    }

    @Override
    public boolean[] articulation() {
        return articulation.clone();
    }

    @Override
    public int[][] bridges() {
        int[][] copy = new int[bridges.length][];
        for (int i = 0; i < bridges.length; i++) {
            copy[i] = bridges[i].clone();
        }
        return copy;
    }
}
