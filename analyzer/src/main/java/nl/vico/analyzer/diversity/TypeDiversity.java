package nl.vico.analyzer.diversity;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.vico.model.ActorType;

/**
 * How the actors spread over the actor types ({@link DiversityAnalysis}). Undefined values (no actors)
 * are NaN here and null in {@link #asMap()}.
 *
 * @param counts          actors per type, by {@link ActorType} ordinal (every type, present or not)
 * @param blau            Blau's index 1 − Σ p_k²: the chance that two actors drawn at random differ in type
 * @param blauNormalised  the index of qualitative variation, blau / (1 − 1/K) with K = 10 possible types: 1 when
 *                        all ten types are equally present
 * @param shannonEvenness Shannon's entropy −Σ p_k ln p_k divided by ln K, K = 10 possible types
 */
public record TypeDiversity(int[] counts, double blau, double blauNormalised, double shannonEvenness) {
    public TypeDiversity {
        if (counts.length != ActorType.values().length) {
            throw new IllegalArgumentException("give one count per actor type (" + ActorType.values().length + ")");
        }
        counts = counts.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** Number of actors. */
    public int total() {
        int t = 0;
        for (int c : counts) {
            t += c;
        }
        return t;
    }

    public int count(ActorType type) {
        return counts[type.ordinal()];
    }

    /** The type's share of all actors; NaN when there are none. */
    public double share(ActorType type) {
        int t = total();
        return t == 0 ? Double.NaN : counts[type.ordinal()] / (double) t;
    }

    /** Number of types with at least one actor. */
    public int typesPresent() {
        int k = 0;
        for (int c : counts) {
            k += c > 0 ? 1 : 0;
        }
        return k;
    }

    /** {type key → {count, share}} for every type, in the order of {@link ActorType}. */
    public Map<String, Object> asMap() {
        var m = new LinkedHashMap<String, Object>();
        for (ActorType t : ActorType.values()) {
            var e = new LinkedHashMap<String, Object>();
            e.put("count", count(t));
            double s = share(t);
            e.put("share", Double.isNaN(s) ? null : s);
            m.put(t.key(), e);
        }
        return m;
    }
}
