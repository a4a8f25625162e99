package nl.vico.analyzer.power;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Krackhardt's four graph-theoretical dimensions of hierarchy of one directed graph
 * ({@link KrackhardtAnalysis}); each is 1 for an out-tree. A {@code null} value is undefined.
 *
 * @param actors        vertices of the graph
 * @param arcs          arcs of the graph (a two-way relation counts 2)
 * @param connectedness share of the pairs of actors joined by a semipath; null for fewer than 2 actors
 * @param hierarchy     1 − (mutually reachable pairs / pairs with reachability in at least one direction);
 *                      null when no actor reaches another
 * @param efficiency    1 − (arcs beyond a spanning forest / the most there could be); null for fewer than 2 actors
 * @param lubness       1 − (pairs without a least upper bound / the most there could be); null when no weak
 *                      component has 3 or more actors, or when one is too large to check every pair
 */
public record KrackhardtMeasures(int actors, int arcs, Double connectedness, Double hierarchy, Double efficiency,
                                 Double lubness) {
    public KrackhardtMeasures {
        if (actors < 0 || arcs < 0) {
            throw new IllegalArgumentException("actor and arc counts cannot be negative");
        }
    }

    /** The four values under the report keys {@code krackhardt_connectedness}, … */
    public Map<String, Object> asMap() {
        var m = new LinkedHashMap<String, Object>();
        m.put("krackhardt_hierarchy", hierarchy);
        m.put("krackhardt_connectedness", connectedness);
        m.put("krackhardt_efficiency", efficiency);
        m.put("krackhardt_lubness", lubness);
        return m;
    }
}
