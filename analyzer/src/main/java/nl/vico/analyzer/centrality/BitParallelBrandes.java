package nl.vico.analyzer.centrality;

import java.util.Arrays;

/**
 * Brandes' betweenness accumulation for up to 64 sources at once on unweighted CSR rows (undirected, or
 * the out-rows of a directed view), one worker's reusable state.
 *
 * <p>The 64 searches advance level by level together, as in the multi-source BFS of Then et al. (2014,
 * "The more the merrier: efficient multi-source graph traversal", PVLDB 8(4):449–460): bit l of a long per
 * actor says whether source l has reached it, so one scan of an actor's row serves every source that
 * reaches it at the same distance. On a small-world network 64 nearby sources reach an actor at only a
 * few distinct distances, so a batch scans each row a few times instead of 64 times. Only the numbers
 * that differ per source are handled lane by lane, and only on the arcs of the shortest-path DAGs: σ (the
 * number of shortest paths) is pushed along DAG arcs in the forward sweep, and Brandes' dependency
 * δ_s(v) = σ_sv·Σ_w (1 + δ_s(w))/σ_sw over successors w is pulled back level by level in the backward
 * sweep (Brandes 2001, J. Math. Sociol. 25(2):163–177).
 *
 * <p>The forward sweep also records each DAG arc with its lanes, so the backward sweep reads those
 * instead of scanning the rows again. Entries of a level are handled in order of label (with
 * {@link LocalOrder} labels, neighbours are near in memory).
 *
 * <p>Per batch: O(Σ over actors of (distinct distances from the batch's sources) · degree) word operations
 * plus O(DAG arcs · lanes) lane operations; on the 10,000-actor test network about 5,000 row slots and
 * 52,000 lane operations per source, against 200,000 row slots for one search per source. Memory 64
 * doubles per actor (σ, later overwritten by the coefficient (1 + δ)/σ), three longs and a double (the target
 * weights) per actor, and the entries and DAG arcs of one batch.
 */
final class BitParallelBrandes {
    static final int LANES = 64;

    private final int n;
    private final int[] off;
    private final int[] nb;
    /** Lanes that reached the actor at the current level or before. */
    private final long[] seen;
    /** Lanes that reach the actor at the level being built. */
    private final long[] next;
    /** Per (actor, lane): σ in the forward sweep, then the coefficient (1 + δ)/σ. */
    private final double[] value;
    private final double[] sum = new double[LANES];
    private final long[] touchedWords;
    private int[] touched;
    private int[] entryActor = new int[256];
    private long[] entryLanes = new long[256];
    private int[] levelStart = new int[32];
    /** The DAG arcs found by the forward sweep: per entry e, arcs arcStart[e] .. arcStart[e+1]. */
    private int[] arcStart = new int[257];
    private int[] arcHead = new int[1024];
    private long[] arcLanes = new long[1024];
    /** Per actor (label), how much a path ending there counts: {@link #oneEverywhere} for betweenness. */
    private double[] targetWeight;
    /** The target weights of plain betweenness: 1 for every actor (an array, so that no branch tells them apart). */
    private final double[] oneEverywhere;
    /** Pairs (source, target) with target weight ≠ 0 and a path, over the batches run so far. */
    long targetPairs;

    BitParallelBrandes(int[] offsets, int[] neighbours) {
        this.n = offsets.length - 1;
        if ((long) n * LANES > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many actors for the bit-parallel pass: " + n);
        }
        this.off = offsets;
        this.nb = neighbours;
        this.seen = new long[n];
        this.next = new long[n];
        this.value = new double[n * LANES];
        this.touchedWords = new long[(n + 63) >>> 6];
        this.touched = new int[Math.min(n, 1024)];
        this.oneEverywhere = new double[n];
        Arrays.fill(oneEverywhere, 1.0);
        this.targetWeight = oneEverywhere;
    }

    /**
     * Restricts the dependencies to paths that end at targets: δ_s(v) = σ_sv·Σ_w (t_w + δ_s(w))/σ_sw with
     * t_w the target weight (Brandes 2008, "On variants of shortest-path betweenness centrality and their
     * generic computation", Social Networks 30:136–145, §3.5); null restores t_w = 1 for every actor.
     */
    BitParallelBrandes targets(double[] weight) {
        if (weight != null && weight.length != n) {
            throw new IllegalArgumentException("one target weight per actor");
        }
        this.targetWeight = weight == null ? oneEverywhere : weight;
        return this;
    }

    /** Bytes of state per actor, for sizing the number of workers. */
    static long bytesPerActor() {
        return LANES * 8L + 3 * 8L + 8 + 8; // value; seen, next, touched words; touched; the target weights of 1
    }

    /**
     * Runs the sources {@code sources[from..to)} (at most 64, distinct, ascending for locality) and adds
     * every actor's dependency Σ_s δ_s(v), over these sources, to {@code dependency}. When {@code stats}
     * is not null, also adds to it, per reached actor, how many of these sources reach it and at what
     * distances (on an undirected view these are also the actor's own distances to the sources).
     */
    void batch(int[] sources, int from, int to, double[] dependency, DistanceStats stats) {
        if (to - from > LANES || to <= from) {
            throw new IllegalArgumentException("a batch holds 1 to 64 sources");
        }
        int k = 0;
        for (int j = from; j < to; j++) {
            int s = sources[j];
            long bit = 1L << (j - from);
            k = add(k, s, bit);
            seen[s] = bit;
            value[s * LANES + (j - from)] = 1.0;
            if (stats != null) {
                stats.reach[s]++;
            }
        }
        int levels = forward(k, stats);
        backward(levels, dependency);
        clear(0);
    }

    /** Makes the actors of one level ready for the next batch (all zero). */
    private void clear(int level) {
        for (int e = levelStart[level]; e < levelStart[level + 1]; e++) {
            int v = entryActor[e];
            seen[v] = 0;
            int vo = v * LANES;
            long m = entryLanes[e];
            do {
                value[vo + Long.numberOfTrailingZeros(m)] = 0.0;
                m &= m - 1;
            } while (m != 0);
        }
    }

    /** Builds the levels (entries of level L: levelStart[L] .. levelStart[L+1]); returns their number. */
    private int forward(int k, DistanceStats stats) {
        levelStart[0] = 0;
        int arcs = 0;
        int level = 0;
        int lo = 0;
        int hi = k;
        while (lo < hi) {
            int t = 0;
            int minWord = Integer.MAX_VALUE;
            int maxWord = -1;
            for (int e = lo; e < hi; e++) {
                int v = entryActor[e];
                long lanes = entryLanes[e];
                int vo = v * LANES;
                int degree = off[v + 1] - off[v];
                if (arcs + degree > arcHead.length) {
                    growArcs(arcs + degree);
                }
                arcStart[e] = arcs;
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
                    int w = nb[i];
                    long fresh = lanes & ~seen[w];
                    if (fresh != 0) {
                        arcHead[arcs] = w;
                        arcLanes[arcs++] = fresh;
                        long before = next[w];
                        if (before == 0) {
                            if (t == touched.length) {
                                touched = Arrays.copyOf(touched, Math.min(n, 2 * t));
                            }
                            touched[t++] = w;
                            int word = w >>> 6;
                            touchedWords[word] |= 1L << w;
                            minWord = Math.min(minWord, word);
                            maxWord = Math.max(maxWord, word);
                        }
                        next[w] = before | fresh;
                        int wo = w * LANES;
                        do {
                            int l = Long.numberOfTrailingZeros(fresh);
                            value[wo + l] += value[vo + l];
                            fresh &= fresh - 1;
                        } while (fresh != 0);
                    }
                }
            }
            level++;
            if (level + 1 >= levelStart.length) {
                levelStart = Arrays.copyOf(levelStart, 2 * levelStart.length);
            }
            levelStart[level] = hi;
            // the next level's entries in order of label (locality of the next scan), read off the bitmap of
            // touched actors: one pass over its words in range, no more than n/64 (always this way, not sorting
            // small levels: a branch taken one way for many batches and then the other costs the JIT a
            // recompilation of this method)
            t = 0;
            for (int word = minWord; word <= maxWord; word++) {
                long bits = touchedWords[word];
                touchedWords[word] = 0;
                while (bits != 0) {
                    touched[t++] = (word << 6) | Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                }
            }
            for (int i = 0; i < t; i++) {
                int w = touched[i];
                long fresh = next[w];
                next[w] = 0;
                seen[w] |= fresh;
                k = add(k, w, fresh);
                if (stats != null) {
                    int c = Long.bitCount(fresh);
                    stats.reach[w] += c;
                    stats.distanceSum[w] += (long) level * c;
                    stats.harmonicSum[w] += c / (double) level;
                    stats.eccentricity[w] = Math.max(stats.eccentricity[w], level);
                }
            }
            lo = hi;
            hi = k;
        }
        levelStart[level] = k;
        arcStart[k] = arcs; // add() keeps arcStart longer than the entries
        return level;
    }

    private void growArcs(int needed) {
        int size = Math.max(needed, 2 * arcHead.length);
        arcHead = Arrays.copyOf(arcHead, size);
        arcLanes = Arrays.copyOf(arcLanes, size);
    }

    /**
     * Pulls the dependencies back from the deepest level to level 1. The sources (level 0) pull nothing: a
     * source's dependency on its own paths does not count, so their level is left out of the loop (and its
     * values are cleared by the caller).
     */
    private void backward(int levels, double[] dependency) {
        double[] target = targetWeight;
        for (int level = levels - 1; level >= 1; level--) {
            for (int e = levelStart[level]; e < levelStart[level + 1]; e++) {
                int v = entryActor[e];
                int vo = v * LANES;
                for (int a = arcStart[e], end = arcStart[e + 1]; a < end; a++) {
                    int wo = arcHead[a] * LANES;
                    long m = arcLanes[a];
                    do {
                        int l = Long.numberOfTrailingZeros(m);
                        sum[l] += value[wo + l];
                        m &= m - 1;
                    } while (m != 0);
                }
                double tv = target[v];
                double delta = 0;
                long m = entryLanes[e];
                do {
                    int l = Long.numberOfTrailingZeros(m);
                    m &= m - 1;
                    double sigma = value[vo + l];
                    double s = sum[l];
                    sum[l] = 0;
                    delta += sigma * s;
                    value[vo + l] = tv / sigma + s;
                } while (m != 0);
                dependency[v] += delta;
            }
            if (level + 1 < levels) {
                clear(level + 1); // its values are no longer needed: the level above has pulled them
            }
        }
        if (levels > 1) {
            clear(1);
        }
        if (target != oneEverywhere) {
            countTargetPairs(levels);
        }
    }

    /** Adds the (source, target) pairs of the last batch with a path and a target weight other than 0. */
    private void countTargetPairs(int levels) {
        for (int e = levelStart[1]; e < levelStart[levels]; e++) {
            if (targetWeight[entryActor[e]] != 0) {
                targetPairs += Long.bitCount(entryLanes[e]);
            }
        }
    }

    private int add(int k, int actor, long lanes) {
        if (k == entryActor.length) {
            entryActor = Arrays.copyOf(entryActor, 2 * k);
            entryLanes = Arrays.copyOf(entryLanes, 2 * k);
        }
        if (k + 1 >= arcStart.length) {
            arcStart = Arrays.copyOf(arcStart, 2 * (k + 1));
        }
        entryActor[k] = actor;
        entryLanes[k] = lanes;
        return k + 1;
    }

    /**
     * Per actor, sums over the sources of the batches run with it: how many reach it (itself included when
     * it is a source), the sum of their distances to it, the sum of 1/distance, and the largest distance.
     */
    static final class DistanceStats {
        final int[] reach;
        final long[] distanceSum;
        final double[] harmonicSum;
        final int[] eccentricity;

        DistanceStats(int n) {
            reach = new int[n];
            distanceSum = new long[n];
            harmonicSum = new double[n];
            eccentricity = new int[n];
        }
    }
}
