package nl.vico.analyzer.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;

/** Small networks with known structure, and seeded random ones, for the analyzer's tests. */
public final class Networks {
    private Networks() {
    }

    /** Actors with the given ids and no ties. */
    public static StakeholderNetwork isolated(String... ids) {
        var b = StakeholderNetwork.builder("isolated");
        for (String id : ids) {
            b.actor(id, ActorType.RESIDENT);
        }
        return b.build();
    }

    /** Undirected collaboration ties between consecutive ids: "a-b", "b-c", … given as pairs. */
    public static StakeholderNetwork undirected(List<String> ids, String... pairs) {
        var b = StakeholderNetwork.builder("fixture");
        for (String id : ids) {
            b.actor(id, ActorType.RESIDENT);
        }
        for (String p : pairs) {
            String[] ends = p.split("-");
            b.tie(ends[0], ends[1], TieKind.COLLABORATES);
        }
        return b.build();
    }

    /** A star: the hub tied to every leaf. */
    public static StakeholderNetwork star(String hub, String... leaves) {
        var ids = new ArrayList<String>();
        ids.add(hub);
        ids.addAll(List.of(leaves));
        var pairs = new ArrayList<String>();
        for (String l : leaves) {
            pairs.add(hub + "-" + l);
        }
        return undirected(ids, pairs.toArray(String[]::new));
    }

    /** A ring v0-v1-…-v(n-1)-v0. */
    public static StakeholderNetwork ring(int n) {
        var ids = new ArrayList<String>();
        var pairs = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            ids.add("v" + i);
            pairs.add("v" + i + "-v" + ((i + 1) % n));
        }
        return undirected(ids, pairs.toArray(String[]::new));
    }

    /** A path v0-v1-…-v(n-1). */
    public static StakeholderNetwork path(int n) {
        var ids = new ArrayList<String>();
        var pairs = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            ids.add("v" + i);
            if (i > 0) {
                pairs.add("v" + (i - 1) + "-v" + i);
            }
        }
        return undirected(ids, pairs.toArray(String[]::new));
    }

    /** Two complete groups a0..a(k-1) and b0..b(k-1) joined by the single tie a0-b0. */
    public static StakeholderNetwork twoCliquesWithBridge(int k) {
        var ids = new ArrayList<String>();
        var pairs = new ArrayList<String>();
        for (String side : List.of("a", "b")) {
            for (int i = 0; i < k; i++) {
                ids.add(side + i);
                for (int j = 0; j < i; j++) {
                    pairs.add(side + j + "-" + side + i);
                }
            }
        }
        pairs.add("a0-b0");
        return undirected(ids, pairs.toArray(String[]::new));
    }

    /**
     * A seeded random network: n actors, each pair tied with probability p by an undirected tie, plus a few
     * directed ties, repeated ties and self-loops when {@code messy}; weights drawn from {@code weights}.
     */
    public static StakeholderNetwork random(long seed, int n, double p, boolean messy, double... weights) {
        var random = new Random(seed);
        var b = StakeholderNetwork.builder("random-" + seed);
        var types = ActorType.values();
        for (int i = 0; i < n; i++) {
            b.actor("r" + i, types[random.nextInt(types.length)]);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < p) {
                    double w = weights.length == 0 ? 1.0 : weights[random.nextInt(weights.length)];
                    boolean flip = random.nextBoolean();
                    String s = "r" + (flip ? j : i);
                    String t = "r" + (flip ? i : j);
                    boolean directed = messy && random.nextDouble() < 0.3;
                    b.tie(new Tie(s, t, directed ? TieKind.FUNDS : TieKind.COLLABORATES, w, directed));
                    if (messy && random.nextDouble() < 0.1) {
                        b.tie(new Tie(t, s, TieKind.INFORMS, w, true));
                    }
                }
            }
            if (messy && random.nextDouble() < 0.05) {
                b.tie(new Tie("r" + i, "r" + i, TieKind.TRUSTS, 1.0, false));
            }
        }
        return b.build();
    }

    /** A housing corporation as the hub of a star between residents, a resident group and the municipality. */
    public static StakeholderNetwork housingHub() {
        return StakeholderNetwork.builder("hub")
                .actor(Actor.of("r1", "Jan Jansen", ActorType.RESIDENT))
                .actor(Actor.of("wsh", "Woonstichting De Hoek", ActorType.HOUSING_CORPORATION))
                .actor(Actor.of("r2", "Piet Pieters", ActorType.RESIDENT))
                .actor(Actor.of("bo", "Bewonersraad Noord", ActorType.RESIDENT_GROUP))
                .actor(Actor.of("gem", "Gemeente Utrecht", ActorType.MUNICIPALITY))
                .tie("wsh", "r1", TieKind.COLLABORATES).tie("wsh", "r2", TieKind.COLLABORATES)
                .tie("wsh", "bo", TieKind.COLLABORATES).tie("gem", "wsh", TieKind.FUNDS)
                .build();
    }
}
