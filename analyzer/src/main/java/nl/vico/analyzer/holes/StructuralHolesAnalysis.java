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
 * When every relation has the same strength the weighted reading is the binary one (both measures only
 * see strengths relative to each other) and is not computed twice.
 *
 * <p><b>Method.</b> The sums over q run over the contacts q that i and j share, so the only terms are
 * triangles i–q–j. Every triangle is listed once, by the forward algorithm (Schank &amp; Wagner 2005,
 * "Finding, counting and listing all triangles in large graphs", WEA, LNCS 3503): each tie points from the
 * end with the smaller degree to the other (ties between equal degrees by index), and the triangles are
 * the forward ties a→b with a forward tie b→c that a also has. Each triangle adds its six (ego, contact,
 * shared contact) terms to per-tie sums, and one pass over the ties turns those into the measures.
 *
 * <p>Cost: O(m·√m) time for listing the triangles (on the benchmark networks about 5 checks per tie,
 * where visiting every two-path i–q–j takes Σ_v deg(v)², about 47 per tie), then O(n + m); memory O(n + m),
 * on the {@link CompactGraph} arrays.
 */
public final class StructuralHolesAnalysis implements NetworkAnalysis<StructuralHoles> {
    /**
     * Actors per call of the loops over actors: small methods called often are compiled early by the JIT, so
     * that a first call on a fresh JVM spends little time in the interpreter.
     */
    private static final int BLOCK = 64;

    @Override
    public StructuralHoles analyze(StakeholderNetwork network) {
        return compute(CompactGraph.of(network));
    }

    /** Both readings on an already built graph. */
    public static StructuralHoles compute(CompactGraph graph) {
        var ties = new ForwardTies(graph);
        var sums = new TriangleSums(ties);
        sums.addAll();
        return sums.measures();
    }

    /**
     * Every tie once, pointing from the end of smaller (degree, index) to the other, with the relation
     * strength z = (weight of arc i→j) + (weight of arc j→i) of the directed view; and per actor the
     * degree, the strength Σ_j z_ij and the largest z_ij.
     */
    private static final class ForwardTies {
        final int n;
        final int[] degree;
        /** Forward ties of a are {@code head[start[a] .. start[a+1])}. */
        final int[] start;
        final int[] head;
        final double[] z;
        final double[] strength;
        final double[] maxZ;
        /** Whether every relation has the same strength z (then the weighted reading is the binary one). */
        final boolean uniform;
        private final int[] off;
        private final int[] nb;

        ForwardTies(CompactGraph g) {
            n = g.vertexCount();
            off = g.offsets();
            nb = g.neighbours();
            degree = new int[n];
            for (int b = 0; b < n; b += BLOCK) {
                degrees(b, Math.min(n, b + BLOCK));
            }
            start = new int[n + 1];
            for (int b = 0; b < n; b += BLOCK) {
                counts(b, Math.min(n, b + BLOCK));
            }
            int m = start[n];
            head = new int[m];
            z = new double[m];
            strength = new double[n];
            maxZ = new double[n];
            var arcs = new Arcs(g);
            for (int b = 0; b < n; b += BLOCK) {
                fill(b, Math.min(n, b + BLOCK), arcs);
            }
            boolean same = true;
            for (int b = 0; b < m && same; b += BLOCK) {
                same = equal(z, b, Math.min(m, b + BLOCK), z[0]);
            }
            uniform = same;
        }

        private void degrees(int from, int to) {
            for (int v = from; v < to; v++) {
                degree[v] = off[v + 1] - off[v];
            }
        }

        /** start[v + 1] = start[v] + (forward ties of v), in order over [from, to). */
        private void counts(int from, int to) {
            for (int v = from; v < to; v++) {
                start[v + 1] = start[v] + forwardCount(v);
            }
        }

        private static boolean equal(double[] z, int from, int to, double value) {
            for (int k = from; k < to; k++) {
                if (z[k] != value) {
                    return false;
                }
            }
            return true;
        }

        private int forwardCount(int v) {
            int[] nb = this.nb;
            int[] degree = this.degree;
            int count = 0;
            for (int s = off[v], end = off[v + 1]; s < end; s++) {
                int u = nb[s];
                if (degree[u] > degree[v] || degree[u] == degree[v] && u > v) {
                    count++;
                }
            }
            return count;
        }

        private void fill(int from, int to, Arcs arcs) {
            for (int v = from; v < to; v++) {
                fill(v, arcs);
            }
        }

        /** z along v's row (its out- and in-rows are sorted subsets of it: merged along it), forward ties kept. */
        private void fill(int v, Arcs arcs) {
            int[] nb = this.nb;
            int[] degree = this.degree;
            int[] oNb = arcs.outNb;
            double[] oW = arcs.outW;
            int[] iNb = arcs.inNb;
            double[] iW = arcs.inW;
            int o = arcs.outOff[v];
            int oEnd = arcs.outOff[v + 1];
            int in = arcs.inOff[v];
            int inEnd = arcs.inOff[v + 1];
            int f = start[v];
            double sum = 0;
            double max = 0;
            for (int s = off[v], end = off[v + 1]; s < end; s++) {
                int u = nb[s];
                double w = 0;
                if (o < oEnd && oNb[o] == u) {
                    w = oW[o++];
                }
                if (in < inEnd && iNb[in] == u) {
                    w += iW[in++];
                }
                sum += w;
                max = Math.max(max, w);
                if (degree[u] > degree[v] || degree[u] == degree[v] && u > v) {
                    head[f] = u;
                    z[f++] = w;
                }
            }
            strength[v] = sum;
            maxZ[v] = max;
        }
    }

    /** The directed view's rows, read once. */
    private record Arcs(int[] outOff, int[] outNb, double[] outW, int[] inOff, int[] inNb, double[] inW) {
        Arcs(CompactGraph g) {
            this(g.outOffsets(), g.outNeighbours(), g.outWeights(), g.inOffsets(), g.inNeighbours(), g.inWeights());
        }
    }

    /**
     * Per forward tie a→b the sums over the contacts q shared by a and b: for the binary reading their
     * number and Σ_q 1/deg(q) (the same seen from either end); for the weighted reading Σ_q p_aq·p_qb,
     * Σ_q p_bq·p_qa, Σ_q p_aq·m_bq and Σ_q p_bq·m_aq.
     */
    private static final class TriangleSums {
        private final int n;
        private final int[] degree;
        private final int[] start;
        private final int[] head;
        private final double[] z;
        private final int[] shared;
        private final double[] inverseDegrees;
        /** Four weighted sums per tie, or null for uniform strengths. */
        private final double[] weighted;
        private final double[] invDegree;
        private final double[] invStrength;
        private final double[] invMax;
        private final double[] logDegree;
        private final int[] mark;

        TriangleSums(ForwardTies t) {
            n = t.n;
            degree = t.degree;
            start = t.start;
            head = t.head;
            z = t.z;
            int m = head.length;
            shared = new int[m];
            inverseDegrees = new double[m];
            weighted = t.uniform ? null : new double[4 * m];
            invDegree = new double[n];
            invStrength = new double[n];
            invMax = new double[n];
            logDegree = new double[n];
            for (int b = 0; b < n; b += BLOCK) {
                inverses(b, Math.min(n, b + BLOCK), t.strength, t.maxZ);
            }
            mark = new int[n];
            Arrays.fill(mark, -1);
        }

        /** 1/deg, 1/strength, 1/max z and ln deg on [from, to) (all 0 for isolates). */
        private void inverses(int from, int to, double[] strength, double[] maxZ) {
            for (int v = from; v < to; v++) {
                int d = degree[v];
                if (d > 0) {
                    invDegree[v] = 1.0 / d;
                    invStrength[v] = 1.0 / strength[v];
                    invMax[v] = 1.0 / maxZ[v];
                    logDegree[v] = Math.log(d);
                }
            }
        }

        /** Lists every triangle once and adds its terms. */
        void addAll() {
            for (int b = 0; b < n; b += BLOCK) {
                triangles(b, Math.min(n, b + BLOCK));
            }
        }

        private void triangles(int from, int to) {
            for (int a = from; a < to; a++) {
                if (start[a + 1] - start[a] >= 2) {
                    trianglesAt(a);
                }
            }
        }

        /**
         * The triangles whose lowest end is a: forward ties a→b, b→c with a→c. Each adds, per tie, the
         * binary terms (one more shared contact q, and 1/deg q) and the six weighted terms: for each tie, each
         * end as ego via the third actor. (One method, so that the JIT has one loop nest to compile.)
         */
        private void trianglesAt(int a) {
            int[] start = this.start;
            int[] head = this.head;
            int[] mark = this.mark;
            int[] shared = this.shared;
            double[] inverse = this.inverseDegrees;
            double[] invDegree = this.invDegree;
            double[] w = this.weighted;
            int from = start[a];
            int to = start[a + 1];
            for (int k = from; k < to; k++) {
                mark[head[k]] = k;
            }
            for (int ab = from; ab < to; ab++) {
                int b = head[ab];
                for (int bc = start[b], end = start[b + 1]; bc < end; bc++) {
                    int c = head[bc];
                    int ac = mark[c];
                    if (ac < 0) {
                        continue;
                    }
                    shared[ab]++;
                    shared[ac]++;
                    shared[bc]++;
                    inverse[ab] += invDegree[c];
                    inverse[ac] += invDegree[b];
                    inverse[bc] += invDegree[a];
                    if (w == null) {
                        continue;
                    }
                    double[] z = this.z;
                    double[] s = invStrength;
                    double[] x = invMax;
                    double zab = z[ab];
                    double zac = z[ac];
                    double zbc = z[bc];
                    double pab = zab * s[a];
                    double pba = zab * s[b];
                    double pac = zac * s[a];
                    double pca = zac * s[c];
                    double pbc = zbc * s[b];
                    double pcb = zbc * s[c];
                    int i = 4 * ab;
                    w[i] += pac * pcb;
                    w[i + 1] += pbc * pca;
                    w[i + 2] += pac * zbc * x[b];
                    w[i + 3] += pbc * zac * x[a];
                    i = 4 * ac;
                    w[i] += pab * pbc;
                    w[i + 1] += pcb * pba;
                    w[i + 2] += pab * zbc * x[c];
                    w[i + 3] += pcb * zab * x[a];
                    i = 4 * bc;
                    w[i] += pba * pac;
                    w[i + 1] += pca * pab;
                    w[i + 2] += pba * zac * x[c];
                    w[i + 3] += pca * zab * x[b];
                }
            }
            for (int k = from; k < to; k++) {
                mark[head[k]] = -1;
            }
        }

        /** Both readings from the sums (the weighted one is the binary one for uniform strengths). */
        StructuralHoles measures() {
            var binary = new Totals(n, invDegree);
            var weightedTotals = weighted == null ? null : new Totals(n, null);
            for (int b = 0; b < n; b += BLOCK) {
                terms(b, Math.min(n, b + BLOCK), binary, weightedTotals);
            }
            BurtMeasures b = binary.measures(degree, logDegree);
            return new StructuralHoles(b, weightedTotals == null ? b : weightedTotals.measures(degree, logDegree));
        }

        private void terms(int from, int to, Totals bt, Totals wt) {
            for (int a = from; a < to; a++) {
                termsAt(a, bt, wt);
            }
        }

        /**
         * The terms of a's forward ties a→b, both ways. Binary (p_ij = 1/deg i, m = 1): c_ab =
         * ((1 + Σ_q 1/deg q)/deg a)² and c_ba likewise, ln c from one logarithm per tie, and the redundancy of
         * b to a is (shared contacts)/deg a. Weighted (when {@code wt} is not null): c_ab =
         * (p_ab + Σ_q p_aq·p_qb)², redundancy Σ_q p_aq·m_bq.
         */
        private void termsAt(int a, Totals bt, Totals wt) {
            double[] invDegree = this.invDegree;
            double[] logDegree = this.logDegree;
            double[] invStrength = this.invStrength;
            double[] w = weighted;
            double ia = invDegree[a];
            double la = logDegree[a];
            double sa = invStrength[a];
            double[] bc = bt.constraint;
            double[] be = bt.entropy;
            double[] br = bt.redundancy;
            double[] wc = wt == null ? null : wt.constraint;
            double[] we = wt == null ? null : wt.entropy;
            double[] wr = wt == null ? null : wt.redundancy;
            for (int k = start[a], end = start[a + 1]; k < end; k++) {
                int b = head[k];
                double near = 1.0 + inverseDegrees[k];
                double log = Math.log(near);
                double rootAb = near * ia;
                double rootBa = near * invDegree[b];
                double cab = rootAb * rootAb;
                double cba = rootBa * rootBa;
                bc[a] += cab;
                bc[b] += cba;
                be[a] += 2 * cab * (log - la);
                be[b] += 2 * cba * (log - logDegree[b]);
                br[a] += shared[k];
                br[b] += shared[k];
                if (wc == null) {
                    continue;
                }
                int i = 4 * k;
                rootAb = z[k] * sa + w[i];
                rootBa = z[k] * invStrength[b] + w[i + 1];
                cab = rootAb * rootAb;
                cba = rootBa * rootBa;
                wc[a] += cab;
                wc[b] += cba;
                we[a] += 2 * cab * Math.log(rootAb);
                we[b] += 2 * cba * Math.log(rootBa);
                wr[a] += w[i + 2];
                wr[b] += w[i + 3];
            }
        }
    }

    /**
     * Per actor: C = Σ_j c_j, E = Σ_j c_j·ln c_j and the redundancy Σ_j (redundancy of j), summed over its
     * ties; then the measures.
     */
    private static final class Totals {
        final double[] constraint;
        final double[] entropy;
        final double[] redundancy;
        /** Binary reading: the redundancies are shared-contact counts, to divide by the degree; else null. */
        private final double[] invDegree;

        Totals(int n, double[] invDegree) {
            constraint = new double[n];
            entropy = new double[n];
            redundancy = new double[n];
            this.invDegree = invDegree;
        }

        BurtMeasures measures(int[] degree, double[] logDegree) {
            int n = degree.length;
            double[] effective = new double[n];
            double[] efficiency = new double[n];
            double[] hierarchy = new double[n];
            for (int b = 0; b < n; b += BLOCK) {
                measures(b, Math.min(n, b + BLOCK), degree, logDegree, effective, efficiency, hierarchy);
            }
            return new BurtMeasures(constraint, effective, efficiency, hierarchy);
        }

        /**
         * On [from, to): effective size = N − Σ_j redundancy; efficiency; hierarchy Σ_j r_j ln r_j / (N ln N)
         * with r_j = c_j·N/C, which is (E/C + ln N − ln C) / ln N (Σ_j c_j = C), at least 0 by convexity
         * (rounding can leave a few 1e-16 below); and the isolates' undefined values.
         */
        private void measures(int from, int to, int[] degree, double[] logDegree, double[] effective,
                              double[] efficiency, double[] hierarchy) {
            for (int v = from; v < to; v++) {
                int deg = degree[v];
                if (deg == 0) {
                    constraint[v] = Double.NaN;
                    effective[v] = Double.NaN;
                    efficiency[v] = Double.NaN;
                    continue;
                }
                double es = deg - (invDegree == null ? redundancy[v] : redundancy[v] * invDegree[v]);
                effective[v] = es;
                efficiency[v] = es / deg;
                if (deg == 1) {
                    hierarchy[v] = 1.0;
                } else {
                    double logN = logDegree[v];
                    double c = constraint[v];
                    hierarchy[v] = Math.max(0.0, (entropy[v] / c + logN - Math.log(c)) / logN);
                }
            }
        }
    }
}
