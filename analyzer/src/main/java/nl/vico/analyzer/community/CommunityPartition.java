package nl.vico.analyzer.community;

/**
 * A division of the actors into communities.
 *
 * @param membership community id (0..count-1) of each actor, by actor index
 * @param count      number of communities
 * @param modularity Newman's modularity of the partition on the undirected, unweighted graph; NaN when
 *                   the network has no ties (undefined)
 */
public record CommunityPartition(int[] membership, int count, double modularity) {
    public CommunityPartition {
        membership = membership.clone();
        for (int c : membership) {
            if (c < 0 || c >= count) {
                throw new IllegalArgumentException("community id " + c + " lies outside 0.." + (count - 1)
                        + " — number the communities 0..count-1");
            }
        }
    }

    /** Number of actors in each community, by community id. */
    public int[] sizes() {
        int[] sizes = new int[count];
        for (int c : membership) {
            sizes[c]++;
        }
        return sizes;
    }

    /** Community of the actor with this index. */
    public int of(int actor) {
        return membership[actor];
    }

    @Override
    public int[] membership() {
        return membership.clone();
    }
}
