package nl.vico.app.web.workspace;

import java.util.ArrayList;
import java.util.List;
import nl.vico.model.Actor;
import nl.vico.model.Consortium;
import nl.vico.model.Membership;
import nl.vico.model.Neighbourhood;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;

/**
 * A changeable copy of a workspace's network, for one edit. {@link #build(String)} makes the immutable
 * snapshot again, which checks ids and references.
 */
public final class NetworkDraft {
    public final List<Actor> actors;
    public final List<Tie> ties;
    public final List<Consortium> consortia;
    public final List<Membership> memberships;
    public final List<Neighbourhood> neighbourhoods;

    NetworkDraft(StakeholderNetwork n) {
        actors = new ArrayList<>(n.actors());
        ties = new ArrayList<>(n.ties());
        consortia = new ArrayList<>(n.consortia());
        memberships = new ArrayList<>(n.memberships());
        neighbourhoods = new ArrayList<>(n.neighbourhoods());
    }

    public int actorIndex(String id) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public int consortiumIndex(String id) {
        for (int i = 0; i < consortia.size(); i++) {
            if (consortia.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public int membershipIndex(String consortium, String actor) {
        for (int i = 0; i < memberships.size(); i++) {
            Membership m = memberships.get(i);
            if (m.consortium().equals(consortium) && m.actor().equals(actor)) {
                return i;
            }
        }
        return -1;
    }

    StakeholderNetwork build(String name) {
        return new StakeholderNetwork(name, actors, ties, consortia, memberships, neighbourhoods);
    }
}
