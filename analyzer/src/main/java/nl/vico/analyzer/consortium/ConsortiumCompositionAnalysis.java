package nl.vico.analyzer.consortium;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.Membership;
import nl.vico.model.StakeholderNetwork;

/**
 * The composition of every proposed consortium: its members with their type, role and normalised
 * budget share, and how many members of each actor type it has. Budget shares may be given as fractions
 * or as euros; each given share is divided by the sum of the shares given in that consortium, members
 * without a share keep none. O(members).
 */
public final class ConsortiumCompositionAnalysis implements NetworkAnalysis<List<ConsortiumComposition>> {
    @Override
    public List<ConsortiumComposition> analyze(StakeholderNetwork network) {
        var result = new ArrayList<ConsortiumComposition>(network.consortia().size());
        for (Consortium c : network.consortia()) {
            result.add(composition(network, c));
        }
        return List.copyOf(result);
    }

    /** The composition of one consortium of the network. */
    public ConsortiumComposition composition(StakeholderNetwork network, Consortium consortium) {
        List<Membership> memberships = network.membersOf(consortium.id());
        double total = 0;
        for (Membership m : memberships) {
            if (m.budgetShare() != null) {
                total += m.budgetShare();
            }
        }
        var members = new ArrayList<ConsortiumComposition.Member>(memberships.size());
        var counts = new EnumMap<ActorType, Integer>(ActorType.class);
        for (Membership m : memberships) {
            var actor = network.actor(m.actor()).orElseThrow();
            Double share = m.budgetShare() == null || total == 0 ? null : m.budgetShare() / total;
            members.add(new ConsortiumComposition.Member(actor.id(), actor.name(), actor.type(), m.role(), share));
            counts.merge(actor.type(), 1, Integer::sum);
        }
        return new ConsortiumComposition(consortium, members, counts);
    }
}
