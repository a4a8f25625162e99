package nl.vico.analyzer.holes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;

class StructuralHolesAnalysisTest {
    private static final double EPS = 1e-12;

    private static StructuralHoles holes(StakeholderNetwork network) {
        return new StructuralHolesAnalysis().analyze(network);
    }

    @Test
    void constraint_starHub_isOneOverDegree_andLeafIsOne() {
        var net = Networks.star("hub", "a", "b", "c", "d");
        var b = holes(net).binary();
        // hub: four contacts, p = 1/4 each, no ties among them: C = 4·(1/4)² = 1/4
        assertThat(b.constraint(0)).isCloseTo(0.25, within(EPS));
        assertThat(b.effectiveSize(0)).isCloseTo(4.0, within(EPS));
        assertThat(b.efficiency(0)).isCloseTo(1.0, within(EPS));
        assertThat(b.hierarchy(0)).isCloseTo(0.0, within(EPS)); // constraint spread evenly
        for (int leaf = 1; leaf <= 4; leaf++) {
            // one contact with p = 1: C = 1², effective size 1, hierarchy 1 by convention
            assertThat(b.constraint(leaf)).isCloseTo(1.0, within(EPS));
            assertThat(b.effectiveSize(leaf)).isCloseTo(1.0, within(EPS));
            assertThat(b.hierarchy(leaf)).isEqualTo(1.0);
        }
    }

    @Test
    void constraint_closedTriad_isOnePointOneTwoFive() {
        var net = Networks.undirected(List.of("a", "b", "c"), "a-b", "b-c", "a-c");
        var b = holes(net).binary();
        // each actor: two contacts, p = 1/2; c_ij = (p_ij + p_iq·p_qj)² = (1/2 + 1/2·1/2)² = 9/16;
        // C = 2·9/16 = 1.125. Effective size = 2 − 2·1/2 = 1 (one tie among its two contacts).
        for (int v = 0; v < 3; v++) {
            assertThat(b.constraint(v)).isCloseTo(1.125, within(EPS));
            assertThat(b.effectiveSize(v)).isCloseTo(1.0, within(EPS));
            assertThat(b.efficiency(v)).isCloseTo(0.5, within(EPS));
            assertThat(b.hierarchy(v)).isCloseTo(0.0, within(EPS));
        }
    }

    @Test
    void hierarchy_pathCentre_isZero_andUnequalContactsArePositive() {
        // a-b-c plus a-d, so a's contacts are b (tied to c, not to a's others) and d
        var net = Networks.undirected(List.of("a", "b", "c", "d", "e"), "a-b", "a-d", "a-e", "d-e");
        var b = holes(net).binary();
        // a: contacts b, d, e with p = 1/3; d and e are tied: c_ab = 1/9, c_ad = c_ae = (1/3 + 1/3·1/2)² = 1/4
        // C = 1/9 + 1/2 = 11/18; r_b = (1/9)/(11/54) = 6/11, r_d = r_e = (1/4)/(11/54) = 27/22
        double rb = 6.0 / 11;
        double rd = 27.0 / 22;
        double expected = (rb * Math.log(rb) + 2 * rd * Math.log(rd)) / (3 * Math.log(3));
        assertThat(b.constraint(0)).isCloseTo(11.0 / 18, within(EPS));
        assertThat(b.hierarchy(0)).isCloseTo(expected, within(EPS));
        assertThat(b.hierarchy(0)).isPositive();
    }

    @Test
    void isolates_getNull_exceptHierarchyZero() {
        var net = Networks.undirected(List.of("a", "b", "lonely"), "a-b");
        var holes = holes(net);
        for (var m : List.of(holes.binary(), holes.weighted())) {
            assertThat(m.constraint(2)).isNull();
            assertThat(m.effectiveSize(2)).isNull();
            assertThat(m.efficiency(2)).isNull();
            assertThat(m.hierarchy(2)).isEqualTo(0.0);
            // the pair: one contact each
            assertThat(m.constraint(0)).isCloseTo(1.0, within(EPS));
            assertThat(m.effectiveSize(1)).isCloseTo(1.0, within(EPS));
        }
    }

    @Test
    void emptyAndSingleActor_giveDefinedResults() {
        assertThat(holes(StakeholderNetwork.empty("none")).binary().size()).isZero();
        var one = holes(Networks.isolated("solo"));
        assertThat(one.binary().constraint(0)).isNull();
        assertThat(one.weighted().hierarchy(0)).isEqualTo(0.0);
    }

    @Test
    void weighted_readsWeightsAsStrengths() {
        // path a-b-c, a-b weight 3, b-c weight 1 (undirected): b's relation strengths 2·3 and 2·1,
        // p_ba = 3/4, p_bc = 1/4, no indirect paths: C_b = 9/16 + 1/16 = 0.625 (binary: 1/4 + 1/4 = 0.5)
        var net = StakeholderNetwork.builder("w")
                .actor("a", ActorType.RESIDENT).actor("b", ActorType.SCHOOL).actor("c", ActorType.RESIDENT)
                .tie(new Tie("a", "b", TieKind.COLLABORATES, 3, false))
                .tie(new Tie("b", "c", TieKind.COLLABORATES, 1, false))
                .build();
        var holes = holes(net);
        assertThat(holes.binary().constraint(1)).isCloseTo(0.5, within(EPS));
        assertThat(holes.weighted().constraint(1)).isCloseTo(0.625, within(EPS));
        assertThat(holes.weighted().effectiveSize(1)).isCloseTo(2.0, within(EPS));
    }

    @Test
    void weighted_oneWayTie_countsHalfOfATwoWayTie() {
        // a→b directed, weight 2; b–c undirected, weight 2. For b: z_ba = 0 + 2, z_bc = 2 + 2:
        // p_ba = 1/3, p_bc = 2/3, C_b = 1/9 + 4/9 = 5/9. Binary reading: both count 1 each way, C_b = 1/2.
        var net = StakeholderNetwork.builder("d")
                .actor("a", ActorType.MUNICIPALITY).actor("b", ActorType.FOUNDATION).actor("c", ActorType.RESIDENT)
                .tie(new Tie("a", "b", TieKind.FUNDS, 2, true))
                .tie(new Tie("b", "c", TieKind.COLLABORATES, 2, false))
                .build();
        var holes = holes(net);
        assertThat(holes.weighted().constraint(1)).isCloseTo(5.0 / 9, within(EPS));
        assertThat(holes.binary().constraint(1)).isCloseTo(0.5, within(EPS));
    }

    @Test
    void parallelTiesAndSelfLoops_areMergedAndDropped() {
        // a-b twice (weights 1 and 2), b-c weight 3, and a self-loop on b: weighted z_ba = 2·3 = z_bc, so C_b = 0.5
        var net = StakeholderNetwork.builder("p")
                .actor("a", ActorType.RESIDENT).actor("b", ActorType.SCHOOL).actor("c", ActorType.RESIDENT)
                .tie(new Tie("a", "b", TieKind.COLLABORATES, 1, false))
                .tie(new Tie("a", "b", TieKind.TRUSTS, 2, false))
                .tie(new Tie("b", "c", TieKind.COLLABORATES, 3, false))
                .tie(new Tie("b", "b", TieKind.TRUSTS, 5, false))
                .build();
        var holes = holes(net);
        assertThat(holes.weighted().constraint(1)).isCloseTo(0.5, within(EPS));
        assertThat(holes.binary().constraint(1)).isCloseTo(0.5, within(EPS));
        assertThat(holes.binary().constraint(0)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void allMeasures_agreeWithDenseTextbookFormulas_onRandomMessyNetworks() {
        for (long seed = 1; seed <= 6; seed++) {
            var net = Networks.random(seed, 25, 0.2, true, 1, 2, 3.5);
            var holes = holes(net);
            var dense = Dense.of(net);
            for (boolean weighted : new boolean[] {false, true}) {
                var m = weighted ? holes.weighted() : holes.binary();
                double[][] z = weighted ? dense.weighted : dense.binary;
                for (int i = 0; i < net.size(); i++) {
                    double[] expected = Dense.burt(z, i);
                    if (expected == null) {
                        assertThat(m.constraint(i)).isNull();
                        continue;
                    }
                    assertThat(m.constraint(i)).as("seed %d actor %d weighted %s", seed, i, weighted)
                            .isCloseTo(expected[0], within(1e-12));
                    assertThat(m.effectiveSize(i)).isCloseTo(expected[1], within(1e-12));
                    assertThat(m.efficiency(i)).isCloseTo(expected[2], within(1e-12));
                    assertThat(m.hierarchy(i)).isCloseTo(expected[3], within(1e-12));
                }
            }
        }
    }

    @Test
    void weighted_isTheBinaryReading_whenEveryRelationHasTheSameStrength_andOtherwiseNot() {
        // every tie undirected with weight 2.5: z_ij = 5 for every pair, so p_ij = 1/deg(i) and m = 1 as in
        // the binary reading; the dense formulas on the weighted z must give the same numbers
        var equal = StakeholderNetwork.builder("equal");
        var unequal = StakeholderNetwork.builder("unequal");
        var random = new Random(3);
        for (int i = 0; i < 20; i++) {
            equal.actor("a" + i, ActorType.RESIDENT);
            unequal.actor("a" + i, ActorType.RESIDENT);
        }
        for (int i = 0; i < 20; i++) {
            for (int j = i + 1; j < 20; j++) {
                if (random.nextDouble() < 0.3) {
                    equal.tie(new Tie("a" + i, "a" + j, TieKind.COLLABORATES, 2.5, false));
                    unequal.tie(new Tie("a" + i, "a" + j, TieKind.COLLABORATES, i == 0 ? 5.0 : 2.5, false));
                }
            }
        }
        var net = equal.build();
        var holes = holes(net);
        var dense = Dense.of(net);
        for (int i = 0; i < net.size(); i++) {
            double[] expected = Dense.burt(dense.weighted, i);
            assertThat(holes.weighted().constraint(i)).isCloseTo(expected[0], within(1e-12));
            assertThat(holes.weighted().effectiveSize(i)).isCloseTo(expected[1], within(1e-12));
            assertThat(holes.weighted().hierarchy(i)).isCloseTo(expected[3], within(1e-12));
            assertThat(holes.weighted().constraint(i)).isEqualTo(holes.binary().constraint(i));
        }
        // one actor's ties twice as strong: its weighted constraint moves away from the binary one
        var other = holes(unequal.build());
        double[] expected = Dense.burt(Dense.of(unequal.build()).weighted, 1);
        assertThat(other.weighted().constraint(1)).isCloseTo(expected[0], within(1e-12));
        assertThat(other.weighted().constraint(0)).isNotEqualTo(other.binary().constraint(0));
    }

    @Test
    void measures_areInvariantUnderRelabellingActors() {
        var net = Networks.random(11, 30, 0.15, true, 1, 2, 4);
        var shuffled = new ArrayList<>(net.actors());
        Collections.shuffle(shuffled, new Random(5));
        var relabelled = new StakeholderNetwork("shuffled", shuffled, net.ties(), List.of(), List.of(), List.of());
        var a = holes(net);
        var b = holes(relabelled);
        for (int i = 0; i < net.size(); i++) {
            int j = relabelled.indexOf(net.actor(i).id());
            for (var pair : List.of(List.of(a.binary(), b.binary()), List.of(a.weighted(), b.weighted()))) {
                Double ci = pair.get(0).constraint(i);
                Double cj = pair.get(1).constraint(j);
                if (ci == null) {
                    assertThat(cj).isNull();
                } else {
                    assertThat(cj).isCloseTo(ci, within(1e-12));
                    assertThat(pair.get(1).effectiveSize(j)).isCloseTo(pair.get(0).effectiveSize(i), within(1e-12));
                    assertThat(pair.get(1).hierarchy(j)).isCloseTo(pair.get(0).hierarchy(i), within(1e-12));
                }
            }
        }
    }

    /** Burt's formulas written out over dense matrices, straight from the book's definitions. */
    private static final class Dense {
        final double[][] binary;
        final double[][] weighted;

        private Dense(double[][] binary, double[][] weighted) {
            this.binary = binary;
            this.weighted = weighted;
        }

        static Dense of(StakeholderNetwork net) {
            int n = net.size();
            double[][] a = new double[n][n]; // a[i][j]: summed weight of ties i→j (undirected ties both ways)
            boolean[][] tied = new boolean[n][n];
            for (Tie t : net.ties()) {
                int s = net.indexOf(t.source());
                int d = net.indexOf(t.target());
                if (s == d) {
                    continue;
                }
                a[s][d] += t.weight();
                if (!t.directed()) {
                    a[d][s] += t.weight();
                }
                tied[s][d] = true;
                tied[d][s] = true;
            }
            double[][] bin = new double[n][n];
            double[][] w = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    bin[i][j] = tied[i][j] ? 2 : 0; // a_ij + a_ji with binary a
                    w[i][j] = a[i][j] + a[j][i];
                }
            }
            return new Dense(bin, w);
        }

        /** {constraint, effective size, efficiency, hierarchy} of i, or null for an isolate. */
        static double[] burt(double[][] z, int i) {
            int n = z.length;
            double[] p = new double[n];
            double sum = 0;
            int contacts = 0;
            for (int j = 0; j < n; j++) {
                sum += z[i][j];
                contacts += z[i][j] > 0 ? 1 : 0;
            }
            if (contacts == 0) {
                return null;
            }
            double[][] pAll = new double[n][n];
            for (int q = 0; q < n; q++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += z[q][k];
                }
                for (int k = 0; k < n; k++) {
                    pAll[q][k] = s == 0 ? 0 : z[q][k] / s;
                }
            }
            p = pAll[i];
            double constraint = 0;
            double es = 0;
            double[] local = new double[n];
            for (int j = 0; j < n; j++) {
                if (z[i][j] == 0) {
                    continue;
                }
                double indirect = 0;
                double redundancy = 0;
                double maxJ = 0;
                for (int k = 0; k < n; k++) {
                    maxJ = Math.max(maxJ, z[j][k]);
                }
                for (int q = 0; q < n; q++) {
                    if (q != i && q != j) {
                        indirect += p[q] * pAll[q][j];
                        redundancy += p[q] * z[j][q] / maxJ;
                    }
                }
                local[j] = (p[j] + indirect) * (p[j] + indirect);
                constraint += local[j];
                es += 1 - redundancy;
            }
            double hierarchy;
            if (contacts == 1) {
                hierarchy = 1;
            } else {
                double h = 0;
                for (int j = 0; j < n; j++) {
                    if (z[i][j] > 0) {
                        double r = local[j] / (constraint / contacts);
                        h += r * Math.log(r);
                    }
                }
                hierarchy = h / (contacts * Math.log(contacts));
            }
            return new double[] {constraint, es, es / contacts, hierarchy};
        }
    }
}
