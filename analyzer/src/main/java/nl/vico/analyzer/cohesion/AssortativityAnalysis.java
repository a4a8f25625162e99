package nl.vico.analyzer.cohesion;

import nl.vico.analyzer.graph.CompactGraph;

/**
 * Degree assortativity (Newman 2002, "Assortative mixing in networks", PRL 89:208701, eq. 4): the Pearson
 * correlation of the degrees at the two ends of a tie, each tie counted in both directions, on the
 * undirected, unweighted view. Positive when well-connected actors tie to each other, negative when they
 * tie to the poorly connected. NaN (undefined) without ties or when all tie ends have the same degree
 * (e.g. a ring). O(n + m).
 */
public final class AssortativityAnalysis {
    private AssortativityAnalysis() {
    }

    public static double degree(CompactGraph graph) {
        int n = graph.vertexCount();
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        double ends = 0;
        double sum = 0;
        double sumSquares = 0;
        double sumProducts = 0;
        for (int u = 0; u < n; u++) {
            double du = off[u + 1] - off[u];
            for (int i = off[u]; i < off[u + 1]; i++) {
                double dv = off[nb[i] + 1] - off[nb[i]];
                ends++;
                sum += du;
                sumSquares += du * du;
                sumProducts += du * dv;
            }
        }
        if (ends == 0) {
            return Double.NaN;
        }
        double mean = sum / ends;
        double variance = sumSquares / ends - mean * mean;
        if (variance <= 1e-12 * Math.max(1.0, sumSquares / ends)) {
            return Double.NaN;
        }
        return (sumProducts / ends - mean * mean) / variance;
    }
}
