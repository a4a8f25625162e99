package nl.vico.analyzer.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import org.junit.jupiter.api.Test;

class MixingAnalysisTest {
    private static final double EPS = 1e-12;

    @Test
    void eiAndAssortativity_handDerived() {
        // groups A = {a1, a2}, B = {b1}; edges a1–a2 (inside A) and a1–b1 (between)
        var net = Networks.undirected(List.of("a1", "a2", "b1"), "a1-a2", "a1-b1");
        var m = MixingAnalysis.compute(CompactGraph.of(net), new int[] {0, 0, 1}, 2);
        // A: E = 1, I = 1 → 0; B: E = 1, I = 0 → 1; network: E = 1, I = 1 → 0
        assertThat(m.ei(0)).isCloseTo(0.0, within(EPS));
        assertThat(m.ei(1)).isCloseTo(1.0, within(EPS));
        assertThat(m.ei()).isCloseTo(0.0, within(EPS));
        // edge ends: A holds 3 of 4, B 1 of 4; e_AA = 2/4 (a1–a2 both ways), e_AB = e_BA = 1/4:
        // r = (1/2 − (9/16 + 1/16)) / (1 − 10/16) = (−2/16)/(6/16) = −1/3
        assertThat(m.assortativity()).isCloseTo(-1.0 / 3, within(EPS));
        assertThat(m.within()).containsExactly(1, 0);
        assertThat(m.external()).containsExactly(1, 1);
    }

    @Test
    void separateGroups_arePerfectlyAssortative_andClosed() {
        var net = Networks.undirected(List.of("a1", "a2", "b1", "b2"), "a1-a2", "b1-b2");
        var m = MixingAnalysis.compute(CompactGraph.of(net), new int[] {0, 0, 1, 1}, 2);
        assertThat(m.assortativity()).isCloseTo(1.0, within(EPS));
        assertThat(m.ei()).isCloseTo(-1.0, within(EPS));
    }

    @Test
    void bipartiteTies_arePerfectlyDisassortative_andOpen() {
        var net = Networks.undirected(List.of("a1", "a2", "b1", "b2"), "a1-b1", "a2-b2", "a1-b2");
        var m = MixingAnalysis.compute(CompactGraph.of(net), new int[] {0, 0, 1, 1}, 2);
        // all ends split 1/2–1/2, no edge inside: r = (0 − 1/2)/(1 − 1/2) = −1
        assertThat(m.assortativity()).isCloseTo(-1.0, within(EPS));
        assertThat(m.ei()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void oneGroup_orNoTies_areUndefined() {
        var one = MixingAnalysis.compute(CompactGraph.of(Networks.path(3)), new int[] {0, 0, 0}, 1);
        assertThat(one.assortativity()).isNaN(); // 1 − Σa² = 0
        assertThat(one.ei()).isCloseTo(-1.0, within(EPS));
        var none = MixingAnalysis.compute(CompactGraph.of(Networks.isolated("a", "b")), new int[] {0, 1}, 2);
        assertThat(none.ei()).isNaN();
        assertThat(none.ei(0)).isNaN();
        assertThat(none.assortativity()).isNaN();
    }
}
