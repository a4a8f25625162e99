package nl.vico.analyzer.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Random;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;

class CutVertexAnalysisTest {

    @Test
    void starHub_cutsResidentsOffFromTheMunicipality() {
        var net = StakeholderNetwork.builder("s")
                .actor("r1", ActorType.RESIDENT).actor("hub", ActorType.HOUSING_CORPORATION)
                .actor("r2", ActorType.RESIDENT).actor("g", ActorType.RESIDENT_GROUP).actor("m", ActorType.MUNICIPALITY)
                .tie("hub", "r1", TieKind.COLLABORATES).tie("hub", "r2", TieKind.COLLABORATES)
                .tie("hub", "g", TieKind.COLLABORATES).tie("hub", "m", TieKind.COLLABORATES).build();
        var cuts = new CutVertexAnalysis().analyze(net);
        // without the hub: four singletons; the largest part has 1 actor, so 3 are split off;
        // r1, r2 and g lose the municipality
        assertThat(cuts).containsExactly(new CutVertex(net.indexOf("hub"), 4, 3, 3));
    }

    @Test
    void bridgedCliques_haveTwoCutVertices() {
        var net = Networks.twoCliquesWithBridge(4);
        var cuts = new CutVertexAnalysis().analyze(net);
        // removing a0 leaves {a1,a2,a3} and {b0..b3}: 3 split off from the largest part (4)
        assertThat(cuts).containsExactly(new CutVertex(net.indexOf("a0"), 2, 3, 0),
                new CutVertex(net.indexOf("b0"), 2, 3, 0));
    }

    @Test
    void noCutVertices_inCyclesCompleteGraphsAndTinyNetworks() {
        assertThat(new CutVertexAnalysis().analyze(Networks.ring(6))).isEmpty();
        assertThat(new CutVertexAnalysis().analyze(Networks.undirected(List.of("a", "b"), "a-b"))).isEmpty();
        assertThat(new CutVertexAnalysis().analyze(StakeholderNetwork.empty("e"))).isEmpty();
        assertThat(new CutVertexAnalysis().analyze(Networks.isolated("x"))).isEmpty();
    }

    @Test
    void damage_equalsRemovingEachActorByBruteForce() {
        var random = new Random(12);
        ActorType[] types = {ActorType.RESIDENT, ActorType.RESIDENT_GROUP, ActorType.MUNICIPALITY, ActorType.SCHOOL};
        for (int round = 0; round < 25; round++) {
            int n = 3 + random.nextInt(15);
            var b = StakeholderNetwork.builder("r");
            for (int i = 0; i < n; i++) {
                b.actor("v" + i, types[random.nextInt(types.length)]);
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (random.nextDouble() < 1.8 / n) {
                        b.tie("v" + i, "v" + j, TieKind.COLLABORATES);
                    }
                }
            }
            var net = b.build();
            var graph = CompactGraph.of(net);
            var cuts = CutVertexAnalysis.compute(net, graph);
            int[] before = components(graph, -1);
            int found = 0;
            for (int v = 0; v < n; v++) {
                int[] after = components(graph, v);
                // parts of v's old component
                int comp = before[v];
                var sizes = new java.util.HashMap<Integer, Integer>();
                var municipal = new java.util.HashMap<Integer, Integer>();
                int oldSize = 0;
                int otherMunicipal = 0;
                for (int u = 0; u < n; u++) {
                    if (before[u] != comp) {
                        continue;
                    }
                    oldSize++;
                    if (u == v) {
                        continue;
                    }
                    sizes.merge(after[u], 1, Integer::sum);
                    if (net.actor(u).type() == ActorType.MUNICIPALITY) {
                        municipal.merge(after[u], 1, Integer::sum);
                        otherMunicipal++;
                    }
                }
                int actor = v;
                if (sizes.size() < 2) {
                    assertThat(cuts).noneMatch(c -> c.actor() == actor);
                    continue;
                }
                found++;
                int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
                int cutOff = 0;
                if (otherMunicipal > 0) {
                    for (int u = 0; u < n; u++) {
                        if (u != v && before[u] == comp && net.actor(u).type().isResidentSide()
                                && municipal.getOrDefault(after[u], 0) == 0) {
                            cutOff++;
                        }
                    }
                }
                assertThat(cuts).as("round %d actor %d", round, v)
                        .contains(new CutVertex(actor, sizes.size(), oldSize - 1 - largest, cutOff));
            }
            assertThat(cuts).hasSize(found);
        }
    }

    /** Component label per vertex with {@code removed} left out (label −1). */
    private static int[] components(CompactGraph g, int removed) {
        int n = g.vertexCount();
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (s == removed || label[s] >= 0) {
                continue;
            }
            var queue = new ArrayDeque<Integer>();
            queue.add(s);
            label[s] = next;
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int k = g.offsets()[v]; k < g.offsets()[v + 1]; k++) {
                    int w = g.neighbours()[k];
                    if (w != removed && label[w] < 0) {
                        label[w] = next;
                        queue.add(w);
                    }
                }
            }
            next++;
        }
        return label;
    }
}
