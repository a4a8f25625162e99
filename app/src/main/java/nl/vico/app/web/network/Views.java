package nl.vico.app.web.network;

import java.util.List;
import java.util.Map;
import nl.vico.model.Actor;
import nl.vico.model.Consortium;
import nl.vico.model.Membership;
import nl.vico.model.Neighbourhood;
import nl.vico.model.Tie;

/** What the API answers about the parts of a network (snake_case JSON, the dataset's column names). */
public final class Views {
    private Views() {
    }

    public record ActorView(String id, String name, String type, String neighbourhood, boolean formal, boolean newcomer,
                            Map<String, String> attributes, boolean pseudonym) {
        static ActorView of(Actor a, Privacy privacy) {
            return new ActorView(a.id(), privacy.name(a), a.type().key(), a.neighbourhood(), a.formal(), a.newcomer(),
                    privacy.attributes(a), privacy.hides(a));
        }
    }

    /** A tie; {@code id} is its position in the workspace's list of ties (later ties move up when one is deleted). */
    public record TieView(int id, String source, String target, String kind, double weight, boolean directed) {
        static TieView of(int index, Tie t) {
            return new TieView(index, t.source(), t.target(), t.kind().key(), t.weight(), t.directed());
        }
    }

    public record ConsortiumView(String id, String name, String task, String neighbourhood, String municipalityRole,
                                 int members) {
        static ConsortiumView of(Consortium c, int members) {
            return new ConsortiumView(c.id(), c.name(), c.task(), c.neighbourhood(),
                    c.municipalityRole() == null ? null : c.municipalityRole().key(), members);
        }
    }

    public record MemberView(String consortium, String actor, String role, Double budgetShare) {
        static MemberView of(Membership m) {
            return new MemberView(m.consortium(), m.actor(), m.role() == null ? null : m.role().key(), m.budgetShare());
        }
    }

    public record NeighbourhoodView(String id, String name, Integer residents) {
        static NeighbourhoodView of(Neighbourhood n) {
            return new NeighbourhoodView(n.id(), n.name(), n.residents());
        }
    }

    /** The whole network of a workspace, for the map. */
    public record NetworkView(String workspace, String contentHash, List<ActorView> actors, List<TieView> ties,
                              List<ConsortiumView> consortia, List<MemberView> members,
                              List<NeighbourhoodView> neighbourhoods) {
    }

    /** One page of a list. */
    public record Page<T>(List<T> items, int page, int size, int total, int totalPages) {
        static <T> Page<T> of(List<T> all, int page, int size) {
            int from = (int) Math.min((long) page * size, all.size());
            int to = Math.min(from + size, all.size());
            return new Page<>(List.copyOf(all.subList(from, to)), page, size, all.size(), (all.size() + size - 1) / size);
        }
    }
}
