package nl.vico.analyzer.cohesion;

import nl.vico.analyzer.centrality.Distances;

/**
 * Diameter and average shortest-path length (unweighted) of the largest component. On a disconnected
 * network these are undefined for the whole (some distances are infinite); vico reports them for the
 * largest component, which is where they still say something about reach, and its size is the first
 * entry of {@code component_sizes}. O(n) from the per-actor distance statistics; when those are estimated
 * from sampled sources ({@link Distances#exact()} false) the mean is an estimate and the diameter a lower bound.
 *
 * @param diameter      the largest distance between two actors of the component (0 for a single actor),
 *                      or {@code null} for an empty network
 * @param averageLength the mean distance over ordered pairs of distinct actors of the component, or
 *                      {@code null} when it has fewer than two actors
 * @param componentSize actors in the component measured (0 for an empty network)
 */
public record PathLengths(Integer diameter, Double averageLength, int componentSize) {
    public PathLengths {
        if (componentSize < 0) {
            throw new IllegalArgumentException("component size cannot be negative");
        }
    }

    public static PathLengths ofLargestComponent(Components components, Distances distances) {
        int largest = components.largest();
        if (largest < 0) {
            return new PathLengths(null, null, 0);
        }
        int size = components.size(largest);
        int diameter = 0;
        double total = 0;
        for (int v = 0; v < distances.size(); v++) {
            if (components.of(v) == largest) {
                diameter = Math.max(diameter, distances.eccentricity(v));
                total += distances.distanceSum(v);
            }
        }
        Double average = size < 2 ? null : total / ((double) size * (size - 1));
        return new PathLengths(diameter, average, size);
    }
}
