package nl.vico.analyzer.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;

class GatekeepingAnalysisTest {

    private static StakeholderNetwork.Builder actors(Object... idsAndTypes) {
        var b = StakeholderNetwork.builder("g");
        for (int i = 0; i < idsAndTypes.length; i += 2) {
            b.actor((String) idsAndTypes[i], (ActorType) idsAndTypes[i + 1]);
        }
        return b;
    }

    @Test
    void starHub_betweenResidentsAndMunicipality_holdsEveryPath() {
        var net = actors("hub", ActorType.HOUSING_CORPORATION, "r1", ActorType.RESIDENT, "r2", ActorType.RESIDENT,
                "g", ActorType.RESIDENT_GROUP, "m", ActorType.MUNICIPALITY)
                .tie("hub", "r1", TieKind.COLLABORATES).tie("hub", "r2", TieKind.COLLABORATES)
                .tie("hub", "g", TieKind.COLLABORATES).tie("hub", "m", TieKind.COLLABORATES).build();
        var gate = new GatekeepingAnalysis().analyze(net);
        assertThat(gate.actor()).isEqualTo(net.indexOf("hub"));
        assertThat(gate.share()).isCloseTo(1.0, within(1e-15));
        assertThat(gate.connectedPairs()).isEqualTo(3);
        assertThat(gate.shareOf(net.indexOf("r1"))).isZero();
    }

    @Test
    void twoEqualRoutes_shareThePaths() {
        // r–a–m and r–b–m: each route carries half of r's shortest paths; r2 is tied to m directly.
        // pairs (r,m): a 1/2, b 1/2; (r2,m): nobody in between. Mean over 2 pairs: a = b = 1/4.
        var net = actors("a", ActorType.SCHOOL, "b", ActorType.FOUNDATION, "m", ActorType.MUNICIPALITY,
                "r", ActorType.RESIDENT, "r2", ActorType.RESIDENT)
                .tie("r", "a", TieKind.COLLABORATES).tie("a", "m", TieKind.COLLABORATES)
                .tie("r", "b", TieKind.COLLABORATES).tie("b", "m", TieKind.COLLABORATES)
                .tie("r2", "m", TieKind.COLLABORATES).build();
        var gate = new GatekeepingAnalysis().analyze(net);
        assertThat(gate.connectedPairs()).isEqualTo(2);
        assertThat(gate.shareOf(0)).isCloseTo(0.25, within(1e-15));
        assertThat(gate.shareOf(1)).isCloseTo(0.25, within(1e-15));
        assertThat(gate.actor()).isEqualTo(0); // tie: smallest id, "a"
        assertThat(gate.share()).isCloseTo(0.25, within(1e-15));
    }

    @Test
    void noIntermediary_orNoPairs_giveZeroOrUndefined() {
        var adjacent = actors("r", ActorType.RESIDENT, "m", ActorType.MUNICIPALITY).tie("r", "m", TieKind.INFORMS).build();
        var direct = new GatekeepingAnalysis().analyze(adjacent);
        assertThat(direct.share()).isZero();
        assertThat(direct.actor()).isEqualTo(-1);
        assertThat(direct.defined()).isTrue();
        var noMunicipality = actors("r", ActorType.RESIDENT, "s", ActorType.SCHOOL).tie("r", "s", TieKind.INFORMS).build();
        var none = new GatekeepingAnalysis().analyze(noMunicipality);
        assertThat(none.defined()).isFalse();
        assertThat(none.actor()).isEqualTo(-1);
        assertThat(new GatekeepingAnalysis().analyze(StakeholderNetwork.empty("e")).defined()).isFalse();
    }

    @Test
    void shares_equalBruteForcePathCounting_onRandomNetworks() {
        var random = new Random(9);
        ActorType[] types = {ActorType.RESIDENT, ActorType.RESIDENT_GROUP, ActorType.MUNICIPALITY, ActorType.SCHOOL,
                ActorType.BUSINESS};
        for (int round = 0; round < 10; round++) {
            int n = 8 + random.nextInt(10);
            var b = StakeholderNetwork.builder("r");
            for (int i = 0; i < n; i++) {
                b.actor("v" + i, types[random.nextInt(types.length)]);
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (random.nextDouble() < 0.25) {
                        b.tie("v" + i, "v" + j, random.nextBoolean() ? TieKind.FUNDS : TieKind.COLLABORATES);
                    }
                }
            }
            var net = b.build();
            var graph = CompactGraph.of(net);
            int[][] dist = new int[n][];
            double[][] sigma = new double[n][];
            for (int s = 0; s < n; s++) {
                dist[s] = new int[n];
                sigma[s] = new double[n];
                bfs(graph, s, dist[s], sigma[s]);
            }
            double[] expected = new double[n];
            long pairs = 0;
            for (int r = 0; r < n; r++) {
                for (int m = 0; m < n; m++) {
                    if (!net.actor(r).type().isResidentSide() || net.actor(m).type() != ActorType.MUNICIPALITY
                            || dist[r][m] < 0) {
                        continue;
                    }
                    pairs++;
                    for (int v = 0; v < n; v++) {
                        if (v != r && v != m && dist[r][v] >= 0 && dist[r][v] + dist[v][m] == dist[r][m]) {
                            expected[v] += sigma[r][v] * sigma[v][m] / sigma[r][m];
                        }
                    }
                }
            }
            var gate = GatekeepingAnalysis.compute(net, graph);
            assertThat(gate.connectedPairs()).isEqualTo(pairs);
            for (int v = 0; v < n; v++) {
                assertThat(gate.shareOf(v)).isCloseTo(pairs == 0 ? 0 : expected[v] / pairs, within(1e-12));
            }
        }
    }

    @Test
    void shares_doNotDependOnTheNumberOfThreads() {
        var net = nl.vico.analyzer.testing.Networks.random(7, 80, 0.06, true);
        var graph = CompactGraph.of(net);
        var one = GatekeepingAnalysis.compute(net, graph, 1);
        var three = GatekeepingAnalysis.compute(net, graph, 3);
        assertThat(three.shares()).containsExactly(one.shares());
        assertThat(three.actor()).isEqualTo(one.actor());
        assertThat(one.connectedPairs()).isPositive();
    }

    @Test
    void sampledSources_areRecorded_andASampleOfAllIsTheExactValue() {
        var net = nl.vico.analyzer.testing.Networks.random(7, 80, 0.06, true);
        var graph = CompactGraph.of(net);
        var exact = GatekeepingAnalysis.compute(net, graph, 2);
        assertThat(exact.sampledSources()).isZero();
        // a limit at least the number of sources changes nothing
        var all = GatekeepingAnalysis.compute(net, graph, 2, 80, 9L);
        assertThat(all.sampledSources()).isZero();
        assertThat(all.shares()).containsExactly(exact.shares());
        // a smaller limit samples that many sources from the smaller side and scales the pairs up
        int side = 0;
        int residents = 0;
        for (int v = 0; v < 80; v++) {
            side += net.actor(v).type() == ActorType.MUNICIPALITY ? 1 : 0;
            residents += net.actor(v).type().isResidentSide() ? 1 : 0;
        }
        int smaller = Math.min(side, residents);
        assertThat(smaller).isGreaterThan(2);
        var sampled = GatekeepingAnalysis.compute(net, graph, 2, smaller - 1, 9L);
        assertThat(sampled.sampledSources()).isEqualTo(smaller - 1);
        var again = GatekeepingAnalysis.compute(net, graph, 1, smaller - 1, 9L);
        assertThat(again.shares()).containsExactly(sampled.shares());
        // every share is still a mean of per-pair fractions, so it lies in [0, 1]
        for (double x : sampled.shares()) {
            assertThat(x).isBetween(0.0, 1.0);
        }
    }

    private static void bfs(CompactGraph g, int s, int[] dist, double[] sigma) {
        Arrays.fill(dist, -1);
        int[] queue = new int[g.vertexCount()];
        int head = 0;
        int tail = 0;
        dist[s] = 0;
        sigma[s] = 1;
        queue[tail++] = s;
        while (head < tail) {
            int v = queue[head++];
            for (int k = g.offsets()[v]; k < g.offsets()[v + 1]; k++) {
                int w = g.neighbours()[k];
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    queue[tail++] = w;
                }
                if (dist[w] == dist[v] + 1) {
                    sigma[w] += sigma[v];
                }
            }
        }
    }
}
