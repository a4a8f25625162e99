package nl.vico.analyzer.cohesion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import org.junit.jupiter.api.Test;

class BiconnectivityAnalysisTest {

    @Test
    void veryLongPath_isSearchedWithoutRecursion() {
        int n = 100_000;
        var graph = CompactGraph.of(Networks.path(n));
        var cuts = new BiconnectivityAnalysis().cuts(graph);
        // every inner actor of a path is a cut point and every tie a bridge
        assertThat(cuts.articulationCount()).isEqualTo(n - 2);
        assertThat(cuts.bridges()).hasNumberOfRows(n - 1);
        assertThat(cuts.isArticulationPoint(0)).isFalse();
        assertThat(new ComponentAnalysis().components(graph).sizes()).containsExactly(n);
        assertThat(new CoreAnalysis().coreNumbers(graph)).containsOnly(1);
    }

    @Test
    void bowTie_hasItsKnotAsOnlyCutPoint_andNoBridge() {
        // triangles a-b-k and c-d-k sharing k
        var graph = CompactGraph.of(Networks.undirected(List.of("a", "b", "k", "c", "d"),
                "a-b", "b-k", "k-a", "c-d", "d-k", "k-c"));
        var cuts = new BiconnectivityAnalysis().cuts(graph);
        assertThat(cuts.articulation()).containsExactly(false, false, true, false, false);
        assertThat(cuts.bridges()).isEmpty();
        var clustering = new ClusteringAnalysis().clustering(graph);
        // k: neighbours a, b, c, d with 2 of 6 pairs tied
        assertThat(clustering.local(2)).isEqualTo(1.0 / 3);
        // 2 triangles; triples: a, b, c, d one each, k six: 3·2/10
        assertThat(clustering.transitivity()).isEqualTo(0.6);
    }

    @Test
    void rootWithOneChild_isNoCutPoint_butWithTwoItIs() {
        // DFS starts at actor 0: in a-b-c it has one child; in b-a-c (a in the middle) two
        var end = new BiconnectivityAnalysis().cuts(CompactGraph.of(Networks.undirected(List.of("a", "b", "c"), "a-b", "b-c")));
        var middle = new BiconnectivityAnalysis().cuts(CompactGraph.of(Networks.undirected(List.of("a", "b", "c"), "b-a", "a-c")));
        assertThat(end.articulation()).containsExactly(false, true, false);
        assertThat(middle.articulation()).containsExactly(true, false, false);
    }
}
