package nl.vico.analyzer.power;

import java.util.Arrays;
import java.util.stream.IntStream;
import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;

/**
 * Gatekeeping share: the share of the shortest paths between the resident side (actors of type
 * {@code resident} or {@code resident_group}) and the municipality (type {@code municipality}) that pass
 * through the single most central intermediary.
 *
 * <p>Definition. For a resident-side actor r and a municipality actor m joined by a path in the
 * undirected, unweighted view, let σ_rm be the number of shortest r–m paths and σ_rm(v) the number of
 * them passing through v. The share of v is the mean of σ_rm(v)/σ_rm over all connected pairs (r, m)
 * with v ∉ {r, m}, the pair counting 0 for v when v is one of its ends (so every pair weighs the same);
 * the gatekeeping share is the largest share over all actors, and the gatekeeper is the actor holding
 * it (ties to the smallest actor id). It is the pair-dependency of Brandes' betweenness restricted to
 * resident–municipality pairs (U. Brandes, "On variants of shortest-path betweenness centrality and their
 * generic computation", <i>Social Networks</i> 30 (2008) 136–145, §3.5 "betweenness for subsets").
 * Undefined when no resident-side actor can reach a municipality actor.
 *
 * <p>Cost: one breadth-first search with Brandes' dependency accumulation from each actor of the smaller
 * side (64 at a time, {@link nl.vico.analyzer.centrality.TargetedDependencies}) (usually the few municipality actors; paths are undirected, so either side may be the source):
 * O(min(|M|, |R|)·(n + m)) time, O(n) memory besides the graph; never all pairs. On large networks the
 * analyzer searches from a seeded sample of that side ({@link nl.vico.analyzer.AnalysisOptions#sampleFor}).
 */
public final class GatekeepingAnalysis implements NetworkAnalysis<Gatekeeping> {

    /** Chunks of sources; fixed so that the sums, added in chunk order, do not depend on the thread count. */
    private static final int CHUNKS = 16;
    private final int threads;

    /** Single-threaded. */
    public GatekeepingAnalysis() {
        this(1);
    }

    /** Searches from the sources on up to {@code threads} threads; results do not depend on the number. */
    public GatekeepingAnalysis(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    @Override
    public Gatekeeping analyze(StakeholderNetwork network) {
        return compute(network, CompactGraph.of(network), threads);
    }

    /** Single-threaded computation on an already built graph. */
    public static Gatekeeping compute(StakeholderNetwork network, CompactGraph graph) {
        return compute(network, graph, 1);
    }

    /** The computation on an already built graph, on up to {@code threads} threads, from every source. */
    public static Gatekeeping compute(StakeholderNetwork network, CompactGraph graph, int threads) {
        return compute(network, graph, threads, 0, 0L);
    }

    /**
     * As {@link #compute(StakeholderNetwork, CompactGraph, int)}, but when the smaller side has more than
     * {@code maxSources} actors (and {@code maxSources} &gt; 0), from {@code maxSources} of them drawn uniformly
     * with {@code seed}: every share is then the ratio of the sampled sources' sums (an estimate; the
     * connected pairs are scaled up by sources/sample), and {@link Gatekeeping#sampledSources()} says how many.
     */
    public static Gatekeeping compute(StakeholderNetwork network, CompactGraph graph, int threads, int maxSources,
                                      long seed) {
        int n = graph.vertexCount();
        boolean[] resident = new boolean[n];
        boolean[] municipal = new boolean[n];
        int residents = 0;
        int municipals = 0;
        for (int i = 0; i < n; i++) {
            ActorType t = network.actor(i).type();
            resident[i] = t.isResidentSide();
            municipal[i] = t == ActorType.MUNICIPALITY;
            residents += resident[i] ? 1 : 0;
            municipals += municipal[i] ? 1 : 0;
        }
        // paths are undirected, so σ_rm(v) = σ_mr(v): search from the smaller side, target the other
        boolean[] isSource = municipals <= residents ? municipal : resident;
        boolean[] target = municipals <= residents ? resident : municipal;
        int[] candidates = IntStream.range(0, n).filter(i -> isSource[i]).toArray();
        int[] sources = candidates;
        int sampled = 0;
        if (maxSources > 0 && candidates.length > maxSources) {
            var random = new java.util.SplittableRandom(seed);
            int[] pool = candidates.clone();
            for (int i = 0; i < maxSources; i++) {
                int j = i + random.nextInt(pool.length - i);
                int t = pool[i];
                pool[i] = pool[j];
                pool[j] = t;
            }
            sources = Arrays.copyOf(pool, maxSources);
            Arrays.sort(sources);
            sampled = maxSources;
        }
        int[] chosen = sources;
        double[] share;
        long pairs;
        if (chosen.length > 0 && nl.vico.analyzer.centrality.TargetedDependencies.applies(graph)) {
            var deps = nl.vico.analyzer.centrality.TargetedDependencies.of(graph, chosen, target, threads);
            share = deps.dependency();
            pairs = deps.pairs();
        } else {
            // one search per source (networks beyond the bit-parallel pass's 2^22 actors)
            int chunks = Math.min(chosen.length, CHUNKS);
            double[][] partial = new double[chunks][];
            long[] partialPairs = new long[chunks];
            nl.vico.analyzer.centrality.Parallel.forEachChunk(chunks, threads, c -> {
                int lo = (int) ((long) chosen.length * c / chunks);
                int hi = (int) ((long) chosen.length * (c + 1) / chunks);
                var sums = new double[n];
                partialPairs[c] = accumulate(graph, Arrays.copyOfRange(chosen, lo, hi), target, sums);
                partial[c] = sums;
            });
            share = new double[n];
            pairs = 0;
            for (int c = 0; c < chunks; c++) {
                pairs += partialPairs[c];
                for (int v = 0; v < n; v++) {
                    share[v] += partial[c][v];
                }
            }
        }
        if (pairs == 0) {
            return new Gatekeeping(Double.NaN, -1, 0, new double[n], sampled);
        }
        int best = -1;
        for (int v = 0; v < n; v++) {
            share[v] /= pairs;
            if (share[v] > 0 && (best < 0 || share[v] > share[best]
                    || (share[v] == share[best] && network.actor(v).id().compareTo(network.actor(best).id()) < 0))) {
                best = v;
            }
        }
        if (best < 0) {
            // every connected pair is adjacent: nobody stands in between
            return new Gatekeeping(0.0, -1, scaled(pairs, candidates.length, chosen.length), share, sampled);
        }
        return new Gatekeeping(share[best], best, scaled(pairs, candidates.length, chosen.length), share, sampled);
    }

    private static long scaled(long pairs, int candidates, int chosen) {
        return chosen == candidates ? pairs : Math.round((double) pairs * candidates / chosen);
    }

    /** Brandes' dependencies of the targets on every actor, summed over the given sources; returns the connected pairs. */
    private static long accumulate(CompactGraph graph, int[] sources, boolean[] target, double[] share) {
        int n = graph.vertexCount();
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        int[] dist = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] order = new int[n];
        Arrays.fill(dist, -1);
        long pairs = 0;
        for (int m : sources) {
            dist[m] = 0;
            sigma[m] = 1;
            int head = 0;
            int tail = 0;
            order[tail++] = m;
            while (head < tail) {
                int v = order[head++];
                for (int k = off[v]; k < off[v + 1]; k++) {
                    int w = nb[k];
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        order[tail++] = w;
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            // dependencies on the targets, in order of decreasing distance
            for (int idx = tail - 1; idx > 0; idx--) {
                int w = order[idx];
                double carried = (target[w] ? 1.0 : 0.0) + delta[w];
                if (target[w]) {
                    pairs++;
                }
                if (carried == 0) {
                    continue;
                }
                for (int k = off[w]; k < off[w + 1]; k++) {
                    int v = nb[k];
                    if (dist[v] == dist[w] - 1) {
                        delta[v] += sigma[v] / sigma[w] * carried;
                    }
                }
            }
            for (int idx = 0; idx < tail; idx++) {
                int v = order[idx];
                if (idx > 0) {
                    share[v] += delta[v];
                }
                dist[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }
        return pairs;
    }
}
