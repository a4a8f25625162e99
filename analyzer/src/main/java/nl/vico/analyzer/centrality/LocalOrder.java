package nl.vico.analyzer.centrality;

import java.util.Arrays;
import nl.vico.analyzer.graph.CompactGraph;

/**
 * A relabelling of the actors that puts neighbours close together: breadth-first order from the actor of
 * least degree, component by component (the order of Cuthill &amp; McKee 1969, "Reducing the bandwidth of
 * sparse symmetric matrices", Proc. 24th ACM National Conference, 157–172, without their sorting of each
 * actor's neighbours by degree). The shortest-path passes run on CSR rows relabelled this way: an actor's
 * neighbours then lie in nearby memory, and the 64 sources of one bit-parallel batch (consecutive labels)
 * lie close to each other, so their searches reach most actors at the same few distances.
 *
 * <p>Only the speed depends on the order; results are mapped back to the actors' own indices. Cost
 * O(n + m log d) for m ties and largest degree d; memory O(n + m). Deterministic.
 */
final class LocalOrder {
    /** {@code order[k]} is the actor with label k. */
    private final int[] order;
    /** {@code label[v]} is the label of actor v. */
    private final int[] label;

    private LocalOrder(int[] order, int[] label) {
        this.order = order;
        this.label = label;
    }

    /** The order of the undirected view of a graph. */
    static LocalOrder of(CompactGraph graph) {
        int n = graph.vertexCount();
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        // seeds in order of increasing degree (counting sort, ties by index)
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            maxDegree = Math.max(maxDegree, off[v + 1] - off[v]);
        }
        int[] start = new int[maxDegree + 2];
        for (int v = 0; v < n; v++) {
            start[off[v + 1] - off[v] + 1]++;
        }
        for (int d = 0; d <= maxDegree; d++) {
            start[d + 1] += start[d];
        }
        int[] byDegree = new int[n];
        for (int v = 0; v < n; v++) {
            byDegree[start[off[v + 1] - off[v]]++] = v;
        }
        int[] order = new int[n];
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int count = 0;
        for (int seed : byDegree) {
            if (label[seed] >= 0) {
                continue;
            }
            int head = count;
            order[count] = seed;
            label[seed] = count++;
            while (head < count) {
                int v = order[head++];
                for (int i = off[v]; i < off[v + 1]; i++) {
                    int w = nb[i];
                    if (label[w] < 0) {
                        order[count] = w;
                        label[w] = count++;
                    }
                }
            }
        }
        return new LocalOrder(order, label);
    }

    int size() {
        return order.length;
    }

    /** The label of actor v. */
    int label(int v) {
        return label[v];
    }

    /** The actor with label k. */
    int actor(int k) {
        return order[k];
    }

    /**
     * CSR rows of a graph relabelled: row k holds the labels of the neighbours of actor(k), sorted, and
     * {@code slot[p]} is the slot of the original rows that position p came from, so that values aligned
     * with the original rows (weights, lengths) can be carried along with {@link Rows#ints}/{@link Rows#doubles}.
     */
    Rows relabel(int[] offsets, int[] neighbours) {
        int n = order.length;
        int[] off = new int[n + 1];
        for (int k = 0; k < n; k++) {
            int v = order[k];
            off[k + 1] = off[k] + offsets[v + 1] - offsets[v];
        }
        // sort each row by new label, carrying the old slot along in the low bits
        long[] keyed = new long[neighbours.length];
        for (int k = 0; k < n; k++) {
            int v = order[k];
            int p = off[k];
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                keyed[p++] = ((long) label[neighbours[i]] << 32) | i;
            }
            Arrays.sort(keyed, off[k], p);
        }
        int[] nb = new int[neighbours.length];
        int[] slot = new int[neighbours.length];
        for (int p = 0; p < keyed.length; p++) {
            nb[p] = (int) (keyed[p] >>> 32);
            slot[p] = (int) keyed[p];
        }
        return new Rows(off, nb, slot);
    }

    /** Values by label back to values by actor. */
    double[] toActors(double[] byLabel) {
        double[] out = new double[byLabel.length];
        for (int k = 0; k < byLabel.length; k++) {
            out[order[k]] = byLabel[k];
        }
        return out;
    }

    int[] toActors(int[] byLabel) {
        int[] out = new int[byLabel.length];
        for (int k = 0; k < byLabel.length; k++) {
            out[order[k]] = byLabel[k];
        }
        return out;
    }

    long[] toActors(long[] byLabel) {
        long[] out = new long[byLabel.length];
        for (int k = 0; k < byLabel.length; k++) {
            out[order[k]] = byLabel[k];
        }
        return out;
    }

    /** The labels of the given actors, sorted. */
    int[] labels(int[] actors) {
        int[] out = new int[actors.length];
        for (int i = 0; i < actors.length; i++) {
            out[i] = label[actors[i]];
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * Relabelled CSR rows.
     *
     * @param offsets    row k is {@code neighbours[offsets[k] .. offsets[k+1])}
     * @param neighbours labels, sorted within each row
     * @param slot       per position, the slot of the original rows it came from
     */
    record Rows(int[] offsets, int[] neighbours, int[] slot) {
        /** Values aligned with the original rows, reordered to align with these. */
        int[] ints(int[] original) {
            int[] out = new int[slot.length];
            for (int p = 0; p < slot.length; p++) {
                out[p] = original[slot[p]];
            }
            return out;
        }

        double[] doubles(double[] original) {
            double[] out = new double[slot.length];
            for (int p = 0; p < slot.length; p++) {
                out[p] = original[slot[p]];
            }
            return out;
        }
    }
}
