package nl.vico.analyzer;

/**
 * Options of a run of the analyzer.
 *
 * @param threads           worker threads for the parallel parts (betweenness over sources); at least 1
 * @param betweennessSample 0 for exact betweenness; otherwise the number of sampled source actors
 * @param seed              seed for everything random (sampling, community detection), so runs repeat exactly
 */
public record AnalysisOptions(int threads, int betweennessSample, long seed) {
    public AnalysisOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (betweennessSample < 0) {
            throw new IllegalArgumentException("betweenness sample must be 0 (exact) or a positive number of sources");
        }
    }

    /** All cores, exact betweenness, seed 42. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Runtime.getRuntime().availableProcessors(), 0, 42L);
    }
}
