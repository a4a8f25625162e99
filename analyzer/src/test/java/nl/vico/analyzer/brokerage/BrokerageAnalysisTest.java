package nl.vico.analyzer.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.vico.analyzer.community.CommunityPartition;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.Membership;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;

class BrokerageAnalysisTest {

    /**
     * Groups A = {a1, a2}, B = {b1, b2}; six arcs a1→b1, b1→a2, b1→b2, b2→a1, a2→a1, a1→b2 (n = 4,
     * d = 6/12 = 1/2). Two-paths a→b→c with a ≠ c and no arc a→c, by broker:
     * <ul>
     *   <li>b1: in {a1} × out {a2, b2}: (a1,a2) open, groups A,B,A → itinerant; (a1,b2) closed by a1→b2.</li>
     *   <li>a1: in {b2, a2} × out {b1, b2}: (b2,b1) open, B,A,B → itinerant; (a2,b1) and (a2,b2) open,
     *       A,A,B → representative twice.</li>
     *   <li>b2: in {b1, a1} × out {a1}: (b1,a1) open, B,B,A → representative.</li>
     *   <li>a2: in {b1} × out {a1}: (b1,a1) open, B,A,A → gatekeeper.</li>
     * </ul>
     * Moments (sna): a = d²(1−d) = 1/8, b = d³(1−d)³ = 1/64, for a broker in a group of 2:
     * itinerant E = a·2·1 = 1/4, V = E(1−a) = 7/32; representative E = a·(4−2)(2−1) = 1/4,
     * V = E(1−a) + 2((1)·C(2,2) + 2·C(1,2))·b = 7/32 + 1/32 = 1/4; total E = a·3·2 = 3/4,
     * V = (3/4)(7/8) + 2·3·2·1·b = 21/32 + 6/32 = 27/32.
     * So a1 (itinerant 1, representative 2, total 3): z = (1 − 1/4)/√(7/32), (2 − 1/4)/(1/2) = 3.5,
     * (3 − 3/4)/√(27/32) = √6.
     */
    @Test
    void handDerivedDigraph_givesCountsExpectationsAndZScores() {
        var net = StakeholderNetwork.builder("hand")
                .actor("a1", ActorType.SCHOOL).actor("a2", ActorType.SCHOOL)
                .actor("b1", ActorType.BUSINESS).actor("b2", ActorType.BUSINESS)
                .tie("a1", "b1", TieKind.FUNDS).tie("b1", "a2", TieKind.FUNDS).tie("b1", "b2", TieKind.FUNDS)
                .tie("b2", "a1", TieKind.FUNDS).tie("a2", "a1", TieKind.FUNDS).tie("a1", "b2", TieKind.FUNDS)
                .build();
        var result = new BrokerageAnalysis().analyze(net);
        int a1 = 0;
        int a2 = 1;
        int b1 = 2;
        int b2 = 3;
        assertThat(result.of(a1)).isEqualTo(new RoleCounts(0, 1, 2, 0, 0));
        assertThat(result.of(a2)).isEqualTo(new RoleCounts(0, 0, 0, 1, 0));
        assertThat(result.of(b1)).isEqualTo(new RoleCounts(0, 1, 0, 0, 0));
        assertThat(result.of(b2)).isEqualTo(new RoleCounts(0, 0, 1, 0, 0));
        assertThat(result.total()).isEqualTo(new RoleCounts(0, 2, 3, 1, 0));
        assertThat(result.density()).isEqualTo(0.5);
        var e = result.expected(a1);
        assertThat(e.coordinator()).isEqualTo(0.0);
        assertThat(e.itinerant()).isCloseTo(0.25, within(1e-15));
        assertThat(e.representative()).isCloseTo(0.25, within(1e-15));
        assertThat(e.gatekeeper()).isCloseTo(0.25, within(1e-15));
        assertThat(e.liaison()).isEqualTo(0.0);
        assertThat(e.total()).isCloseTo(0.75, within(1e-15));
        var z = result.z(a1);
        assertThat(z.itinerant()).isCloseTo(0.75 / Math.sqrt(7.0 / 32), within(1e-12));
        assertThat(z.representative()).isCloseTo(3.5, within(1e-12));
        assertThat(z.total()).isCloseTo(Math.sqrt(6), within(1e-12));
        // no liaison is possible with two groups and no coordinator with groups of two: variance 0, z undefined
        assertThat(z.liaison()).isNaN();
        assertThat(z.coordinator()).isNaN();
        assertThat(z.asMap().get("liaison")).isNull();
    }

    @Test
    void eachRole_inAThreeActorPath() {
        // a→b→c with groups chosen to give each role once
        int[][] groups = {{0, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 1}, {0, 1, 2}};
        BrokerageRole[] roles = {BrokerageRole.COORDINATOR, BrokerageRole.ITINERANT, BrokerageRole.REPRESENTATIVE,
                BrokerageRole.GATEKEEPER, BrokerageRole.LIAISON};
        var net = StakeholderNetwork.builder("path")
                .actor("a", ActorType.RESIDENT).actor("b", ActorType.RESIDENT).actor("c", ActorType.RESIDENT)
                .tie("a", "b", TieKind.INFORMS).tie("b", "c", TieKind.INFORMS).build();
        var graph = CompactGraph.of(net);
        for (int i = 0; i < roles.length; i++) {
            var result = BrokerageAnalysis.compute(graph, groups[i]);
            assertThat(result.of(1).get(roles[i])).as(roles[i].key()).isEqualTo(1);
            assertThat(result.of(1).total()).isEqualTo(1);
            assertThat(result.of(0).total()).isZero();
        }
    }

    @Test
    void roleCounts_sumToTheOpenTwoPaths_andMatchBruteForceOverTriples() {
        var random = new Random(3);
        for (int round = 0; round < 20; round++) {
            int n = 4 + random.nextInt(12);
            boolean[][] arc = new boolean[n][n];
            var b = StakeholderNetwork.builder("r" + round);
            for (int i = 0; i < n; i++) {
                b.actor("v" + i, ActorType.RESIDENT);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && random.nextDouble() < 0.3) {
                        arc[i][j] = true;
                        b.tie(new Tie("v" + i, "v" + j, TieKind.INFORMS, 1, true));
                    }
                }
            }
            int[] group = new int[n];
            for (int i = 0; i < n; i++) {
                group[i] = random.nextInt(3);
            }
            var result = BrokerageAnalysis.compute(CompactGraph.of(b.build()), group);
            long openTwoPaths = 0;
            long[][] brute = new long[n][5];
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    for (int z = 0; z < n; z++) {
                        if (x == y || y == z || x == z || !arc[x][y] || !arc[y][z] || arc[x][z]) {
                            continue;
                        }
                        openTwoPaths++;
                        int role;
                        if (group[x] == group[y] && group[y] == group[z]) {
                            role = 0;
                        } else if (group[x] == group[z]) {
                            role = 1; // broker outside the pair's shared group
                        } else if (group[x] == group[y]) {
                            role = 2;
                        } else if (group[y] == group[z]) {
                            role = 3;
                        } else {
                            role = 4;
                        }
                        brute[y][role]++;
                    }
                }
            }
            assertThat(result.total().total()).isEqualTo(openTwoPaths);
            for (int v = 0; v < n; v++) {
                assertThat(result.of(v)).isEqualTo(new RoleCounts(brute[v][0], brute[v][1], brute[v][2], brute[v][3],
                        brute[v][4]));
            }
        }
    }

    @Test
    void expectedRoles_sumToExpectedTotal_forActorsAndNetwork() {
        // (n_i−1)(n_i−2) + Σ_{k≠i} n_k(n_k−1) + 2(N−n_i)(n_i−1) + (N−n_i)² − Σ_{k≠i} n_k² = (N−1)(N−2)
        var net = Networks.random(8, 40, 0.1, true);
        var result = new BrokerageAnalysis().analyze(net);
        for (int v = 0; v < net.size(); v++) {
            var e = result.expected(v);
            assertThat(e.coordinator() + e.itinerant() + e.representative() + e.gatekeeper() + e.liaison())
                    .isCloseTo(e.total(), within(1e-9));
        }
        var g = result.expectedTotal();
        assertThat(g.coordinator() + g.itinerant() + g.representative() + g.gatekeeper() + g.liaison())
                .isCloseTo(g.total(), within(1e-9));
    }

    /**
     * The network-level variances are rewritten in power sums of the group sizes; check them against sna's
     * formulas transcribed term by term (double and triple loops over the groups).
     */
    @Test
    void networkVariances_equalSnaFormulasWrittenOutOverGroups() {
        var random = new Random(17);
        for (int round = 0; round < 30; round++) {
            int k = 1 + random.nextInt(6);
            double[] n = new double[k];
            double bigN = 0;
            for (int i = 0; i < k; i++) {
                n[i] = 1 + random.nextInt(9);
                bigN += n[i];
            }
            double d = 0.05 + 0.9 * random.nextDouble();
            double[][] mine = BrokerageAnalysis.networkMoments(n, bigN, d);
            double[] sna = snaNetworkVariances(n, bigN, d);
            for (int r = 0; r < 6; r++) {
                double variance = mine[1][r] * mine[1][r];
                assertThat(variance).as("round %d role %d", round, r).isCloseTo(sna[r], within(1e-9 * (1 + Math.abs(sna[r]))));
            }
            for (int i = 0; i < k; i++) {
                double[][] actor = BrokerageAnalysis.actorMoments(n, i, bigN, d);
                double[] snaActor = snaActorVariances(n, i, bigN, d);
                for (int r = 0; r < 6; r++) {
                    assertThat(actor[1][r] * actor[1][r]).isCloseTo(snaActor[r], within(1e-9 * (1 + Math.abs(snaActor[r]))));
                }
            }
        }
    }

    private static double snaChoose2(double x) {
        return x * (x - 1) / 2;
    }

    /** vbr[i, ] of sna::brokerage, over the groups other than i by explicit loops. */
    private static double[] snaActorVariances(double[] n, int i, double bigN, double d) {
        double a = d * d * (1 - d);
        double b = Math.pow(d, 3) * Math.pow(1 - d, 3);
        double sumOthers2 = 0;
        double sumOthers3 = 0;
        double outer = 0;
        double sq = 0;
        double liaisonVar = 0;
        for (int j = 0; j < n.length; j++) {
            if (j == i) {
                continue;
            }
            sumOthers2 += n[j] * (n[j] - 1);
            sumOthers3 += n[j] * (n[j] - 1) * (n[j] - 2);
            sq += n[j] * n[j];
            liaisonVar += n[j] * snaChoose2(bigN - n[j] - n[i]);
            for (int l = 0; l < n.length; l++) {
                if (l != i) {
                    outer += n[j] * n[l];
                }
            }
        }
        double ni = n[i];
        double[] v = new double[6];
        double e1 = a * (ni - 1) * (ni - 2);
        v[0] = e1 * (1 - a) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * b;
        double e2 = a * sumOthers2;
        v[1] = e2 * (1 - a) + 2 * sumOthers3 * b;
        double e3 = a * (bigN - ni) * (ni - 1);
        v[2] = e3 * (1 - a) + 2 * ((ni - 1) * snaChoose2(bigN - ni) + (bigN - ni) * snaChoose2(ni - 1)) * b;
        v[3] = v[2];
        double e5 = a * (outer - sq);
        v[4] = e5 * (1 - a) + 4 * liaisonVar * b;
        double e6 = a * (bigN - 1) * (bigN - 2);
        v[5] = e6 * (1 - a) + 2 * (bigN - 1) * (bigN - 2) * (bigN - 3) * b;
        return v;
    }

    /** vgbr of sna::brokerage with its outer products and its triple loop over distinct groups. */
    private static double[] snaNetworkVariances(double[] n, double bigN, double d) {
        double a = d * d * (1 - d);
        double b3 = Math.pow(d, 3) * Math.pow(1 - d, 3);
        double b4 = Math.pow(d, 4) * Math.pow(1 - d, 2);
        double b5 = Math.pow(d, 5) * (1 - d);
        double[] v = new double[6];
        double e1 = 0;
        double add1 = 0;
        double e2 = 0;
        double add3 = 0;
        for (double x : n) {
            e1 += x * (x - 1) * (x - 2);
            add1 += x * (x - 1) * (x - 2) * ((4 * x - 10) * b3 - 4 * (x - 3) * b4 + (x - 3) * b5);
            e2 += x * (bigN - x) * (x - 1);
            add3 += x * (bigN - x) * (x - 1) * ((bigN - 3) * b3 + (x - 2) * b5);
        }
        e1 *= a;
        e2 *= a;
        v[0] = e1 * (1 - a) + add1;
        double outer = 0;
        for (double x : n) {
            for (double y : n) {
                outer += x * y * (x - 1) * ((2 * x + 2 * y - 6) * b3 + (bigN - x - 1) * b5);
            }
        }
        double diag = 0;
        for (double x : n) {
            diag += x * x * (x - 1) * ((4 * x - 6) * b3 + (bigN - x - 1) * b5);
        }
        v[1] = e2 * (1 - a) + outer - diag;
        v[2] = e2 * (1 - a) + add3;
        v[3] = v[2];
        double e5 = 0;
        for (double x : n) {
            for (double y : n) {
                e5 += x * y * (bigN - x - y);
            }
        }
        for (double x : n) {
            e5 -= x * x * (bigN - 2 * x);
        }
        e5 *= a;
        v[4] = e5 * (1 - a);
        for (int i = 0; i < n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                for (int k = 0; k < n.length; k++) {
                    if (i != j && j != k && i != k) {
                        v[4] += n[i] * n[j] * n[k] * ((4 * (bigN - n[j]) - 2 * (n[i] + n[k] + 1)) * b3
                                - (4 * (bigN - n[k]) - 2 * (n[i] + n[j] + 1)) * b4 + (bigN - (n[i] + n[k] + 1)) * b5);
                    }
                }
            }
        }
        double e6 = a * bigN * (bigN - 1) * (bigN - 2);
        v[5] = e6 * (1 - a) + bigN * (bigN - 1) * (bigN - 2) * ((4 * bigN - 10) * b3 - 4 * (bigN - 3) * b4 + (bigN - 3) * b5);
        return v;
    }

    @Test
    void counts_areInvariantUnderRelabellingActors() {
        var net = Networks.random(21, 30, 0.15, true);
        var shuffled = new ArrayList<>(net.actors());
        Collections.shuffle(shuffled, new Random(2));
        var relabelled = new StakeholderNetwork("s", shuffled, net.ties(), List.of(), List.of(), List.of());
        var a = new BrokerageAnalysis().analyze(net);
        var b = new BrokerageAnalysis().analyze(relabelled);
        for (int i = 0; i < net.size(); i++) {
            int j = relabelled.indexOf(net.actor(i).id());
            assertThat(b.of(j)).isEqualTo(a.of(i));
            assertThat(b.z(j).total()).isEqualTo(a.z(i).total());
        }
        assertThat(b.total()).isEqualTo(a.total());
    }

    @Test
    void smallNetworks_giveDefinedResults() {
        var empty = new BrokerageAnalysis().analyze(StakeholderNetwork.empty("e"));
        assertThat(empty.size()).isZero();
        assertThat(empty.total().total()).isZero();
        assertThat(empty.expectedTotal().total()).isNaN();
        var one = new BrokerageAnalysis().analyze(Networks.isolated("solo"));
        assertThat(one.of(0).total()).isZero();
        assertThat(one.expected(0).asMap().get("total")).isNull();
        var two = new BrokerageAnalysis().analyze(Networks.undirected(List.of("a", "b"), "a-b"));
        assertThat(two.total().total()).isZero();
        assertThat(two.expected(0).total()).isZero(); // (N−1)(N−2) = 0
        assertThat(two.z(0).total()).isNaN();
    }

    @Test
    void groupings_byCommunityAndByMembership() {
        // a–b–c path (undirected): b brokers (a,c) and (c,a)
        var net = StakeholderNetwork.builder("g")
                .actor("a", ActorType.RESIDENT).actor("b", ActorType.BROKER).actor("c", ActorType.SCHOOL)
                .tie("a", "b", TieKind.COLLABORATES).tie("b", "c", TieKind.COLLABORATES)
                .consortium(new Consortium("k", "K", null, null, null))
                .member(new Membership("k", "b", null, null)).member(new Membership("k", "c", null, null))
                .build();
        var graph = CompactGraph.of(net);
        assertThat(Groupings.byMembership(net, "k")).containsExactly(0, 1, 1);
        assertThat(Groupings.byMembership(net, "unknown")).containsExactly(0, 0, 0);
        // members {b,c}: (a,c) is a→member b→member c: gatekeeper; (c,a) is representative
        var byMembership = BrokerageAnalysis.compute(graph, Groupings.byMembership(net, "k"));
        assertThat(byMembership.of(1)).isEqualTo(new RoleCounts(0, 0, 1, 1, 0));
        var byCommunity = BrokerageAnalysis.compute(graph,
                Groupings.byCommunity(new CommunityPartition(new int[] {0, 0, 0}, 1, 0.0)));
        assertThat(byCommunity.of(1)).isEqualTo(new RoleCounts(2, 0, 0, 0, 0));
        var byType = new BrokerageAnalysis().analyze(net);
        assertThat(byType.of(1)).isEqualTo(new RoleCounts(0, 0, 0, 0, 2));
    }

    @Test
    void invalidGroupLabels_areRefusedWithAMessage() {
        var graph = CompactGraph.of(Networks.path(3));
        assertThatThrownBy(() -> BrokerageAnalysis.compute(graph, new int[] {0, 1}))
                .hasMessageContaining("one group label per actor");
        assertThatThrownBy(() -> BrokerageAnalysis.compute(graph, new int[] {0, -1, 0}))
                .hasMessageContaining("0 or more");
    }
}
