package nl.vico.analyzer.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;

class KrackhardtAnalysisTest {
    private static final double EPS = 1e-12;

    /** A network of foundations with one funds tie per "s>t" arc. */
    private static StakeholderNetwork funds(String... arcs) {
        var b = StakeholderNetwork.builder("k");
        var seen = new java.util.LinkedHashSet<String>();
        for (String a : arcs) {
            seen.addAll(List.of(a.split(">")));
        }
        seen.forEach(id -> b.actor(id, ActorType.FOUNDATION));
        for (String a : arcs) {
            String[] e = a.split(">");
            b.tie(e[0], e[1], TieKind.FUNDS);
        }
        return b.build();
    }

    @Test
    void outStar_scoresOneOnEveryDimension() {
        var k = new KrackhardtAnalysis().analyze(funds("root>a", "root>b", "root>c"));
        assertThat(k.actors()).isEqualTo(4);
        assertThat(k.arcs()).isEqualTo(3);
        assertThat(k.connectedness()).isCloseTo(1.0, within(EPS));
        assertThat(k.hierarchy()).isCloseTo(1.0, within(EPS));
        assertThat(k.efficiency()).isCloseTo(1.0, within(EPS));
        assertThat(k.lubness()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void deeperOutTree_scoresOneOnEveryDimension() {
        var k = new KrackhardtAnalysis().analyze(funds("root>a", "root>b", "a>c", "a>d", "b>e"));
        assertThat(List.of(k.connectedness(), k.hierarchy(), k.efficiency(), k.lubness()))
                .allSatisfy(v -> assertThat(v).isCloseTo(1.0, within(EPS)));
    }

    @Test
    void cycle_hasNoHierarchy() {
        // a→b→c→a: every pair reaches each other both ways: hierarchy 1 − 3/3 = 0.
        // efficiency: 3 arcs, a spanning tree needs 2, at most 6: 1 − (3−2)/(6−2) = 0.75.
        // least upper bounds: everyone is an upper bound of every pair and all reach each other: none missing.
        var k = new KrackhardtAnalysis().analyze(funds("a>b", "b>c", "c>a"));
        assertThat(k.hierarchy()).isCloseTo(0.0, within(EPS));
        assertThat(k.connectedness()).isCloseTo(1.0, within(EPS));
        assertThat(k.efficiency()).isCloseTo(0.75, within(EPS));
        assertThat(k.lubness()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void diamond_lacksOneLeastUpperBound() {
        // R→A, R→B, A→C, B→C, A→D, B→D. Pair (C,D): upper bounds {R, A, B}; A and B reach neither each other,
        // so no upper bound is reached by all others → 1 violation. Every other pair has one (a common
        // superior, or one reaches the other). Max violations (5−1)(5−2)/2 = 6 → lubness 5/6.
        // Reachable ordered pairs: R→4, A→2, B→2 = 8, none mutual → hierarchy 1.
        // Efficiency: 6 arcs, tree 4, at most 20: 1 − 2/16 = 0.875.
        var k = new KrackhardtAnalysis().analyze(funds("R>A", "R>B", "A>C", "B>C", "A>D", "B>D"));
        assertThat(k.lubness()).isCloseTo(5.0 / 6, within(EPS));
        assertThat(k.hierarchy()).isCloseTo(1.0, within(EPS));
        assertThat(k.efficiency()).isCloseTo(0.875, within(EPS));
    }

    @Test
    void twoSeparateStars_areHalfConnected() {
        // 6 actors, two components of 3: 3 + 3 joined pairs of 15 → 0.4; each component is an out-tree
        var k = new KrackhardtAnalysis().analyze(funds("p>x", "p>y", "q>z", "q>w"));
        assertThat(k.connectedness()).isCloseTo(0.4, within(EPS));
        assertThat(k.efficiency()).isCloseTo(1.0, within(EPS));
        assertThat(k.lubness()).isCloseTo(1.0, within(EPS));
        assertThat(k.hierarchy()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void mutualTie_isNotHierarchical_andPairsHaveNoLubness() {
        var net = StakeholderNetwork.builder("m").actor("a", ActorType.SCHOOL).actor("b", ActorType.SCHOOL)
                .tie(new Tie("a", "b", TieKind.CONTRACTS, 1, false)).build();
        var k = new KrackhardtAnalysis().analyze(net);
        assertThat(k.arcs()).isEqualTo(2);
        assertThat(k.hierarchy()).isCloseTo(0.0, within(EPS));
        assertThat(k.lubness()).isNull(); // no component of 3 or more
        assertThat(k.efficiency()).isCloseTo(0.0, within(EPS)); // 2 arcs where 1 suffices, at most 2
    }

    @Test
    void onlyFundsAndContracts_count_andSubsetsAreSupported() {
        var net = StakeholderNetwork.builder("s")
                .actor("m", ActorType.MUNICIPALITY).actor("h", ActorType.HOUSING_CORPORATION)
                .actor("w", ActorType.CARE_WELFARE).actor("r", ActorType.RESIDENT)
                .tie("m", "h", TieKind.FUNDS).tie("m", "w", TieKind.CONTRACTS)
                .tie("r", "h", TieKind.COLLABORATES).tie("w", "m", TieKind.INFORMS)
                .build();
        var whole = new KrackhardtAnalysis().analyze(net);
        assertThat(whole.actors()).isEqualTo(3); // r has no funds/contracts tie
        assertThat(whole.hierarchy()).isCloseTo(1.0, within(EPS)); // informs is not counted
        // members h, w, r: no funds/contracts ties among them
        var members = KrackhardtAnalysis.compute(net, new int[] {1, 2, 3}, KrackhardtAnalysis.FUNDS_AND_CONTRACTS);
        assertThat(members.actors()).isEqualTo(3);
        assertThat(members.arcs()).isZero();
        assertThat(members.connectedness()).isCloseTo(0.0, within(EPS));
        assertThat(members.hierarchy()).isNull();
        assertThat(members.lubness()).isNull();
        // contracts m→w and informs w→m make m and w reach each other: no hierarchy left
        var withInforms = KrackhardtAnalysis.compute(net, Set.of(TieKind.CONTRACTS, TieKind.INFORMS));
        assertThat(withInforms.actors()).isEqualTo(2);
        assertThat(withInforms.hierarchy()).isCloseTo(0.0, within(EPS));
    }

    @Test
    void emptyAndSingle_areUndefined() {
        var empty = new KrackhardtAnalysis().analyze(StakeholderNetwork.empty("e"));
        assertThat(empty.actors()).isZero();
        assertThat(empty.asMap().values()).containsOnlyNulls();
        var one = KrackhardtAnalysis.compute(funds("a>b"), new int[] {0}, KrackhardtAnalysis.FUNDS_AND_CONTRACTS);
        assertThat(one.connectedness()).isNull();
        assertThat(one.efficiency()).isNull();
    }

    @Test
    void hierarchyAndLubness_equalDefinitionsByBruteForce_onRandomDigraphs() {
        var random = new Random(4);
        for (int round = 0; round < 40; round++) {
            int n = 2 + random.nextInt(9);
            var arcs = new ArrayList<String>();
            boolean[][] adj = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && random.nextDouble() < 0.22) {
                        arcs.add("v" + i + ">v" + j);
                        adj[i][j] = true;
                    }
                }
            }
            var b = StakeholderNetwork.builder("r");
            for (int i = 0; i < n; i++) {
                b.actor("v" + i, ActorType.FOUNDATION);
            }
            for (String a : arcs) {
                String[] e = a.split(">");
                b.tie(e[0], e[1], TieKind.FUNDS);
            }
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            var k = KrackhardtAnalysis.compute(b.build(), all, KrackhardtAnalysis.FUNDS_AND_CONTRACTS);
            // reflexive reachability by Warshall
            boolean[][] reach = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                reach[i] = adj[i].clone();
                reach[i][i] = true;
            }
            for (int m = 0; m < n; m++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        reach[i][j] |= reach[i][m] && reach[m][j];
                    }
                }
            }
            int mutual = 0;
            int nonNull = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (reach[i][j] || reach[j][i]) {
                        nonNull++;
                    }
                    if (reach[i][j] && reach[j][i]) {
                        mutual++;
                    }
                }
            }
            if (nonNull == 0) {
                assertThat(k.hierarchy()).isNull();
            } else {
                assertThat(k.hierarchy()).isCloseTo(1 - mutual / (double) nonNull, within(EPS));
            }
            // weak components and least upper bounds straight from the definition
            boolean[][] weak = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    weak[i][j] = i == j || adj[i][j] || adj[j][i];
                }
            }
            for (int m = 0; m < n; m++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        weak[i][j] |= weak[i][m] && weak[m][j];
                    }
                }
            }
            double violations = 0;
            double max = 0;
            boolean[] counted = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (counted[i]) {
                    continue;
                }
                int size = 0;
                for (int j = 0; j < n; j++) {
                    if (weak[i][j]) {
                        size++;
                        counted[j] = true;
                    }
                }
                if (size > 2) {
                    max += (size - 1.0) * (size - 2.0) / 2;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (!weak[i][j] || componentSize(weak, i) <= 2) {
                        continue;
                    }
                    boolean hasLeast = false;
                    for (int u = 0; u < n && !hasLeast; u++) {
                        if (!(reach[u][i] && reach[u][j])) {
                            continue;
                        }
                        boolean reachedByAll = true;
                        for (int w = 0; w < n; w++) {
                            if (reach[w][i] && reach[w][j] && !reach[w][u]) {
                                reachedByAll = false;
                            }
                        }
                        hasLeast = reachedByAll;
                    }
                    if (!hasLeast) {
                        violations++;
                    }
                }
            }
            if (max == 0) {
                assertThat(k.lubness()).isNull();
            } else {
                assertThat(k.lubness()).as("round %d", round).isCloseTo(1 - violations / max, within(EPS));
            }
        }
    }

    private static int componentSize(boolean[][] weak, int i) {
        int s = 0;
        for (boolean b : weak[i]) {
            s += b ? 1 : 0;
        }
        return s;
    }

    @Test
    void largeComponent_countsReachabilityAcrossColumnBlocks_butLeavesLubnessOpen() {
        // chain v0→v1→…→v4999 plus v4999→v4000, which makes v4000..v4999 one strong component of 1000.
        // Mutual pairs M = C(1000, 2) = 499500. Ordered reachable pairs: v_i (i < 4000) reaches the 4999 − i
        // actors after it, each of the 1000 cycle actors reaches 999: R = Σ_{j=1000}^{4999} j + 999000
        // = 12997000. Pairs reachable at least one way: R − M = 12497500; hierarchy = 1 − M/(R − M).
        int n = 5000;
        var b = StakeholderNetwork.builder("chain");
        for (int i = 0; i < n; i++) {
            b.actor("v" + i, ActorType.FOUNDATION);
        }
        for (int i = 1; i < n; i++) {
            b.tie("v" + (i - 1), "v" + i, TieKind.FUNDS);
        }
        b.tie("v4999", "v4000", TieKind.FUNDS);
        var k = new KrackhardtAnalysis().analyze(b.build());
        assertThat(k.hierarchy()).isCloseTo(1 - 499500.0 / 12497500.0, within(EPS));
        // 5000 arcs where 4999 suffice, of at most 5000·4999: 1 − 1/(5000·4999 − 4999)
        assertThat(k.efficiency()).isCloseTo(1 - 1.0 / (5000.0 * 4999 - 4999), within(EPS));
        assertThat(KrackhardtAnalysis.MAX_LUB_COMPONENT).isLessThan(n);
        assertThat(k.lubness()).isNull();
    }
}
