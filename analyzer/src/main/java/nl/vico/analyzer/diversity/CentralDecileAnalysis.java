package nl.vico.analyzer.diversity;

import java.util.Arrays;
import java.util.Comparator;
import nl.vico.model.Actor;
import nl.vico.model.StakeholderNetwork;

/**
 * The most central decile: the ⌈n/10⌉ actors with the highest betweenness (ties broken by actor id,
 * so the choice does not depend on the order of the data), and the shares of informal actors, newcomers
 * and resident-side actors (residents, resident groups) in it against their shares overall. Are residents
 * and new players heard, or only at the edge? Cost O(n log n).
 */
public final class CentralDecileAnalysis {
    private CentralDecileAnalysis() {
    }

    /** The decile by the given betweenness (any scale: raw or normalised), one value per actor index. */
    public static CentralDecile compute(StakeholderNetwork network, double[] betweenness) {
        int n = network.size();
        if (betweenness.length != n) {
            throw new IllegalArgumentException("give one betweenness value per actor: " + betweenness.length + " for " + n);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -betweenness[i])
                .thenComparing(i -> network.actor(i).id()));
        int size = (n + 9) / 10;
        int[] top = new int[size];
        for (int i = 0; i < size; i++) {
            top[i] = order[i];
        }
        double[] central = shares(network, top);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double[] overall = shares(network, all);
        return new CentralDecile(top, central[0], overall[0], central[1], overall[1], central[2], overall[2]);
    }

    /** {informal, newcomer, resident-side} shares of the given actors; NaN when there are none. */
    private static double[] shares(StakeholderNetwork network, int[] actors) {
        if (actors.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        int informal = 0;
        int newcomer = 0;
        int resident = 0;
        for (int i : actors) {
            Actor a = network.actor(i);
            informal += a.formal() ? 0 : 1;
            newcomer += a.newcomer() ? 1 : 0;
            resident += a.type().isResidentSide() ? 1 : 0;
        }
        double k = actors.length;
        return new double[] {informal / k, newcomer / k, resident / k};
    }
}
