package nl.vico.analyzer.consortium;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.MemberRole;

/**
 * Who is in a proposed consortium, and the mix of actor types among them.
 *
 * @param consortium the proposal
 * @param members    its members in file order
 * @param typeCounts members per actor type, only types present, in {@link ActorType} order
 */
public record ConsortiumComposition(Consortium consortium, List<Member> members, Map<ActorType, Integer> typeCounts) {
    public ConsortiumComposition {
        Objects.requireNonNull(consortium, "consortium");
        members = List.copyOf(members);
        var counts = new EnumMap<ActorType, Integer>(ActorType.class);
        counts.putAll(typeCounts);
        typeCounts = Collections.unmodifiableMap(counts);
    }

    /**
     * One member.
     *
     * @param actor       actor id
     * @param name        actor's display name
     * @param type        actor's type
     * @param role        role in the consortium, or {@code null} when not given
     * @param budgetShare the member's share of the budget as a fraction of the consortium's given total
     *                    (shares are normalised per consortium); {@code null} when not given, or when every
     *                    given share is 0
     */
    public record Member(String actor, String name, ActorType type, MemberRole role, Double budgetShare) {
        public Member {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(type, () -> "member " + actor + " needs a type");
        }
    }

    public int size() {
        return members.size();
    }

    /** Share of each present type among the members (counts / members), in {@link ActorType} order; empty without members. */
    public Map<ActorType, Double> typeShares() {
        var shares = new LinkedHashMap<ActorType, Double>();
        typeCounts.forEach((t, c) -> shares.put(t, c / (double) members.size()));
        return Collections.unmodifiableMap(shares);
    }
}
