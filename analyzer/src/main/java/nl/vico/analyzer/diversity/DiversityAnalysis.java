package nl.vico.analyzer.diversity;

import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;

/**
 * Diversity of actor types. Blau's index of heterogeneity 1 − Σ p_k² (P. M. Blau, <i>Inequality and
 * Heterogeneity</i>, Free Press, 1977), its normalised form, the index of qualitative variation
 * IQV = (1 − Σ p_k²)/(1 − 1/K) (Agresti and Agresti 1978), and Shannon's evenness H/ln K with
 * H = −Σ p_k ln p_k (Pielou 1966), where p_k is the share of type k and K = 10 is the number of
 * <i>possible</i> types (every {@link ActorType}), not the number present: a network with two types
 * in equal numbers is not "perfectly even" when eight kinds of party are missing. All are undefined for
 * an empty network. Also usable on any subset of actors, e.g. a consortium's members. Cost O(n).
 */
public final class DiversityAnalysis implements NetworkAnalysis<TypeDiversity> {
    /** K: the number of possible actor types. */
    public static final int POSSIBLE_TYPES = ActorType.values().length;

    @Override
    public TypeDiversity analyze(StakeholderNetwork network) {
        int[] counts = new int[POSSIBLE_TYPES];
        for (var a : network.actors()) {
            counts[a.type().ordinal()]++;
        }
        return of(counts);
    }

    /** The measures of the given actors (indices into the network). */
    public static TypeDiversity of(StakeholderNetwork network, int[] actors) {
        int[] counts = new int[POSSIBLE_TYPES];
        for (int a : actors) {
            counts[network.actor(a).type().ordinal()]++;
        }
        return of(counts);
    }

    /** The measures of a count per type (by {@link ActorType} ordinal). */
    public static TypeDiversity of(int[] counts) {
        long total = 0;
        for (int c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("type counts cannot be negative");
            }
            total += c;
        }
        if (total == 0) {
            return new TypeDiversity(counts, Double.NaN, Double.NaN, Double.NaN);
        }
        double sumSquares = 0;
        double entropy = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = c / (double) total;
                sumSquares += p * p;
                entropy -= p * Math.log(p);
            }
        }
        double blau = 1 - sumSquares;
        double k = counts.length;
        return new TypeDiversity(counts, blau, blau / (1 - 1 / k), entropy / Math.log(k));
    }
}
