package nl.vico.analyzer.diversity;

/**
 * Mixing of groups along the undirected ties ({@link MixingAnalysis}). NaN = undefined.
 *
 * @param within        edges inside a group, by group
 * @param external      edges with exactly one end in the group, by group
 * @param eiByGroup     Krackhardt–Stern E-I index per group, (E − I)/(E + I); NaN for a group without edges
 * @param ei            the E-I index of the whole network: (between-group edges − within-group edges)/all edges
 * @param assortativity Newman's attribute assortativity coefficient of the grouping
 */
public record Mixing(long[] within, long[] external, double[] eiByGroup, double ei, double assortativity) {
    public Mixing {
        within = within.clone();
        external = external.clone();
        eiByGroup = eiByGroup.clone();
    }

    @Override
    public long[] within() {
        return within.clone();
    }

    @Override
    public long[] external() {
        return external.clone();
    }

    @Override
    public double[] eiByGroup() {
        return eiByGroup.clone();
    }

    /** E-I index of one group; NaN when it has no edges. */
    public double ei(int group) {
        return eiByGroup[group];
    }
}
