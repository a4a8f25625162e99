package nl.vico.analyzer.holes;

/**
 * A pair of groups (communities or actor types) with no or almost no ties between them.
 *
 * @param groupA       the smaller label of the pair
 * @param groupB       the larger label
 * @param sizeA        actors in group A
 * @param sizeB        actors in group B
 * @param ties         undirected edges between the two groups
 * @param density      ties / (sizeA · sizeB)
 * @param densityRatio density divided by the density of the whole network (0 for no ties at all)
 * @param spanners     indices of the actors that reach into both groups (a member of one with a tie into the
 *                     other, or an outsider with ties into both), strongest bridge first (most ties into
 *                     the group it reaches least, then most ties into both, then by index); empty when nobody
 *                     spans the hole
 */
public record GroupHole(int groupA, int groupB, int sizeA, int sizeB, long ties, double density, double densityRatio,
                        int[] spanners) {
    public GroupHole {
        if (groupA >= groupB) {
            throw new IllegalArgumentException("name a pair of groups with groupA < groupB");
        }
        spanners = spanners.clone();
    }

    @Override
    public int[] spanners() {
        return spanners.clone();
    }
}
