package nl.vico.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of a neighbourhood's stakeholder map: its actors, the ties between them, the
 * consortia proposed for a task and their members, and the neighbourhoods. Analyses read a snapshot;
 * nothing changes it. Actors are numbered 0..n-1 in the order given, so analyses can work on arrays.
 *
 * <p>The constructor checks that every reference resolves (a tie's or membership's actor, a
 * membership's consortium) and that ids are unique, and says what to fix if not. An empty network is
 * valid.
 */
public final class StakeholderNetwork {
    private final String name;
    private final List<Actor> actors;
    private final List<Tie> ties;
    private final List<Consortium> consortia;
    private final List<Membership> memberships;
    private final List<Neighbourhood> neighbourhoods;
    private final Map<String, Integer> actorIndex;
    /** Per tie, the indices of its source and target actors. */
    private final int[] tieSource;
    private final int[] tieTarget;
    private final Map<String, Consortium> consortiumById;
    private final Map<String, Neighbourhood> neighbourhoodById;
    private final Map<String, List<Membership>> membersByConsortium;

    public StakeholderNetwork(String name, List<Actor> actors, List<Tie> ties, List<Consortium> consortia,
                              List<Membership> memberships, List<Neighbourhood> neighbourhoods) {
        this.name = name == null || name.isBlank() ? "unnamed" : name;
        this.actors = List.copyOf(actors);
        this.ties = List.copyOf(ties);
        this.consortia = List.copyOf(consortia);
        this.memberships = List.copyOf(memberships);
        this.neighbourhoods = List.copyOf(neighbourhoods);

        var index = new HashMap<String, Integer>(this.actors.size() * 2);
        for (int i = 0; i < this.actors.size(); i++) {
            if (index.putIfAbsent(this.actors.get(i).id(), i) != null) {
                throw new IllegalArgumentException("actor id " + this.actors.get(i).id()
                        + " is used twice — give every actor a unique id");
            }
        }
        this.actorIndex = Collections.unmodifiableMap(index);
        this.tieSource = new int[this.ties.size()];
        this.tieTarget = new int[this.ties.size()];
        for (int i = 0; i < this.ties.size(); i++) {
            Tie t = this.ties.get(i);
            tieSource[i] = requireActor(t.source(), "tie source");
            tieTarget[i] = requireActor(t.target(), "tie target");
        }
        var cons = new LinkedHashMap<String, Consortium>();
        for (Consortium c : this.consortia) {
            if (cons.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("consortium id " + c.id() + " is used twice — give every consortium a unique id");
            }
        }
        this.consortiumById = Collections.unmodifiableMap(cons);
        var hoods = new LinkedHashMap<String, Neighbourhood>();
        for (Neighbourhood h : this.neighbourhoods) {
            if (hoods.putIfAbsent(h.id(), h) != null) {
                throw new IllegalArgumentException("neighbourhood id " + h.id() + " is used twice — give every neighbourhood a unique id");
            }
        }
        this.neighbourhoodById = Collections.unmodifiableMap(hoods);
        var members = new LinkedHashMap<String, List<Membership>>();
        for (Consortium c : this.consortia) {
            members.put(c.id(), new ArrayList<>());
        }
        for (Membership m : this.memberships) {
            requireActor(m.actor(), "member");
            List<Membership> list = members.get(m.consortium());
            if (list == null) {
                throw new IllegalArgumentException("membership names consortium " + m.consortium()
                        + ", which is not in the consortia — add it to consortia.csv or correct the id");
            }
            if (list.stream().anyMatch(x -> x.actor().equals(m.actor()))) {
                throw new IllegalArgumentException("actor " + m.actor() + " is listed twice as member of " + m.consortium()
                        + " — list each member once");
            }
            list.add(m);
        }
        members.replaceAll((k, v) -> List.copyOf(v));
        this.membersByConsortium = Collections.unmodifiableMap(members);
    }

    private int requireActor(String id, String what) {
        Integer i = actorIndex.get(id);
        if (i == null) {
            throw new IllegalArgumentException(what + " " + id + " is not an actor — add it to actors.csv or correct the id");
        }
        return i;
    }

    /** A network with no actors and nothing else. */
    public static StakeholderNetwork empty(String name) {
        return new StakeholderNetwork(name, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The dataset's or workspace's name. */
    public String name() {
        return name;
    }

    public List<Actor> actors() {
        return actors;
    }

    /** Number of actors. */
    public int size() {
        return actors.size();
    }

    public Actor actor(int index) {
        return actors.get(index);
    }

    public Optional<Actor> actor(String id) {
        Integer i = actorIndex.get(id);
        return i == null ? Optional.empty() : Optional.of(actors.get(i));
    }

    /** The actor's position 0..n-1, or -1 when there is no actor with that id. */
    public int indexOf(String id) {
        Integer i = actorIndex.get(id);
        return i == null ? -1 : i;
    }

    public List<Tie> ties() {
        return ties;
    }

    /** The index of the source actor of the tie at {@code tie} in {@link #ties()}. */
    public int sourceIndex(int tie) {
        return tieSource[tie];
    }

    /** The index of the target actor of the tie at {@code tie} in {@link #ties()}. */
    public int targetIndex(int tie) {
        return tieTarget[tie];
    }

    public List<Consortium> consortia() {
        return consortia;
    }

    public Optional<Consortium> consortium(String id) {
        return Optional.ofNullable(consortiumById.get(id));
    }

    public List<Membership> memberships() {
        return memberships;
    }

    /** The members of a consortium in file order; empty for an unknown consortium. */
    public List<Membership> membersOf(String consortiumId) {
        return membersByConsortium.getOrDefault(consortiumId, List.of());
    }

    public List<Neighbourhood> neighbourhoods() {
        return neighbourhoods;
    }

    public Optional<Neighbourhood> neighbourhood(String id) {
        return Optional.ofNullable(neighbourhoodById.get(id));
    }

    /** The same content under another name. */
    public StakeholderNetwork withName(String newName) {
        return new StakeholderNetwork(newName, actors, ties, consortia, memberships, neighbourhoods);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StakeholderNetwork other
                && name.equals(other.name)
                && actors.equals(other.actors)
                && ties.equals(other.ties)
                && consortia.equals(other.consortia)
                && memberships.equals(other.memberships)
                && neighbourhoods.equals(other.neighbourhoods);
    }

    /** True when both hold the same actors, ties, consortia, memberships and neighbourhoods, whatever their names. */
    public boolean sameContentAs(StakeholderNetwork other) {
        return actors.equals(other.actors) && ties.equals(other.ties) && consortia.equals(other.consortia)
                && memberships.equals(other.memberships) && neighbourhoods.equals(other.neighbourhoods);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, actors, ties, consortia, memberships, neighbourhoods);
    }

    @Override
    public String toString() {
        return "StakeholderNetwork[" + name + ": " + actors.size() + " actors, " + ties.size() + " ties, "
                + consortia.size() + " consortia]";
    }

    /** Collects the parts of a network; {@link #build()} checks them. */
    public static final class Builder {
        private final String name;
        private final List<Actor> actors = new ArrayList<>();
        private final List<Tie> ties = new ArrayList<>();
        private final List<Consortium> consortia = new ArrayList<>();
        private final List<Membership> memberships = new ArrayList<>();
        private final List<Neighbourhood> neighbourhoods = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder actor(Actor a) {
            actors.add(a);
            return this;
        }

        /** Adds an actor with its type's default formality. */
        public Builder actor(String id, ActorType type) {
            return actor(Actor.of(id, id, type));
        }

        public Builder tie(Tie t) {
            ties.add(t);
            return this;
        }

        /** Adds a tie of weight 1 with the kind's default direction. */
        public Builder tie(String source, String target, TieKind kind) {
            return tie(Tie.of(source, target, kind));
        }

        public Builder consortium(Consortium c) {
            consortia.add(c);
            return this;
        }

        public Builder member(Membership m) {
            memberships.add(m);
            return this;
        }

        public Builder neighbourhood(Neighbourhood n) {
            neighbourhoods.add(n);
            return this;
        }

        public StakeholderNetwork build() {
            return new StakeholderNetwork(name, actors, ties, consortia, memberships, neighbourhoods);
        }
    }
}
