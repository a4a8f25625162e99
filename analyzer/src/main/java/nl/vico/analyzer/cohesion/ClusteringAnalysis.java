package nl.vico.analyzer.cohesion;

import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.model.StakeholderNetwork;

/**
 * Local clustering (Watts &amp; Strogatz 1998, "Collective dynamics of 'small-world' networks", Nature
 * 393:440–442), its average, and transitivity (the global clustering coefficient, Newman 2003 SIAM Rev.
 * 45(2), eq. 3) on the undirected, unweighted view.
 *
 * <p>C_v = t_v / (d_v(d_v−1)/2) with t_v the ties among v's neighbours (0 when d_v &lt; 2);
 * transitivity = 3·T / Σ_v d_v(d_v−1)/2 with T the triangles. Triangles are counted once each by
 * intersecting the sorted neighbour rows of u &lt; v &lt; w. O(Σ_{(u,v)} (d_u + d_v)) time, O(n) memory.
 */
public final class ClusteringAnalysis implements NetworkAnalysis<ClusteringProfile> {
    @Override
    public ClusteringProfile analyze(StakeholderNetwork network) {
        return clustering(CompactGraph.of(network));
    }

    public ClusteringProfile clustering(CompactGraph graph) {
        int n = graph.vertexCount();
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        long[] triangles = new long[n];
        long total = 0;
        for (int u = 0; u < n; u++) {
            for (int i = off[u]; i < off[u + 1]; i++) {
                int v = nb[i];
                if (v <= u) {
                    continue;
                }
                // common neighbours w > v of u and v: each triangle u<v<w found exactly once
                int a = i + 1;
                int aEnd = off[u + 1];
                int b = off[v];
                int bEnd = off[v + 1];
                while (a < aEnd && b < bEnd) {
                    int x = nb[a];
                    int y = nb[b];
                    if (x < y) {
                        a++;
                    } else if (y < x) {
                        b++;
                    } else {
                        if (x > v) {
                            triangles[u]++;
                            triangles[v]++;
                            triangles[x]++;
                            total++;
                        }
                        a++;
                        b++;
                    }
                }
            }
        }
        double[] local = new double[n];
        double triples = 0;
        double sum = 0;
        for (int v = 0; v < n; v++) {
            long d = off[v + 1] - off[v];
            double pairs = d * (d - 1) / 2.0;
            triples += pairs;
            local[v] = d < 2 ? 0.0 : triangles[v] / pairs;
            sum += local[v];
        }
        double transitivity = triples == 0 ? 0.0 : 3.0 * total / triples;
        double average = n == 0 ? Double.NaN : sum / n;
        return new ClusteringProfile(triangles, local, transitivity, average);
    }
}
