package nl.vico.analyzer.cohesion;

import nl.vico.analyzer.AnalysisContext;

/**
 * Triangles and clustering of the undirected view.
 *
 * @param triangles    by actor index, the ties among its neighbours
 * @param local        by actor index, triangles / (deg·(deg−1)/2); 0 when deg &lt; 2
 * @param transitivity 3 × triangles / connected triples of the network; 0 when there is no triple
 * @param average      mean of {@code local} over all actors (isolates count as 0); NaN for no actors
 */
public record ClusteringProfile(long[] triangles, double[] local, double transitivity, double average) {
    public ClusteringProfile {
        if (triangles.length != local.length) {
            throw new IllegalArgumentException("triangles and local clustering must cover the same actors");
        }
        triangles = triangles.clone();
        local = local.clone();
    }

    /** Clustering of the context's network, computed once per context. */
    public static ClusteringProfile of(AnalysisContext context) {
        return context.shared(ClusteringProfile.class, c -> new ClusteringAnalysis().clustering(c.graph()));
    }

    public double local(int actor) {
        return local[actor];
    }

    @Override
    public long[] triangles() {
        return triangles.clone();
    }

    @Override
    public double[] local() {
        return local.clone();
    }
}
