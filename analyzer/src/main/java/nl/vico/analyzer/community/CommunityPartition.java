package nl.vico.analyzer.community;

/**
 * A division of the actors into communities.
 *
 * @param membership community id (0..count-1) of each actor, by actor index
 * @param count      number of communities
 * @param modularity Newman's modularity of the partition on the undirected, unweighted graph
 */
public record CommunityPartition(int[] membership, int count, double modularity) {
    public CommunityPartition {
        membership = membership.clone();
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
