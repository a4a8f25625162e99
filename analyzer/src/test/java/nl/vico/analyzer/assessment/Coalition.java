package nl.vico.analyzer.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.findings.Policy;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.MemberRole;
import nl.vico.model.Membership;
import nl.vico.model.MunicipalRole;
import nl.vico.model.Neighbourhood;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;

/**
 * A small handmade network around one consortium "c", to be changed one aspect at a time. {@link #healthy()}
 * meets every demand of the default policy:
 *
 * <pre>
 *   members: lead (social entrepreneur, new, lead, 0.4), group (informal resident group, partner, 0.3),
 *            school (partner, 0.2), broker (broker, 0.1)
 *   ties:    broker–lead, broker–group, broker–school, lead–group (collaborates)
 *            r1→group, r2→group (member_of), lead–r3 (trusts), school–r4 (collaborates)
 *            lead–dept1, school–dept2 (collaborates; dept1, dept2 are municipal departments)
 *   municipality: facilitator; neighbourhood "wijk" with 5,000 residents
 * </pre>
 */
final class Coalition {
    final Map<String, Actor> actors = new LinkedHashMap<>();
    final List<Tie> ties = new ArrayList<>();
    final Map<String, Membership> members = new LinkedHashMap<>();
    MunicipalRole role = MunicipalRole.FACILITATOR;
    String task = "task";
    Integer residents = 5000;

    static Coalition healthy() {
        var c = new Coalition();
        c.actor("lead", ActorType.SOCIAL_ENTREPRENEUR, true, true);
        c.actor("group", ActorType.RESIDENT_GROUP, false, false);
        c.actor("school", ActorType.SCHOOL, true, false);
        c.actor("broker", ActorType.BROKER, true, false);
        for (String r : List.of("r1", "r2", "r3", "r4")) {
            c.actor(r, ActorType.RESIDENT, false, false);
        }
        c.actor("dept1", ActorType.MUNICIPALITY, true, false);
        c.actor("dept2", ActorType.MUNICIPALITY, true, false);
        c.tie("broker", "lead").tie("broker", "group").tie("broker", "school").tie("lead", "group");
        c.tie("r1", "group", TieKind.MEMBER_OF).tie("r2", "group", TieKind.MEMBER_OF);
        c.tie("lead", "r3", TieKind.TRUSTS).tie("school", "r4");
        c.tie("lead", "dept1").tie("school", "dept2");
        c.member("lead", MemberRole.LEAD, 0.4).member("group", MemberRole.PARTNER, 0.3)
                .member("school", MemberRole.PARTNER, 0.2).member("broker", MemberRole.BROKER, 0.1);
        return c;
    }

    Coalition actor(String id, ActorType type, boolean formal, boolean newcomer) {
        actors.put(id, new Actor(id, "Name of " + id, type, null, formal, newcomer, Map.of()));
        return this;
    }

    /** An undirected collaboration tie. */
    Coalition tie(String a, String b) {
        return tie(a, b, TieKind.COLLABORATES);
    }

    Coalition tie(String a, String b, TieKind kind) {
        ties.add(Tie.of(a, b, kind));
        return this;
    }

    Coalition untie(String a, String b) {
        ties.removeIf(t -> (t.source().equals(a) && t.target().equals(b)) || (t.source().equals(b) && t.target().equals(a)));
        return this;
    }

    Coalition member(String id, MemberRole role, Double share) {
        members.put(id, new Membership("c", id, role, share));
        return this;
    }

    Coalition remove(String id) {
        members.remove(id);
        return this;
    }

    Coalition share(String id, double share) {
        var m = members.get(id);
        members.put(id, new Membership("c", id, m.role(), share));
        return this;
    }

    StakeholderNetwork network() {
        return new StakeholderNetwork("fixture", List.copyOf(actors.values()), ties,
                List.of(new Consortium("c", "Coalition C", task, "wijk", role)), List.copyOf(members.values()),
                List.of(new Neighbourhood("wijk", "Wijk", residents)));
    }

    static AnalysisContext context(StakeholderNetwork network, Policy policy) {
        return new AnalysisContext(network, new AnalysisOptions(1, 0, 42L), policy);
    }

    ConsortiumAssessment assess() {
        return assess(Policy.defaults());
    }

    ConsortiumAssessment assess(Policy policy) {
        return new ConsortiumAssessmentAnalysis().assess(context(network(), policy), "c");
    }
}
