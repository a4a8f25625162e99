package nl.vico.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * An immutable snapshot of a neighbourhood's stakeholder map: its actors, the ties between them, the
 * consortia proposed for a task and their members, and the neighbourhoods. Analyses read a snapshot;
 * nothing changes it. Actors are numbered 0..n-1 in the order given, so analyses can work on arrays.
 *
 * <p>The constructor checks that every reference resolves (a tie's or membership's actor, a
 * membership's consortium) and that ids are unique, and says what to fix if not. An empty network is
 * valid.
 *
 * <p>Memory: the ties are kept as columns (the positions of their two actors, kind and direction in one
 * byte, the weight as a {@code float} when every weight is one exactly, else as a {@code double}), 13 or
 * 17 bytes per tie; {@link #ties()} hands out {@link Tie} records made on demand. Hot loops read the
 * columns through {@link #sourceIndex}, {@link #targetIndex}, {@link #tieKind}, {@link #tieWeight} and
 * {@link #tieDirected} instead. Actor ids are looked up in an open-addressing table of 8 to 16 bytes
 * per actor.
 */
public final class StakeholderNetwork {
    private final String name;
    private final List<Actor> actors;
    /** Open addressing on the actors' ids: 0 for an empty slot, else the actor's index + 1. */
    private final int[] idSlots;
    private final int idShift;
    /** Per tie, the indices of its source and target actors. */
    private final int[] tieSource;
    private final int[] tieTarget;
    /** Per tie, its kind's ordinal, plus {@link TieTable#DIRECTED} when it is directed. */
    private final byte[] tieFlags;
    /** Per tie, its weight: exactly one of the two is set. */
    private final float[] tieWeightFloat;
    private final double[] tieWeightDouble;
    private final List<Tie> ties = new TieList();
    private final List<Consortium> consortia;
    private final List<Membership> memberships;
    private final List<Neighbourhood> neighbourhoods;
    private final Map<String, Consortium> consortiumById;
    private final Map<String, Neighbourhood> neighbourhoodById;
    private final Map<String, List<Membership>> membersByConsortium;

    public StakeholderNetwork(String name, List<Actor> actors, List<Tie> ties, List<Consortium> consortia,
                              List<Membership> memberships, List<Neighbourhood> neighbourhoods) {
        this(name, Parts.of(actors, ties), consortia, memberships, neighbourhoods);
    }

    /**
     * A network whose ties are given by the positions of their actors in {@code actors}, as columns:
     * what a reader that resolved the ids already hands over without making a {@link Tie} per tie.
     *
     * @throws IllegalArgumentException as the other constructor, or when a tie's position is not an actor's
     */
    public StakeholderNetwork(String name, List<Actor> actors, TieTable ties, List<Consortium> consortia,
                              List<Membership> memberships, List<Neighbourhood> neighbourhoods) {
        this(name, Parts.of(actors, ties), consortia, memberships, neighbourhoods);
    }

    private StakeholderNetwork(String name, Parts parts, List<Consortium> consortia, List<Membership> memberships,
                               List<Neighbourhood> neighbourhoods) {
        this.name = name == null || name.isBlank() ? "unnamed" : name;
        this.actors = parts.actors;
        this.idSlots = parts.slots;
        this.idShift = parts.shift;
        this.tieSource = parts.source;
        this.tieTarget = parts.target;
        this.tieFlags = parts.flags;
        this.tieWeightFloat = parts.weightFloat;
        this.tieWeightDouble = parts.weightDouble;
        this.consortia = List.copyOf(consortia);
        this.memberships = List.copyOf(memberships);
        this.neighbourhoods = List.copyOf(neighbourhoods);

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

    /** The same network under another name, sharing every part. */
    private StakeholderNetwork(StakeholderNetwork o, String newName) {
        this.name = newName == null || newName.isBlank() ? "unnamed" : newName;
        this.actors = o.actors;
        this.idSlots = o.idSlots;
        this.idShift = o.idShift;
        this.tieSource = o.tieSource;
        this.tieTarget = o.tieTarget;
        this.tieFlags = o.tieFlags;
        this.tieWeightFloat = o.tieWeightFloat;
        this.tieWeightDouble = o.tieWeightDouble;
        this.consortia = o.consortia;
        this.memberships = o.memberships;
        this.neighbourhoods = o.neighbourhoods;
        this.consortiumById = o.consortiumById;
        this.neighbourhoodById = o.neighbourhoodById;
        this.membersByConsortium = o.membersByConsortium;
    }

    /** The actors, their id table and the tie columns, checked, before the rest of a network is made. */
    private static final class Parts {
        List<Actor> actors;
        int[] slots;
        int shift;
        int[] source;
        int[] target;
        byte[] flags;
        float[] weightFloat;
        double[] weightDouble;

        static Parts of(List<Actor> actors, List<Tie> ties) {
            Parts p = actors(actors);
            int t = ties.size();
            p.source = new int[t];
            p.target = new int[t];
            p.flags = new byte[t];
            double[] weight = new double[t];
            int i = 0;
            for (Tie tie : ties) {
                p.source[i] = p.requireActor(tie.source(), "tie source");
                p.target[i] = p.requireActor(tie.target(), "tie target");
                p.flags[i] = TieTable.flags(tie.kind(), tie.directed());
                weight[i] = tie.weight();
                i++;
            }
            p.weights(weight, t);
            return p;
        }

        static Parts of(List<Actor> actors, TieTable ties) {
            Parts p = actors(actors);
            int t = ties.size();
            int n = p.actors.size();
            p.source = ties.sources();
            p.target = ties.targets();
            p.flags = ties.flags();
            for (int i = 0; i < t; i++) {
                int s = p.source[i];
                int d = p.target[i];
                if (s < 0 || s >= n || d < 0 || d >= n) {
                    throw new IllegalArgumentException("tie " + i + " joins actor positions " + s + " and " + d
                            + ", but the network has " + n + " actors (positions 0.." + (n - 1)
                            + ") — give the positions of actors in the actor list");
                }
            }
            double[] weight = ties.weights();
            if (ties.floats()) {
                p.weightFloat = floats(weight);
            } else {
                p.weightDouble = weight;
            }
            return p;
        }

        private static Parts actors(List<Actor> actors) {
            Parts p = new Parts();
            p.actors = List.copyOf(actors);
            int n = p.actors.size();
            int bits = 2;
            while ((1 << bits) < 2 * n) {
                bits++;
            }
            p.slots = new int[1 << bits];
            p.shift = 32 - bits;
            for (int i = 0; i < n; i++) {
                String id = p.actors.get(i).id();
                int slot = spread(id.hashCode()) >>> p.shift;
                int mask = p.slots.length - 1;
                while (p.slots[slot] != 0) {
                    if (p.actors.get(p.slots[slot] - 1).id().equals(id)) {
                        throw new IllegalArgumentException("actor id " + id + " is used twice — give every actor a unique id");
                    }
                    slot = (slot + 1) & mask;
                }
                p.slots[slot] = i + 1;
            }
            return p;
        }

        int requireActor(String id, String what) {
            int i = find(actors, slots, shift, id);
            if (i < 0) {
                throw new IllegalArgumentException(what + " " + id + " is not an actor — add it to actors.csv or correct the id");
            }
            return i;
        }

        /** Keeps the weights as floats when every one of them is a float exactly (no value changes). */
        void weights(double[] weight, int t) {
            for (int i = 0; i < t; i++) {
                if ((double) (float) weight[i] != weight[i]) {
                    weightDouble = weight;
                    return;
                }
            }
            weightFloat = floats(weight);
        }

        private static float[] floats(double[] weight) {
            float[] f = new float[weight.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) weight[i];
            }
            return f;
        }
    }

    private static int spread(int h) {
        return h * 0x9E3779B9;
    }

    private static int find(List<Actor> actors, int[] slots, int shift, String id) {
        if (id == null) {
            return -1;
        }
        int mask = slots.length - 1;
        int slot = spread(id.hashCode()) >>> shift;
        while (true) {
            int a = slots[slot];
            if (a == 0) {
                return -1;
            }
            if (actors.get(a - 1).id().equals(id)) {
                return a - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int requireActor(String id, String what) {
        int i = find(actors, idSlots, idShift, id);
        if (i < 0) {
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
        int i = find(actors, idSlots, idShift, id);
        return i < 0 ? Optional.empty() : Optional.of(actors.get(i));
    }

    /** The actor's position 0..n-1, or -1 when there is no actor with that id. */
    public int indexOf(String id) {
        return find(actors, idSlots, idShift, id);
    }

    /**
     * The ties in the order given, as an unmodifiable list whose {@link Tie} records are made when asked
     * for (their ids are the actors' own strings). Loops over many ties read the columns instead:
     * {@link #tieCount()}, {@link #sourceIndex}, {@link #targetIndex}, {@link #tieKind},
     * {@link #tieWeight}, {@link #tieDirected}.
     */
    public List<Tie> ties() {
        return ties;
    }

    /** Number of ties, {@code ties().size()}. */
    public int tieCount() {
        return tieSource.length;
    }

    /** The index of the source actor of the tie at {@code tie} in {@link #ties()}. */
    public int sourceIndex(int tie) {
        return tieSource[tie];
    }

    /** The index of the target actor of the tie at {@code tie} in {@link #ties()}. */
    public int targetIndex(int tie) {
        return tieTarget[tie];
    }

    /** The kind of the tie at {@code tie} in {@link #ties()}. */
    public TieKind tieKind(int tie) {
        return TieTable.kind(tieFlags[tie]);
    }

    /** The weight of the tie at {@code tie} in {@link #ties()}, exactly as given. */
    public double tieWeight(int tie) {
        return tieWeightFloat != null ? tieWeightFloat[tie] : tieWeightDouble[tie];
    }

    /** Whether the tie at {@code tie} in {@link #ties()} is directed. */
    public boolean tieDirected(int tie) {
        return TieTable.directed(tieFlags[tie]);
    }

    /** The ties as {@link Tie} records made on demand from the columns. */
    private final class TieList extends AbstractList<Tie> implements RandomAccess {
        @Override
        public Tie get(int i) {
            Objects.checkIndex(i, tieSource.length);
            byte f = tieFlags[i];
            return new Tie(actors.get(tieSource[i]).id(), actors.get(tieTarget[i]).id(), TieTable.kind(f),
                    tieWeight(i), TieTable.directed(f));
        }

        @Override
        public int size() {
            return tieSource.length;
        }
    }

    /** Same ties tie by tie, for networks with equal actor lists (so that equal positions mean equal ids). */
    private boolean sameTies(StakeholderNetwork other) {
        int t = tieCount();
        if (other.tieCount() != t || !Arrays.equals(tieSource, other.tieSource)
                || !Arrays.equals(tieTarget, other.tieTarget) || !Arrays.equals(tieFlags, other.tieFlags)) {
            return false;
        }
        for (int i = 0; i < t; i++) {
            if (Double.compare(tieWeight(i), other.tieWeight(i)) != 0) {
                return false;
            }
        }
        return true;
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
        return new StakeholderNetwork(this, newName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StakeholderNetwork other
                && name.equals(other.name)
                && actors.equals(other.actors)
                && sameTies(other)
                && consortia.equals(other.consortia)
                && memberships.equals(other.memberships)
                && neighbourhoods.equals(other.neighbourhoods);
    }

    /** True when both hold the same actors, ties, consortia, memberships and neighbourhoods, whatever their names. */
    public boolean sameContentAs(StakeholderNetwork other) {
        return actors.equals(other.actors) && sameTies(other) && consortia.equals(other.consortia)
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
