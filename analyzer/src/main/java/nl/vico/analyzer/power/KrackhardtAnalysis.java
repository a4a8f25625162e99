package nl.vico.analyzer.power;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.TieKind;

/**
 * Krackhardt's graph-theoretical dimensions of hierarchy (D. Krackhardt, "Graph theoretical dimensions of
 * informal organizations", in K. Carley and M. Prietula (eds.), <i>Computational Organization Theory</i>,
 * Erlbaum, 1994, 89–111) of a directed graph, by default the graph of {@code funds} and {@code contracts}
 * ties: who pays or commissions whom.
 *
 * <p>The graph. Vertices are the given actors, or, for the whole network, every actor with at least one
 * tie of the chosen kinds to another actor. Arcs come from the ties of those kinds between two of the
 * vertices: source→target for a directed tie, both ways for an undirected one; self-loops are dropped
 * and parallel ties merged. Reachability is reflexive (an actor reaches itself).
 *
 * <p>The measures, each 1 for an out-tree (one root that reaches everybody along a single path):
 * <ul>
 *   <li><b>connectedness</b> = pairs in the same weak component / (k(k−1)/2);</li>
 *   <li><b>hierarchy</b> = 1 − M / P with P the unordered pairs in which at least one actor reaches the
 *       other and M those in which both do (sna's {@code hierarchy(measure="krackhardt")}); 0 for a cycle;</li>
 *   <li><b>efficiency</b> = 1 − (a − r) / (k(k−1) − r), with a arcs and r = k − (weak components) the
 *       arcs a spanning forest needs (sna's {@code efficiency}; for a connected graph this is Krackhardt's
 *       1 − V/max V and UCINET's value);</li>
 *   <li><b>least-upper-boundedness</b>: an upper bound of actors i and j is an actor that reaches both
 *       (i or j itself included); it is their least upper bound when every other upper bound reaches it
 *       (Krackhardt's, UCINET's reading: a unique closest common superior). lubness = 1 − V / Σ_c
 *       (k_c−1)(k_c−2)/2, V the pairs inside a weak component without one, summed over components of 3 or
 *       more actors. Note that R's {@code sna::lubness} 2.7 accepts instead an upper bound that reaches
 *       all the others; the two agree on out-trees and whenever the upper bounds form a chain.</li>
 * </ul>
 *
 * <p>Cost: O(k + a) for connectedness and efficiency. Reachability (for hierarchy) by ancestor bitsets
 * over the strongly connected components in topological order, O(k·a/64) time, filled one block of 4096
 * columns at a time so that memory stays O(components·64) words. Least upper bounds need every pair's
 * common ancestors: O(k²·k/64) time and O(k²/64) words per weak component of k actors; a component of
 * more than {@value #MAX_LUB_COMPONENT} actors is not checked and lubness is then left null (no known
 * algorithm is much faster, and the funds and contracts graphs of a neighbourhood are far smaller).
 */
public final class KrackhardtAnalysis implements NetworkAnalysis<KrackhardtMeasures> {
    /** The tie kinds of the default graph: money and commissions. */
    public static final Set<TieKind> FUNDS_AND_CONTRACTS = Set.copyOf(EnumSet.of(TieKind.FUNDS, TieKind.CONTRACTS));
    /** Largest weak component whose least upper bounds are checked pair by pair. */
    public static final int MAX_LUB_COMPONENT = 2500;

    @Override
    public KrackhardtMeasures analyze(StakeholderNetwork network) {
        return compute(network, FUNDS_AND_CONTRACTS);
    }

    /** The measures of the graph of the given tie kinds over every actor that has such a tie. */
    public static KrackhardtMeasures compute(StakeholderNetwork network, Set<TieKind> kinds) {
        boolean[] in = new boolean[network.size()];
        for (int i = 0; i < network.tieCount(); i++) {
            int s = network.sourceIndex(i);
            int d = network.targetIndex(i);
            if (s != d && kinds.contains(network.tieKind(i))) {
                in[s] = true;
                in[d] = true;
            }
        }
        int count = 0;
        for (boolean b : in) {
            count += b ? 1 : 0;
        }
        int[] actors = new int[count];
        int c = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                actors[c++] = i;
            }
        }
        return compute(network, actors, kinds);
    }

    /**
     * The measures of the graph of the given tie kinds among exactly these actors (indices into the
     * network), e.g. the members of a consortium; actors without such ties count as isolates.
     */
    public static KrackhardtMeasures compute(StakeholderNetwork network, int[] actors, Set<TieKind> kinds) {
        int n = network.size();
        int[] local = new int[n];
        Arrays.fill(local, -1);
        int k = 0;
        for (int a : actors) {
            if (a < 0 || a >= n) {
                throw new IllegalArgumentException("actor index " + a + " is not in the network (0.." + (n - 1) + ")");
            }
            if (local[a] < 0) {
                local[a] = k++;
            }
        }
        long[] keys = new long[2 * network.tieCount()];
        int len = 0;
        for (int i = 0; i < network.tieCount(); i++) {
            if (network.sourceIndex(i) == network.targetIndex(i) || !kinds.contains(network.tieKind(i))) {
                continue;
            }
            int s = local[network.sourceIndex(i)];
            int d = local[network.targetIndex(i)];
            if (s < 0 || d < 0) {
                continue;
            }
            keys[len++] = ((long) s << 32) | d;
            if (!network.tieDirected(i)) {
                keys[len++] = ((long) d << 32) | s;
            }
        }
        Arrays.sort(keys, 0, len);
        int arcs = 0;
        for (int i = 0; i < len; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[arcs++] = keys[i];
            }
        }
        int[] off = new int[k + 1];
        int[] nb = new int[arcs];
        for (int i = 0; i < arcs; i++) {
            off[(int) (keys[i] >>> 32) + 1]++;
        }
        for (int v = 0; v < k; v++) {
            off[v + 1] += off[v];
        }
        for (int i = 0; i < arcs; i++) {
            nb[i] = (int) keys[i];
        }
        return measures(k, off, nb);
    }

    /** The four measures of a digraph in CSR form (sorted out-rows, no self-loops, no duplicates). */
    static KrackhardtMeasures measures(int k, int[] off, int[] nb) {
        int arcs = nb.length;
        if (k == 0) {
            return new KrackhardtMeasures(0, 0, null, null, null, null);
        }
        // weak components by union–find
        int[] parent = new int[k];
        for (int v = 0; v < k; v++) {
            parent[v] = v;
        }
        for (int v = 0; v < k; v++) {
            for (int e = off[v]; e < off[v + 1]; e++) {
                union(parent, v, nb[e]);
            }
        }
        int[] weak = new int[k];
        int[] weakSize = new int[k];
        int weakCount = 0;
        int[] label = new int[k];
        Arrays.fill(label, -1);
        for (int v = 0; v < k; v++) {
            int r = find(parent, v);
            if (label[r] < 0) {
                label[r] = weakCount++;
            }
            weak[v] = label[r];
            weakSize[weak[v]]++;
        }
        double pairs = k * (k - 1.0) / 2;
        double joined = 0;
        for (int c = 0; c < weakCount; c++) {
            joined += weakSize[c] * (weakSize[c] - 1.0) / 2;
        }
        Double connectedness = k < 2 ? null : joined / pairs;
        int required = k - weakCount;
        Double efficiency = k < 2 ? null : 1.0 - (arcs - required) / ((double) k * (k - 1) - required);

        int[] scc = Scc.of(k, off, nb);
        // group vertices by weak component, keeping their order
        int[] start = new int[weakCount + 1];
        for (int v = 0; v < k; v++) {
            start[weak[v] + 1]++;
        }
        for (int c = 0; c < weakCount; c++) {
            start[c + 1] += start[c];
        }
        int[] members = new int[k];
        int[] fill = Arrays.copyOf(start, weakCount);
        for (int v = 0; v < k; v++) {
            members[fill[weak[v]]++] = v;
        }
        double reachableOrdered = 0;
        double mutual = 0;
        double violations = 0;
        double maxViolations = 0;
        boolean lubComplete = true;
        int[] sccSize = new int[k];
        for (int v = 0; v < k; v++) {
            sccSize[scc[v]]++;
        }
        for (int s = 0; s < k; s++) {
            mutual += sccSize[s] * (sccSize[s] - 1.0) / 2;
        }
        int[] pos = new int[k];
        for (int c = 0; c < weakCount; c++) {
            int size = start[c + 1] - start[c];
            if (size < 2) {
                continue;
            }
            var reach = new ComponentReach(members, start[c], start[c + 1], off, nb, scc, pos);
            reachableOrdered += reach.reachableOrderedPairs();
            if (size > 2) {
                maxViolations += (size - 1.0) * (size - 2.0) / 2;
                if (size <= MAX_LUB_COMPONENT) {
                    violations += reach.pairsWithoutLeastUpperBound();
                } else {
                    lubComplete = false;
                }
            }
        }
        double nonNull = reachableOrdered - mutual;
        Double hierarchy = nonNull > 0 ? 1.0 - mutual / nonNull : null;
        Double lubness = lubComplete && maxViolations > 0 ? 1.0 - violations / maxViolations : null;
        return new KrackhardtMeasures(k, arcs, connectedness, hierarchy, efficiency, lubness);
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
