package nl.vico.analyzer.brokerage;

import java.util.HashSet;
import nl.vico.analyzer.community.CommunityPartition;
import nl.vico.model.Membership;
import nl.vico.model.StakeholderNetwork;

/** Ways to divide the actors into groups for brokerage and mixing: label 0, 1, 2, … per actor index. */
public final class Groupings {
    private Groupings() {
    }

    /** Group = actor type, labelled by the type's ordinal (so the labels mean the same in every network). */
    public static int[] byType(StakeholderNetwork network) {
        int[] g = new int[network.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = network.actor(i).type().ordinal();
        }
        return g;
    }

    /** Group = community. */
    public static int[] byCommunity(CommunityPartition partition) {
        return partition.membership();
    }

    /** 1 for the members of the consortium, 0 for everyone else (an unknown consortium gives all 0). */
    public static int[] byMembership(StakeholderNetwork network, String consortiumId) {
        var members = new HashSet<String>();
        for (Membership m : network.membersOf(consortiumId)) {
            members.add(m.actor());
        }
        int[] g = new int[network.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = members.contains(network.actor(i).id()) ? 1 : 0;
        }
        return g;
    }
}
