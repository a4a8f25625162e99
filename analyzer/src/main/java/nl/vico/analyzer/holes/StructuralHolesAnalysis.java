package nl.vico.analyzer.holes;

import java.util.Arrays;
import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.model.StakeholderNetwork;

/**
 * Burt's structural-hole measures (R. S. Burt, <i>Structural Holes: The Social Structure of
 * Competition</i>, Harvard University Press, 1992, ch. 2) for every actor.
 *
 * <p>The contacts of actor i are its in- and out-neighbours (the undirected view). With z_ij the
 * strength of the relation between i and j, the proportional tie strength is
 * p_ij = (z_ij + z_ji) / Σ_k (z_ik + z_ki), and
 * <ul>
 *   <li><b>constraint</b> C_i = Σ_j c_ij with local constraint c_ij = (p_ij + Σ_{q≠i,j} p_iq p_qj)²: how
 *       much i's contacts are tied to each other, so that i cannot play them off against each other
 *       (1/degree for a star's hub, 1 for a leaf, 1.125 in a closed triad);</li>
 *   <li><b>effective size</b> = Σ_j (1 − Σ_{q≠i,j} p_iq m_jq), with m_jq = z_jq / max_k z_jk: the number of
 *       contacts that are not redundant with each other (degree − 2t/degree for binary ties, with t the
 *       ties among the contacts);</li>
 *   <li><b>efficiency</b> = effective size / number of contacts;</li>
 *   <li><b>hierarchy</b> = Σ_j r_j ln r_j / (N ln N), r_j = c_ij / (C_i/N), N contacts: how much of the
 *       constraint one contact poses (0 when spread evenly). By convention 0 for an isolate and 1 for
 *       exactly one contact, where the formula is 0/0 but all constraint sits on that one contact.</li>
 * </ul>
 * Constraint, effective size and efficiency of an isolate are undefined and reported as {@code null}.
 *
 * <p>Binary reading (keys without suffix, as in the reference values): z_ij = z_ji = 1 when a tie of
 * any kind joins i and j in either direction. Weighted reading ({@code _weighted}): z_ij is the summed
 * weight of the directed view's arc i→j, so a tie in one direction contributes half of what an
 * undirected (two-way) tie of the same weight does; weights are read as strengths. On undirected data
 * both readings agree with NetworkX's {@code constraint}/{@code effective_size} (binary or weighted).
 *
 * <p>Cost: O(Σ_v deg(v)²) time (every two-path is visited once from each end) and O(n + m) memory, on
 * the {@link CompactGraph} arrays.
 */
public final class StructuralHolesAnalysis implements NetworkAnalysis<StructuralHoles> {

    @Override
    public StructuralHoles analyze(StakeholderNetwork network) {
        return compute(CompactGraph.of(network));
    }

    /** Both readings on an already built graph. */
    public static StructuralHoles compute(CompactGraph graph) {
        double[] ones = new double[graph.neighbours().length];
        Arrays.fill(ones, 1.0);
        return new StructuralHoles(measures(graph, ones), measures(graph, mutualWeights(graph)));
    }

    /**
     * For every slot of the undirected CSR rows, the weight of arc i→j plus that of arc j→i in the
     * directed view (merging the sorted out- and in-rows of i with its undirected row).
     */
    static double[] mutualWeights(CompactGraph g) {
        int n = g.vertexCount();
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        int[] oOff = g.outOffsets();
        int[] oNb = g.outNeighbours();
        double[] oW = g.outWeights();
        int[] iOff = g.inOffsets();
        int[] iNb = g.inNeighbours();
        double[] iW = g.inWeights();
        double[] z = new double[nb.length];
        for (int v = 0; v < n; v++) {
            int o = oOff[v];
            int in = iOff[v];
            for (int s = off[v]; s < off[v + 1]; s++) {
                int u = nb[s];
                double w = 0;
                while (o < oOff[v + 1] && oNb[o] < u) {
                    o++;
                }
                if (o < oOff[v + 1] && oNb[o] == u) {
                    w += oW[o];
                }
                while (in < iOff[v + 1] && iNb[in] < u) {
                    in++;
                }
                if (in < iOff[v + 1] && iNb[in] == u) {
                    w += iW[in];
                }
                z[s] = w;
            }
        }
        return z;
    }

    /** The four measures for relation strengths z aligned with the undirected CSR slots (z symmetric). */
    static BurtMeasures measures(CompactGraph g, double[] z) {
        int n = g.vertexCount();
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        double[] strength = new double[n];
        double[] maxZ = new double[n];
        for (int v = 0; v < n; v++) {
            double s = 0;
            double max = 0;
            for (int k = off[v]; k < off[v + 1]; k++) {
                s += z[k];
                max = Math.max(max, z[k]);
            }
            strength[v] = s;
            maxZ[v] = max;
        }
        double[] constraint = new double[n];
        double[] effective = new double[n];
        double[] efficiency = new double[n];
        double[] hierarchy = new double[n];
        // per-ego scratch, indexed by vertex, reset after each ego
        int[] mark = new int[n];
        double[] indirect = new double[n];
        double[] redundancy = new double[n];
        double[] local = new double[n];
        for (int i = 0; i < n; i++) {
            int deg = off[i + 1] - off[i];
            if (deg == 0) {
                constraint[i] = Double.NaN;
                effective[i] = Double.NaN;
                efficiency[i] = Double.NaN;
                hierarchy[i] = 0.0;
                continue;
            }
            int stamp = i + 1;
            for (int k = off[i]; k < off[i + 1]; k++) {
                mark[nb[k]] = stamp;
            }
            for (int k = off[i]; k < off[i + 1]; k++) {
                int q = nb[k];
                double piq = z[k] / strength[i];
                for (int t = off[q]; t < off[q + 1]; t++) {
                    int j = nb[t];
                    if (mark[j] == stamp) { // j is a contact of i, reached through contact q
                        indirect[j] += piq * z[t] / strength[q];
                        redundancy[j] += piq * z[t] / maxZ[j];
                    }
                }
            }
            double c = 0;
            double es = 0;
            for (int k = off[i]; k < off[i + 1]; k++) {
                int j = nb[k];
                double pij = z[k] / strength[i];
                double cij = (pij + indirect[j]) * (pij + indirect[j]);
                local[j] = cij;
                c += cij;
                es += 1.0 - redundancy[j];
            }
            constraint[i] = c;
            effective[i] = es;
            efficiency[i] = es / deg;
            hierarchy[i] = deg == 1 ? 1.0 : hierarchy(local, nb, off[i], off[i + 1], c);
            for (int k = off[i]; k < off[i + 1]; k++) {
                int j = nb[k];
                indirect[j] = 0;
                redundancy[j] = 0;
                local[j] = 0;
            }
        }
        return new BurtMeasures(constraint, effective, efficiency, hierarchy);
    }

    private static double hierarchy(double[] local, int[] nb, int from, int to, double total) {
        int count = to - from;
        double mean = total / count;
        double sum = 0;
        for (int k = from; k < to; k++) {
            double r = local[nb[k]] / mean;
            if (r > 0) {
                sum += r * Math.log(r);
            }
        }
        return sum / (count * Math.log(count));
    }
}
