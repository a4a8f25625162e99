package nl.vico.analyzer.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import nl.vico.analyzer.holes.StructuralHolesAnalysis;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.MemberRole;
import nl.vico.model.Membership;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;

/**
 * The consortium's constraint equals Burt's constraint, as {@link StructuralHolesAnalysis} computes it, of the
 * one actor that the members become when the network is contracted (members merged, binary ties).
 */
class GroupConstraintTest {

    @Test
    void consortiumConstraint_equalsConstraintOfTheContractedActor_onRandomNetworks() {
        var random = new Random(7);
        for (int round = 0; round < 20; round++) {
            var base = Networks.random(round, 25, 0.15, false);
            var members = new HashSet<String>();
            while (members.size() < 2 + random.nextInt(4)) {
                members.add(base.actor(random.nextInt(base.size())).id());
            }
            var memberships = new ArrayList<Membership>();
            members.forEach(m -> memberships.add(new Membership("c", m, MemberRole.PARTNER, null)));
            var network = new StakeholderNetwork("r", base.actors(), base.ties(),
                    List.of(new Consortium("c", "C", null, null, null)), memberships, List.of());
            var a = new ConsortiumAssessmentAnalysis().analyze(network).get(0);

            // contract: every member becomes "C"; ties inside the consortium vanish, parallel ties merge
            var contracted = StakeholderNetwork.builder("contracted");
            contracted.actor("C", ActorType.FOUNDATION);
            for (var actor : base.actors()) {
                if (!members.contains(actor.id())) {
                    contracted.actor(actor);
                }
            }
            for (Tie t : base.ties()) {
                String s = members.contains(t.source()) ? "C" : t.source();
                String d = members.contains(t.target()) ? "C" : t.target();
                if (!s.equals(d)) {
                    contracted.tie(s, d, TieKind.COLLABORATES);
                }
            }
            var holes = StructuralHolesAnalysis.compute(nl.vico.analyzer.graph.CompactGraph.of(contracted.build()));
            Double expected = holes.binary().constraint(0);
            if (expected == null) {
                assertThat(a.bridging().consortiumConstraint()).as("round " + round).isNaN();
            } else {
                assertThat(a.bridging().consortiumConstraint()).as("round " + round).isCloseTo(expected, within(1e-12));
            }
        }
    }
}
