package nl.vico.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;

class JGraphTViewTest {
    private static final StakeholderNetwork NETWORK = StakeholderNetwork.builder("n")
            .actor("a", ActorType.RESIDENT).actor("b", ActorType.SCHOOL).actor("c", ActorType.MUNICIPALITY)
            .tie(new Tie("a", "b", TieKind.COLLABORATES, 2.0, false))
            .tie(new Tie("b", "a", TieKind.FUNDS, 3.0, true))
            .tie(new Tie("c", "c", TieKind.TRUSTS, 1.0, false))
            .build();

    @Test
    void undirected_hasEveryActorAndOneEdgePerPair_withSummedWeight() {
        var g = JGraphTView.undirected(NETWORK);
        assertThat(g.vertexSet()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(g.edgeSet()).hasSize(1);
        assertThat(g.getEdgeWeight(g.getEdge("b", "a"))).isEqualTo(5.0);
        assertThat(g.getType().isDirected()).isFalse();
    }

    @Test
    void directed_hasBothArcsOfAnUndirectedTie_andTheDirectedOneOnItsOwn() {
        var g = JGraphTView.directed(NETWORK);
        assertThat(g.edgeSet()).hasSize(2);
        assertThat(g.getEdgeWeight(g.getEdge("a", "b"))).isEqualTo(2.0);
        assertThat(g.getEdgeWeight(g.getEdge("b", "a"))).isEqualTo(5.0);
        assertThat(g.getType().isDirected()).isTrue();
    }
}
