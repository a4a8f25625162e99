package nl.vico.analyzer.community;

import java.util.Arrays;
import java.util.Random;
import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.model.StakeholderNetwork;

/**
 * Communities by the Louvain method (Blondel, Guillaume, Lambiotte &amp; Lefebvre 2008, "Fast unfolding of
 * communities in large networks", J. Stat. Mech. P10008), maximising Newman's modularity (Newman &amp;
 * Girvan 2004) on the undirected, unweighted view.
 *
 * <p><b>Definition.</b> Q = Σ_c [ L_c/m − (K_c/2m)² ], with m ties, L_c the ties inside community c and
 * K_c the sum of its members' degrees. Louvain alternates local moving (each actor, in an order shuffled
 * with the seed, joins the neighbouring community with the largest gain in Q, until no move gains more
 * than 1e-12) and aggregation (communities become single nodes), until a level moves nothing.
 *
 * <p><b>Refinement.</b> Louvain can leave a community internally disconnected (Traag, Waltman &amp; van Eck
 * 2019). Afterwards every community is split into its connected parts, which never lowers Q (with no ties
 * between parts A and B, (K_A+K_B)² ≥ K_A² + K_B²), so every community is connected. Isolates are
 * communities of their own.
 *
 * <p><b>Ids.</b> Communities are numbered 0, 1, … in the order of their first actor in the dataset, so
 * ids do not depend on the internal order of the algorithm. The partition depends on the seed (Louvain is
 * a heuristic); the same seed gives the same partition.
 *
 * <p><b>Cost.</b> About O(m) per pass, a few passes per level, O(log n) levels in practice; memory O(n + m).
 */
public final class LouvainAnalysis implements NetworkAnalysis<CommunityPartition> {
    private static final double MIN_GAIN = 1e-12;
    private static final int MAX_PASSES = 1000;
    /** Nodes per call of the inner loops: small methods called often are compiled early by the JIT. */
    private static final int BLOCK = 64;

    private final long seed;

    public LouvainAnalysis(long seed) {
        this.seed = seed;
    }

    @Override
    public CommunityPartition analyze(StakeholderNetwork network) {
        return partition(CompactGraph.of(network));
    }

    /** Communities of the graph's undirected, unweighted view. */
    public CommunityPartition partition(CompactGraph graph) {
        int n = graph.vertexCount();
        int[] assign = new int[n];
        for (int v = 0; v < n; v++) {
            assign[v] = v;
        }
        Level level = Level.of(graph);
        var random = new Random(seed);
        while (level.n > 0) {
            int[] comm = level.moveNodes(random);
            int[] renumber = new int[level.n];
            Arrays.fill(renumber, -1);
            int count = 0;
            for (int i = 0; i < level.n; i++) {
                if (renumber[comm[i]] < 0) {
                    renumber[comm[i]] = count++;
                }
            }
            for (int i = 0; i < level.n; i++) {
                comm[i] = renumber[comm[i]];
            }
            if (count == level.n) {
                break;
            }
            for (int v = 0; v < n; v++) {
                assign[v] = comm[assign[v]];
            }
            level = level.aggregate(comm, count);
        }
        int[] membership = connectedParts(graph, assign);
        int communities = 0;
        for (int c : membership) {
            communities = Math.max(communities, c + 1);
        }
        return new CommunityPartition(membership, communities, modularity(graph, membership));
    }

    /**
     * Newman's modularity of a membership on the undirected, unweighted view; NaN for a graph without ties.
     * O(n + m).
     */
    public static double modularity(CompactGraph graph, int[] membership) {
        int n = graph.vertexCount();
        int m = graph.edgeCount();
        if (m == 0) {
            return Double.NaN;
        }
        int count = 0;
        for (int c : membership) {
            count = Math.max(count, c + 1);
        }
        long[] inside = new long[count];
        long[] degree = new long[count];
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        for (int b = 0; b < n; b += BLOCK) {
            tally(b, Math.min(n, b + BLOCK), off, nb, membership, degree, inside);
        }
        double q = 0;
        for (int c = 0; c < count; c++) {
            double share = degree[c] / (2.0 * m);
            q += inside[c] / (double) m - share * share;
        }
        return q;
    }

    /** Adds the degrees of actors [from, to) and their ties to later actors of their own community. */
    private static void tally(int from, int to, int[] off, int[] nb, int[] membership, long[] degree, long[] inside) {
        for (int u = from; u < to; u++) {
            int c = membership[u];
            degree[c] += off[u + 1] - off[u];
            inside[c] += tiesInside(u, c, off, nb, membership);
        }
    }

    /** Ties from u to later actors of its own community c. */
    private static int tiesInside(int u, int c, int[] off, int[] nb, int[] membership) {
        int count = 0;
        for (int i = off[u], end = off[u + 1]; i < end; i++) {
            int v = nb[i];
            if (v > u && membership[v] == c) {
                count++;
            }
        }
        return count;
    }

    /** Splits communities into connected parts and numbers the parts by their first actor. */
    private static int[] connectedParts(CompactGraph graph, int[] community) {
        int n = graph.vertexCount();
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        int[] part = new int[n];
        Arrays.fill(part, -1);
        int[] queue = new int[n];
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (part[s] >= 0) {
                continue;
            }
            int id = next++;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            part[s] = id;
            while (head < tail) {
                int stop = Math.min(tail, head + BLOCK);
                tail = visitAll(head, stop, id, community[s], off, nb, community, part, queue, tail);
                head = stop;
            }
        }
        return part;
    }

    /** Visits the queued actors queue[from..to), which may queue more behind the end; returns the new end. */
    private static int visitAll(int from, int to, int id, int c, int[] off, int[] nb, int[] community, int[] part,
                                int[] queue, int tail) {
        for (int q = from; q < to; q++) {
            tail = visit(queue[q], id, c, off, nb, community, part, queue, tail);
        }
        return tail;
    }

    /** Gives v's unlabelled neighbours in community c the part id and queues them; returns the new queue end. */
    private static int visit(int v, int id, int c, int[] off, int[] nb, int[] community, int[] part, int[] queue,
                             int tail) {
        for (int i = off[v], end = off[v + 1]; i < end; i++) {
            int w = nb[i];
            if (part[w] < 0 && community[w] == c) {
                part[w] = id;
                queue[tail++] = w;
            }
        }
        return tail;
    }

    /** One level of the Louvain hierarchy: a weighted graph with self-loops, as CSR. */
    private static final class Level {
        final int n;
        final int[] off;
        final int[] nb;
        /** Tie weights aligned with nb; null on the first level, where every weight is 1. */
        final double[] w;
        /** Weight of the ties inside the node (each counted once). */
        final double[] self;
        /** Strength: Σ weights to other nodes + 2·self. */
        final double[] k;
        final double m2;

        Level(int n, int[] off, int[] nb, double[] w, double[] self) {
            this.n = n;
            this.off = off;
            this.nb = nb;
            this.w = w;
            this.self = self;
            this.k = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                // a sum of ones is exact: the degree itself
                double s = w == null ? off[i + 1] - off[i] : 2 * self[i] + sum(off[i], off[i + 1], w);
                k[i] = s;
                total += s;
            }
            this.m2 = total;
        }

        private static double sum(int from, int to, double[] w) {
            double s = 0;
            for (int j = from; j < to; j++) {
                s += w[j];
            }
            return s;
        }

        static Level of(CompactGraph g) {
            int n = g.vertexCount();
            return new Level(n, g.offsets(), g.neighbours(), null, new double[n]);
        }

        /** Local moving; returns each node's community (a node id of this level). */
        int[] moveNodes(Random random) {
            int[] comm = new int[n];
            double[] tot = new double[n];
            for (int i = 0; i < n; i++) {
                comm[i] = i;
                tot[i] = k[i];
            }
            if (m2 == 0) {
                return comm;
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            var move = new Move(this, comm, tot);
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                int moved = 0;
                for (int b = 0; b < n; b += BLOCK) {
                    moved += move.nodes(order, b, Math.min(n, b + BLOCK));
                }
                if (moved == 0) {
                    break;
                }
            }
            return comm;
        }

        /** The graph whose nodes are the communities 0..count-1 of this level. */
        Level aggregate(int[] comm, int count) {
            int[] memberOff = new int[count + 1];
            for (int i = 0; i < n; i++) {
                memberOff[comm[i] + 1]++;
            }
            for (int c = 0; c < count; c++) {
                memberOff[c + 1] += memberOff[c];
            }
            int[] members = new int[n];
            int[] fill = Arrays.copyOf(memberOff, count);
            for (int i = 0; i < n; i++) {
                members[fill[comm[i]]++] = i;
            }
            double[] newSelf = new double[count];
            int[] newOff = new int[count + 1];
            int[] nbBuf = new int[nb.length];
            double[] wBuf = new double[nb.length];
            double[] towards = new double[count];
            boolean[] seen = new boolean[count];
            int[] touched = new int[count];
            int e = 0;
            for (int c = 0; c < count; c++) {
                int t = 0;
                double inside = 0;
                for (int x = memberOff[c]; x < memberOff[c + 1]; x++) {
                    int i = members[x];
                    inside += self[i];
                    for (int j = off[i]; j < off[i + 1]; j++) {
                        int d = comm[nb[j]];
                        double wj = w == null ? 1.0 : w[j];
                        if (d == c) {
                            inside += wj / 2;
                        } else {
                            if (!seen[d]) {
                                seen[d] = true;
                                touched[t++] = d;
                            }
                            towards[d] += wj;
                        }
                    }
                }
                newSelf[c] = inside;
                Arrays.sort(touched, 0, t);
                for (int x = 0; x < t; x++) {
                    int d = touched[x];
                    nbBuf[e] = d;
                    wBuf[e++] = towards[d];
                    towards[d] = 0;
                    seen[d] = false;
                }
                newOff[c + 1] = e;
            }
            return new Level(count, newOff, Arrays.copyOf(nbBuf, e), Arrays.copyOf(wBuf, e), newSelf);
        }
    }

    /**
     * The local-moving step for one node at a time, with its scratch: the weight towards each neighbouring
     * community, the communities touched and which are seen.
     */
    private static final class Move {
        private final int[] off;
        private final int[] nb;
        private final double[] w;
        private final double[] k;
        private final double m2;
        private final int[] comm;
        private final double[] tot;
        private final double[] towards;
        private final int[] touched;
        private final boolean[] seen;

        Move(Level level, int[] comm, double[] tot) {
            this.off = level.off;
            this.nb = level.nb;
            this.w = level.w;
            this.k = level.k;
            this.m2 = level.m2;
            this.comm = comm;
            this.tot = tot;
            this.towards = new double[level.n];
            this.touched = new int[level.n];
            this.seen = new boolean[level.n];
        }

        /** Moves the nodes order[from..to) in turn; returns how many changed community. */
        int nodes(int[] order, int from, int to) {
            int moved = 0;
            for (int x = from; x < to; x++) {
                if (node(order[x])) {
                    moved++;
                }
            }
            return moved;
        }

        /**
         * Moves node i to the neighbouring community (or its own) with the largest gain in Q; ties go to
         * the community met first along i's row. Returns whether i changed community.
         */
        boolean node(int i) {
            int[] comm = this.comm;
            double[] towards = this.towards;
            int[] touched = this.touched;
            boolean[] seen = this.seen;
            double[] tot = this.tot;
            int own = comm[i];
            int t = 1;
            seen[own] = true;
            touched[0] = own;
            int from = off[i];
            int to = off[i + 1];
            if (w == null) {
                for (int j = from; j < to; j++) {
                    int c = comm[nb[j]];
                    if (!seen[c]) {
                        seen[c] = true;
                        touched[t++] = c;
                    }
                    towards[c] += 1.0;
                }
            } else {
                for (int j = from; j < to; j++) {
                    int c = comm[nb[j]];
                    if (!seen[c]) {
                        seen[c] = true;
                        touched[t++] = c;
                    }
                    towards[c] += w[j];
                }
            }
            double ki = k[i];
            tot[own] -= ki;
            int best = own;
            double bestGain = towards[own] - ki * tot[own] / m2;
            for (int x = 1; x < t; x++) {
                int c = touched[x];
                double gain = towards[c] - ki * tot[c] / m2;
                if (gain > bestGain + MIN_GAIN) {
                    best = c;
                    bestGain = gain;
                }
            }
            tot[best] += ki;
            for (int x = 0; x < t; x++) {
                towards[touched[x]] = 0;
                seen[touched[x]] = false;
            }
            if (best != own) {
                comm[i] = best;
                return true;
            }
            return false;
        }
    }
}
