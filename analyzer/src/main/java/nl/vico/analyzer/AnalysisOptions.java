package nl.vico.analyzer;

/**
 * Options of a run of the analyzer.
 *
 * <p><b>Betweenness: exact or sampled.</b> Exact betweenness costs one search per actor, O(n·m) in all, which
 * grows quadratically with the network. {@link #AUTO} (the default) computes it exactly while
 * n·m ≤ {@link #EXACT_WORK_LIMIT} — about 4,500 actors at an average degree of 10, which takes a second or
 * two — and above that estimates it from k = max({@link #MIN_AUTO_SAMPLE}, ⌊limit/m⌋) sampled source actors
 * (2,000 sources for 10,000 actors and 50,000 ties; 1,000 for a million ties), so that a full analysis of a
 * regional network stays within seconds. The report then says so, with the error bound of
 * {@link #samplingError}; 0 asks for exact values whatever the size, k &gt; 0 for exactly k sources.
 *
 * @param threads           worker threads for the parallel parts (betweenness over sources); at least 1
 * @param betweennessSample {@link #AUTO}, 0 for exact betweenness, or the number of sampled source actors
 * @param seed              seed for everything random (sampling, community detection), so runs repeat exactly
 */
public record AnalysisOptions(int threads, int betweennessSample, long seed) {
    /** Exact betweenness on small networks, sampled on large ones (see the class comment). */
    public static final int AUTO = -1;
    /** Largest n·m (actors × ties) for which {@link #AUTO} computes betweenness exactly. */
    public static final long EXACT_WORK_LIMIT = 100_000_000L;
    /**
     * Largest n·m for which closeness, harmonic centrality, diameter and mean path length come from a search
     * from every actor when betweenness is sampled: 20 times {@link #EXACT_WORK_LIMIT}, because those
     * searches run 64 at a time without Brandes' path counting (a second or two at this size). Above it they
     * are estimated from the sampled sources' searches.
     */
    public static final long EXACT_DISTANCES_WORK_LIMIT = 20 * EXACT_WORK_LIMIT;
    /** Fewest sources {@link #AUTO} samples. */
    public static final int MIN_AUTO_SAMPLE = 1000;

    public AnalysisOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (betweennessSample < AUTO) {
            throw new IllegalArgumentException("betweenness sample must be " + AUTO
                    + " (automatic), 0 (exact) or a positive number of sources");
        }
    }

    /** All cores, automatic choice between exact and sampled betweenness, seed 42. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Runtime.getRuntime().availableProcessors(), AUTO, 42L);
    }

    /** All cores, exact betweenness whatever the size, seed 42. */
    public static AnalysisOptions exact() {
        return new AnalysisOptions(Runtime.getRuntime().availableProcessors(), 0, 42L);
    }

    /**
     * The number of sampled sources for a network of n actors and m ties (pairs of actors with a tie): 0
     * when betweenness is to be exact, else k with 0 &lt; k &lt; n.
     */
    public int sampleFor(int n, long m) {
        int k = betweennessSample;
        if (k == AUTO) {
            if ((long) n * m <= EXACT_WORK_LIMIT) {
                return 0;
            }
            k = (int) Math.max(MIN_AUTO_SAMPLE, EXACT_WORK_LIMIT / Math.max(1, m));
        }
        return k >= n ? 0 : k;
    }

    /**
     * For analyses that search from a chosen set of source actors (gatekeeping searches from the municipality
     * or resident side): 0 to search from all of them, else the most sources to sample — max(200, ⌊limit/m⌋),
     * used only where |sources|·m would exceed {@link #EXACT_WORK_LIMIT} — unless exact betweenness was asked for.
     */
    public int sourcesFor(int n, long m) {
        if (betweennessSample == 0 || (long) n * m <= EXACT_WORK_LIMIT) {
            return 0;
        }
        return (int) Math.max(MIN_SOURCE_SAMPLE, EXACT_WORK_LIMIT / Math.max(1, m));
    }

    /** Fewest sources {@link #sourcesFor} samples. */
    public static final int MIN_SOURCE_SAMPLE = 200;

    /**
     * Whether closeness, harmonic centrality, diameter and mean path length are computed exactly for a network
     * of n actors and m ties: always when betweenness is exact, else while n·m ≤ {@link #EXACT_DISTANCES_WORK_LIMIT}.
     */
    public boolean distancesExact(int n, long m) {
        return sampleFor(n, m) == 0 || (long) n * m <= EXACT_DISTANCES_WORK_LIMIT;
    }

    /**
     * Half-width ε of the interval that holds a sampled normalised betweenness with probability
     * {@code confidence}, for every actor separately: each source s adds δ_s(v)/(n−2) ∈ [0, 1] to the
     * estimate, which is n/(n−1) times the mean over k sources drawn without replacement, so Hoeffding's
     * inequality (1963, §6: it holds for sampling without replacement too) gives
     * ε = n/(n−1) · √(ln(2/(1−confidence)) / (2k)). 0 when every actor was a source.
     */
    public static double samplingError(int n, int k, double confidence) {
        if (k <= 0 || k >= n) {
            return 0.0;
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, e.g. 0.95");
        }
        return n / (n - 1.0) * Math.sqrt(Math.log(2.0 / (1.0 - confidence)) / (2.0 * k));
    }
}
