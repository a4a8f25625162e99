package nl.vico.analyzer.centrality;

/**
 * How a weighted shortest-path measure turns a tie's weight into a length.
 *
 * <p>vico's weights are tie strengths (more contact, more trust), so its {@code _weighted} keys use
 * {@link #RECIPROCAL_WEIGHT}: a strong tie is a short path. {@link #WEIGHT} is what JGraphT, igraph and
 * NetworkX do when handed a weighted graph; it exists to compare with them.
 */
public enum EdgeLength {
    /** Length = 1/weight (weights are strengths). */
    RECIPROCAL_WEIGHT,
    /** Length = weight (weights are distances or costs). */
    WEIGHT
}
