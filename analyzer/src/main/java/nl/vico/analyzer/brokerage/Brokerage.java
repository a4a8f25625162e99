package nl.vico.analyzer.brokerage;

/**
 * The result of a Gould–Fernandez brokerage analysis: per actor the counts by role, their expected
 * values under a random graph of the same density and group sizes and the z-scores, and the same for
 * the whole network. Actors are addressed by index. Immutable.
 */
public final class Brokerage {
    private final int[] group;
    private final long[] counts;
    private final double[][] expectedByGroup;
    private final double[][] sdByGroup;
    private final RoleCounts total;
    private final RoleStatistics expectedTotal;
    private final RoleStatistics zTotal;
    private final double density;

    Brokerage(int[] group, long[] counts, double[][] expectedByGroup, double[][] sdByGroup, RoleCounts total,
              RoleStatistics expectedTotal, RoleStatistics zTotal, double density) {
        this.group = group;
        this.counts = counts;
        this.expectedByGroup = expectedByGroup;
        this.sdByGroup = sdByGroup;
        this.total = total;
        this.expectedTotal = expectedTotal;
        this.zTotal = zTotal;
        this.density = density;
    }

    /** Number of actors. */
    public int size() {
        return group.length;
    }

    /** The group label the actor was analysed with. */
    public int group(int actor) {
        return group[actor];
    }

    /** How many ordered pairs the actor brokers, by role. */
    public RoleCounts of(int actor) {
        int b = 5 * actor;
        return new RoleCounts(counts[b], counts[b + 1], counts[b + 2], counts[b + 3], counts[b + 4]);
    }

    /** Expected counts for an actor of this actor's group in a random graph of the same density and group sizes. */
    public RoleStatistics expected(int actor) {
        return RoleStatistics.of(expectedByGroup[group[actor]]);
    }

    /** (observed − expected) / standard deviation per role, as R's {@code sna::brokerage} reports {@code z.nli}. */
    public RoleStatistics z(int actor) {
        double[] e = expectedByGroup[group[actor]];
        double[] sd = sdByGroup[group[actor]];
        RoleCounts c = of(actor);
        double[] z = new double[6];
        for (BrokerageRole r : BrokerageRole.values()) {
            z[r.ordinal()] = BrokerageAnalysis.z(c.get(r), e[r.ordinal()], sd[r.ordinal()]);
        }
        z[5] = BrokerageAnalysis.z(c.total(), e[5], sd[5]);
        return RoleStatistics.of(z);
    }

    /** Counts summed over all actors. */
    public RoleCounts total() {
        return total;
    }

    /** Expected network totals ({@code exp.gli} in sna). */
    public RoleStatistics expectedTotal() {
        return expectedTotal;
    }

    /** z-scores of the network totals ({@code z.gli} in sna). */
    public RoleStatistics zTotal() {
        return zTotal;
    }

    /** Arc density m / (n(n−1)) of the directed view used for the expectations; NaN for fewer than two actors. */
    public double density() {
        return density;
    }
}
