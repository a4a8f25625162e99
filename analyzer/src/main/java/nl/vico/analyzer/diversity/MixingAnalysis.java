package nl.vico.analyzer.diversity;

import nl.vico.analyzer.graph.CompactGraph;

/**
 * Who ties to whom across groups, on the undirected view (each pair joined by any tie counted once).
 *
 * <ul>
 *   <li><b>E-I index</b> (D. Krackhardt and R. N. Stern, "Informal networks and organizational crises: an
 *       experimental simulation", <i>Social Psychology Quarterly</i> 51(2) (1988) 123–140): (E − I)/(E + I),
 *       E the external and I the internal edges; −1 when all ties stay inside the group (closed), +1 when
 *       all go outside. Per group, E counts the edges with one end in the group; for the network, E counts
 *       the edges between two different groups.</li>
 *   <li><b>Attribute assortativity</b> (M. E. J. Newman, "Mixing patterns in networks", <i>Phys. Rev. E</i> 67
 *       (2003) 026126, eq. 2): r = (Σ_i e_ii − Σ_i a_i²)/(1 − Σ_i a_i²), e_ij the share of edge ends
 *       running from group i to group j (each edge counted both ways) and a_i the share of edge ends in
 *       group i; as NetworkX's {@code attribute_assortativity_coefficient}. Undefined without edges or
 *       when all edge ends lie in one group.</li>
 * </ul>
 * Cost O(n + m) and O(number of groups) memory: the mixing matrix is never built, only its trace and
 * row sums are needed.
 */
public final class MixingAnalysis {
    private MixingAnalysis() {
    }

    /** Mixing of the groups labelled 0..groupCount−1, one label per actor index. */
    public static Mixing compute(CompactGraph graph, int[] group, int groupCount) {
        int n = graph.vertexCount();
        if (group.length != n) {
            throw new IllegalArgumentException("give one group label per actor: " + group.length + " for " + n);
        }
        long[] within = new long[groupCount];
        long[] external = new long[groupCount];
        double[] ends = new double[groupCount];
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        long internalEdges = 0;
        long edges = 0;
        for (int u = 0; u < n; u++) {
            int gu = group[u];
            if (gu < 0 || gu >= groupCount) {
                throw new IllegalArgumentException("group label " + gu + " lies outside 0.." + (groupCount - 1));
            }
            ends[gu] += off[u + 1] - off[u];
            for (int k = off[u]; k < off[u + 1]; k++) {
                int v = nb[k];
                if (v <= u) {
                    continue; // each edge once
                }
                edges++;
                int gv = group[v];
                if (gu == gv) {
                    within[gu]++;
                    internalEdges++;
                } else {
                    external[gu]++;
                    external[gv]++;
                }
            }
        }
        double[] eiByGroup = new double[groupCount];
        for (int g = 0; g < groupCount; g++) {
            long all = within[g] + external[g];
            eiByGroup[g] = all == 0 ? Double.NaN : (external[g] - within[g]) / (double) all;
        }
        double ei = edges == 0 ? Double.NaN : (edges - 2.0 * internalEdges) / edges;
        double assortativity = Double.NaN;
        if (edges > 0) {
            double trace = internalEdges / (double) edges; // 2·I ends out of 2·m
            double sumA2 = 0;
            for (double e : ends) {
                double a = e / (2.0 * edges);
                sumA2 += a * a;
            }
            double denominator = 1 - sumA2;
            if (denominator > 1e-15) {
                assortativity = (trace - sumA2) / denominator;
            }
        }
        return new Mixing(within, external, eiByGroup, ei, assortativity);
    }
}
