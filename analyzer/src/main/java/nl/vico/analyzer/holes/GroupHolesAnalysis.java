package nl.vico.analyzer.holes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import nl.vico.analyzer.graph.CompactGraph;

/**
 * Structural holes between groups (Burt 1992: a hole is the absence of ties between two clusters of
 * contacts; whoever spans it can broker between them). A pair of groups (g, h), both with at least
 * {@code minSize} actors, is a hole when the density of ties between them, e_gh / (n_g·n_h), is at most
 * {@code densityRatio} times the density of the whole undirected network, m / (n(n−1)/2). Its spanners are
 * the actors that reach into both groups: a member of one with a tie into the other, or anyone with ties
 * into both, listed strongest bridge first (most ties into the group it reaches least, then most ties into
 * the two groups, then by index). Holes are ranked emptiest first (density ratio ascending, then the larger pair of groups
 * first, then by labels) and the first {@code limit} are returned with their spanners.
 *
 * <p>Cost: O(n + m) to count ties between groups (a hash map over the pairs that have ties), O(G²) over
 * the pairs of the G groups that are large enough (G ≤ n / minSize), and O(n + m + n·limit) for the
 * spanners of the returned holes.
 */
public final class GroupHolesAnalysis {
    private GroupHolesAnalysis() {
    }

    public static GroupHoles compute(CompactGraph graph, int[] group, int groupCount, double densityRatio, int minSize,
                                     int limit) {
        int n = graph.vertexCount();
        if (group.length != n) {
            throw new IllegalArgumentException("give one group label per actor: " + group.length + " for " + n);
        }
        if (densityRatio < 0 || minSize < 1 || limit < 0) {
            throw new IllegalArgumentException("density ratio must be ≥ 0, minimum group size ≥ 1 and the limit ≥ 0");
        }
        int[] size = new int[groupCount];
        for (int g : group) {
            size[g]++;
        }
        long edges = graph.edgeCount();
        double overall = n < 2 ? Double.NaN : edges / (n * (n - 1.0) / 2);
        if (!(overall > 0)) {
            return new GroupHoles(List.of(), 0, overall);
        }
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        var between = new HashMap<Long, long[]>();
        for (int u = 0; u < n; u++) {
            for (int k = off[u]; k < off[u + 1]; k++) {
                int v = nb[k];
                if (v > u && group[u] != group[v]) {
                    int a = Math.min(group[u], group[v]);
                    int b = Math.max(group[u], group[v]);
                    between.computeIfAbsent(((long) a << 32) | b, x -> new long[1])[0]++;
                }
            }
        }
        int[] eligible = IntStream.range(0, groupCount).filter(g -> size[g] >= minSize).toArray();
        Comparator<GroupHole> emptiestFirst = Comparator.comparingDouble(GroupHole::densityRatio)
                .thenComparing(Comparator.comparingLong((GroupHole h) -> (long) h.sizeA() * h.sizeB()).reversed())
                .thenComparingInt(GroupHole::groupA)
                .thenComparingInt(GroupHole::groupB);
        // keep the `limit` emptiest holes: a max-heap on the ranking, evicting the least pronounced
        var kept = new PriorityQueue<GroupHole>(emptiestFirst.reversed());
        long total = 0;
        for (int i = 0; i < eligible.length; i++) {
            for (int j = i + 1; j < eligible.length; j++) {
                int a = eligible[i];
                int b = eligible[j];
                long[] t = between.get(((long) a << 32) | b);
                long ties = t == null ? 0 : t[0];
                double density = ties / ((double) size[a] * size[b]);
                double ratio = density / overall;
                if (ratio <= densityRatio) {
                    total++;
                    if (limit > 0) {
                        kept.add(new GroupHole(a, b, size[a], size[b], ties, density, ratio, new int[0]));
                        if (kept.size() > limit) {
                            kept.poll();
                        }
                    }
                }
            }
        }
        var holes = new ArrayList<>(kept);
        holes.sort(emptiestFirst);
        return new GroupHoles(withSpanners(graph, group, groupCount, holes), total, overall);
    }

    private static List<GroupHole> withSpanners(CompactGraph graph, int[] group, int groupCount, List<GroupHole> holes) {
        if (holes.isEmpty()) {
            return holes;
        }
        int n = graph.vertexCount();
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        int[] tiesInto = new int[groupCount];
        int[] stamp = new int[groupCount];
        // per hole: {actor, ties into A, ties into B} of every spanner
        var spanners = new ArrayList<List<int[]>>();
        for (int h = 0; h < holes.size(); h++) {
            spanners.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            boolean tiedOut = false;
            for (int k = off[v]; k < off[v + 1]; k++) {
                int g = group[nb[k]];
                if (stamp[g] != v + 1) {
                    stamp[g] = v + 1;
                    tiesInto[g] = 0;
                }
                tiesInto[g]++;
                tiedOut |= g != group[v];
            }
            if (!tiedOut) {
                continue; // all of v's ties stay in its own group: it spans nothing
            }
            for (int h = 0; h < holes.size(); h++) {
                GroupHole hole = holes.get(h);
                boolean inA = group[v] == hole.groupA() || stamp[hole.groupA()] == v + 1;
                boolean inB = group[v] == hole.groupB() || stamp[hole.groupB()] == v + 1;
                if (inA && inB) {
                    int a = stamp[hole.groupA()] == v + 1 ? tiesInto[hole.groupA()] : 0;
                    int b = stamp[hole.groupB()] == v + 1 ? tiesInto[hole.groupB()] : 0;
                    spanners.get(h).add(new int[] {v, a, b});
                }
            }
        }
        // strongest bridges first: most ties into the weaker side, then most ties into both, then by index
        Comparator<int[]> strongest = Comparator.<int[]>comparingInt(x -> -Math.min(x[1], x[2]))
                .thenComparingInt(x -> -(x[1] + x[2]))
                .thenComparingInt(x -> x[0]);
        var result = new ArrayList<GroupHole>();
        for (int h = 0; h < holes.size(); h++) {
            GroupHole o = holes.get(h);
            var list = spanners.get(h);
            list.sort(strongest);
            int[] s = list.stream().mapToInt(x -> x[0]).toArray();
            result.add(new GroupHole(o.groupA(), o.groupB(), o.sizeA(), o.sizeB(), o.ties(), o.density(),
                    o.densityRatio(), s));
        }
        return result;
    }
}
