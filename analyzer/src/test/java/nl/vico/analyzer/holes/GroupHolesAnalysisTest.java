package nl.vico.analyzer.holes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.api.Test;

class GroupHolesAnalysisTest {

    @Test
    void bridgedCliques_areAHoleSpannedByTheBridgeEnds_whenTheRatioAllowsIt() {
        var net = Networks.twoCliquesWithBridge(4);
        var g = CompactGraph.of(net);
        int[] side = new int[8];
        for (int i = 4; i < 8; i++) {
            side[i] = 1;
        }
        // between: 1 tie over 4·4 pairs = 1/16; overall: (6 + 6 + 1) / C(8,2) = 13/28; ratio = 28/208 = 0.1346
        var strict = GroupHolesAnalysis.compute(g, side, 2, 0.1, 3, 10);
        assertThat(strict.holes()).isEmpty();
        assertThat(strict.overallDensity()).isCloseTo(13.0 / 28, within(1e-12));
        var loose = GroupHolesAnalysis.compute(g, side, 2, 0.2, 3, 10);
        assertThat(loose.holes()).hasSize(1);
        GroupHole hole = loose.holes().get(0);
        assertThat(hole.ties()).isEqualTo(1);
        assertThat(hole.density()).isCloseTo(1.0 / 16, within(1e-12));
        assertThat(hole.densityRatio()).isCloseTo(28.0 / 208, within(1e-12));
        assertThat(hole.spanners()).containsExactly(net.indexOf("a0"), net.indexOf("b0"));
    }

    @Test
    void untiedGroups_withOutsidersTiedToBoth_nameThemAsSpanners_strongestFirst() {
        // groups 0 = {a1,a2,a3}, 1 = {b1,b2,b3}, 2 = {c, d}; a's and b's are tied inside, c ties to a1 and b1,
        // d to a1, a2, b1 and b2: d is the stronger bridge and comes first
        var net = Networks.undirected(List.of("a1", "a2", "a3", "b1", "b2", "b3", "c", "d"),
                "a1-a2", "a2-a3", "a1-a3", "b1-b2", "b2-b3", "b1-b3", "c-a1", "c-b1", "d-a1", "d-a2", "d-b1", "d-b2");
        int[] group = {0, 0, 0, 1, 1, 1, 2, 2};
        var holes = GroupHolesAnalysis.compute(CompactGraph.of(net), group, 3, 0.1, 3, 10);
        assertThat(holes.totalHoles()).isEqualTo(1); // group 2 is too small to be compared
        GroupHole hole = holes.holes().get(0);
        assertThat(hole.groupA()).isZero();
        assertThat(hole.groupB()).isEqualTo(1);
        assertThat(hole.ties()).isZero();
        assertThat(hole.densityRatio()).isZero();
        assertThat(hole.spanners()).containsExactly(net.indexOf("d"), net.indexOf("c"));
    }

    @Test
    void limit_keepsTheEmptiestHoles_andCountsAll() {
        // four groups of 3 with no ties between groups, except 2 ties between groups 0 and 1
        var net = Networks.undirected(List.of("a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3", "d1", "d2", "d3"),
                "a1-a2", "a2-a3", "b1-b2", "b2-b3", "c1-c2", "c2-c3", "d1-d2", "d2-d3", "a1-b1", "a2-b2");
        int[] group = {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3};
        var holes = GroupHolesAnalysis.compute(CompactGraph.of(net), group, 4, 1.0, 3, 2);
        // overall density 10/66; (0,1): 2/9 → ratio 1.47, not a hole; the other 5 pairs have no tie
        assertThat(holes.totalHoles()).isEqualTo(5);
        assertThat(holes.holes()).hasSize(2);
        assertThat(holes.holes()).extracting(GroupHole::ties).containsOnly(0L);
        assertThat(holes.holes().get(0).groupA()).isZero();
        assertThat(holes.holes().get(0).groupB()).isEqualTo(2);
    }

    @Test
    void networksWithoutTies_orActors_haveNoHoles() {
        var empty = GroupHolesAnalysis.compute(CompactGraph.of(StakeholderNetwork.empty("e")), new int[0], 0, 0.1, 3, 10);
        assertThat(empty.holes()).isEmpty();
        var lonely = Networks.isolated("a", "b", "c", "d", "e", "f");
        var none = GroupHolesAnalysis.compute(CompactGraph.of(lonely), new int[] {0, 0, 0, 1, 1, 1}, 2, 0.1, 3, 10);
        assertThat(none.holes()).isEmpty();
        assertThat(none.totalHoles()).isZero();
    }
}
