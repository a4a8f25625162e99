package nl.vico.analyzer.power;

import java.util.Arrays;

/**
 * Reachability inside one weak component of a digraph, for {@link KrackhardtAnalysis}: ancestor bitsets
 * over the strongly connected components, filled in topological order (sources first), one block of
 * columns at a time so that memory stays bounded whatever the component's size.
 */
final class ComponentReach {
    /** Columns (actors) per block when counting reachable pairs: 4096 bits = 64 words per component. */
    private static final int BLOCK = 4096;

    private final int[] members;
    private final int from;
    private final int size;
    private final int[] off;
    private final int[] nb;
    private final int[] pos;
    /** local strong component of each position, 0 = a source (highest Tarjan id) */
    private final int[] localComp;
    private final int[] compStart;
    /** positions grouped by local strong component */
    private final int[] compMembers;
    private final int distinct;

    /**
     * @param members the component's vertices are {@code members[from..to)}
     * @param scc     Tarjan component id per vertex ({@link Scc#of})
     * @param pos     scratch of length k, overwritten with each member's position in the component
     */
    ComponentReach(int[] members, int from, int to, int[] off, int[] nb, int[] scc, int[] pos) {
        this.members = members;
        this.from = from;
        this.size = to - from;
        this.off = off;
        this.nb = nb;
        this.pos = pos;
        for (int i = 0; i < size; i++) {
            pos[members[from + i]] = i;
        }
        int[] ids = new int[size];
        for (int i = 0; i < size; i++) {
            ids[i] = scc[members[from + i]];
        }
        Arrays.sort(ids);
        int d = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                ids[d++] = ids[i];
            }
        }
        this.distinct = d;
        this.localComp = new int[size];
        this.compStart = new int[d + 1];
        for (int i = 0; i < size; i++) {
            // Tarjan numbers components sinks first: the highest id becomes local component 0
            int c = d - 1 - Arrays.binarySearch(ids, 0, d, scc[members[from + i]]);
            localComp[i] = c;
            compStart[c + 1]++;
        }
        for (int c = 0; c < d; c++) {
            compStart[c + 1] += compStart[c];
        }
        this.compMembers = new int[size];
        int[] fill = Arrays.copyOf(compStart, d);
        for (int i = 0; i < size; i++) {
            compMembers[fill[localComp[i]]++] = i;
        }
    }

    /**
     * For every strong component, the set of its ancestors (itself included) among positions lo..hi−1,
     * as bits 0..hi−lo−1. Every arc passes its tail's set on to its head's component. O(a·(hi−lo)/64).
     */
    private long[][] ancestors(int lo, int hi) {
        int words = (hi - lo + 63) >>> 6;
        long[][] anc = new long[distinct][words];
        for (int i = lo; i < hi; i++) {
            anc[localComp[i]][(i - lo) >>> 6] |= 1L << ((i - lo) & 63);
        }
        for (int c = 0; c < distinct; c++) {
            long[] mine = anc[c];
            for (int p = compStart[c]; p < compStart[c + 1]; p++) {
                int v = members[from + compMembers[p]];
                for (int e = off[v]; e < off[v + 1]; e++) {
                    int d = localComp[pos[nb[e]]];
                    if (d != c) {
                        long[] theirs = anc[d];
                        for (int w = 0; w < words; w++) {
                            theirs[w] |= mine[w];
                        }
                    }
                }
            }
        }
        return anc;
    }

    /** Ordered pairs (u, v), u ≠ v, in which u reaches v. O(a·k/64) time, O(components·64) words of memory. */
    long reachableOrderedPairs() {
        long reachable = 0;
        for (int lo = 0; lo < size; lo += BLOCK) {
            long[][] anc = ancestors(lo, Math.min(size, lo + BLOCK));
            for (int c = 0; c < distinct; c++) {
                int bits = 0;
                for (long w : anc[c]) {
                    bits += Long.bitCount(w);
                }
                reachable += (long) (compStart[c + 1] - compStart[c]) * bits;
            }
        }
        return reachable - size; // every actor reaches itself
    }

    /**
     * Unordered pairs of actors that have no least upper bound. Actors of one strong component share
     * their ancestors, so pairs of components are checked and weighted by their sizes.
     * O(k²·k/64) time, O(k²/64) words.
     */
    long pairsWithoutLeastUpperBound() {
        long[][] anc = ancestors(0, size);
        int[] ancCount = new int[distinct];
        for (int c = 0; c < distinct; c++) {
            for (long w : anc[c]) {
                ancCount[c] += Long.bitCount(w);
            }
        }
        long violations = 0;
        long[] meet = new long[anc.length == 0 ? 0 : anc[0].length];
        for (int a = 0; a < distinct; a++) {
            int repA = compMembers[compStart[a]];
            for (int b = a + 1; b < distinct; b++) {
                int repB = compMembers[compStart[b]];
                if (bit(anc[b], repA) || bit(anc[a], repB)) {
                    continue; // one reaches the other: it is their least upper bound
                }
                int common = 0;
                for (int w = 0; w < meet.length; w++) {
                    meet[w] = anc[a][w] & anc[b][w];
                    common += Long.bitCount(meet[w]);
                }
                if (!hasLeast(meet, common, ancCount)) {
                    violations += (long) (compStart[a + 1] - compStart[a]) * (compStart[b + 1] - compStart[b]);
                }
            }
        }
        return violations;
    }

    /**
     * Whether the set of common upper bounds has a least element: one that all others reach. Every
     * ancestor of an upper bound is itself an upper bound, so u is least exactly when its ancestors are
     * the whole set, i.e. when it has as many ancestors as the set has members.
     */
    private boolean hasLeast(long[] meet, int common, int[] ancCount) {
        if (common == 0) {
            return false;
        }
        for (int w = 0; w < meet.length; w++) {
            long bits = meet[w];
            while (bits != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (ancCount[localComp[i]] == common) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean bit(long[] set, int i) {
        return (set[i >>> 6] & (1L << (i & 63))) != 0;
    }
}
