package nl.vico.analyzer.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import nl.vico.analyzer.testing.ReferenceData;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LouvainAnalysisTest {

    /** Newman's Q straight from its definition, (1/2m) Σ_ij [A_ij − k_i k_j / 2m] δ(c_i, c_j), O(n²). */
    private static double naiveModularity(CompactGraph g, int[] membership) {
        int n = g.vertexCount();
        double m2 = 2.0 * g.edgeCount();
        double q = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (membership[i] == membership[j]) {
                    q += (g.adjacent(i, j) ? 1 : 0) - g.degree(i) * (double) g.degree(j) / m2;
                }
            }
        }
        return q / m2;
    }

    /** k groups of 5 fully tied actors, group i tied to group i+1 (mod k) by one tie. */
    private static StakeholderNetwork ringOfCliques(int k) {
        var ids = new ArrayList<String>();
        var pairs = new ArrayList<String>();
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < 5; i++) {
                ids.add("c" + c + "x" + i);
                for (int j = 0; j < i; j++) {
                    pairs.add("c" + c + "x" + j + "-c" + c + "x" + i);
                }
            }
            pairs.add("c" + c + "x0-c" + ((c + 1) % k) + "x1");
        }
        return Networks.undirected(ids, pairs.toArray(String[]::new));
    }

    @Test
    void ringOfCliques_isSplitIntoItsCliques() {
        var network = ringOfCliques(6);
        var partition = new LouvainAnalysis(42).analyze(network);
        assertThat(partition.count()).isEqualTo(6);
        for (int v = 0; v < network.size(); v++) {
            // ids follow the first actor: clique c is community c
            assertThat(partition.of(v)).isEqualTo(v / 5);
        }
    }

    @Test
    void karateClub_reachesTheKnownModularityLevel() {
        var graph = CompactGraph.of(ReferenceData.network("karate_club"));
        var partition = new LouvainAnalysis(42).partition(graph);
        // the best partition of the karate club has Q = 0.4198 (Brandes et al. 2008, "On modularity
        // clustering"); Louvain reaches 0.4188 on it in Blondel et al.'s runs
        assertThat(partition.modularity()).isBetween(0.40, 0.4198 + 1e-4);
        assertThat(partition.modularity()).isCloseTo(naiveModularity(graph, partition.membership()), within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomNetworks_giveConnectedCommunities_numberedByFirstActor_withCorrectModularity(long seed) {
        var graph = CompactGraph.of(Networks.random(seed, 60, 0.06, true));
        var partition = new LouvainAnalysis(seed).partition(graph);
        int[] m = partition.membership();
        assertThat(partition.modularity()).isCloseTo(naiveModularity(graph, m), within(1e-12));
        int next = 0;
        for (int v = 0; v < m.length; v++) {
            assertThat(m[v]).isLessThanOrEqualTo(next);
            if (m[v] == next) {
                next++;
            }
        }
        assertThat(next).isEqualTo(partition.count());
        // every community is connected: a BFS inside it from its first actor reaches all of it
        for (int c = 0; c < partition.count(); c++) {
            List<Integer> members = new ArrayList<>();
            for (int v = 0; v < m.length; v++) {
                if (m[v] == c) {
                    members.add(v);
                }
            }
            var seen = new boolean[m.length];
            var queue = new ArrayList<Integer>(List.of(members.get(0)));
            seen[members.get(0)] = true;
            for (int i = 0; i < queue.size(); i++) {
                int v = queue.get(i);
                for (int j = graph.offsets()[v]; j < graph.offsets()[v + 1]; j++) {
                    int w = graph.neighbours()[j];
                    if (!seen[w] && m[w] == c) {
                        seen[w] = true;
                        queue.add(w);
                    }
                }
            }
            assertThat(queue).hasSameSizeAs(members);
        }
    }

    @Test
    void sameSeed_givesTheSamePartition() {
        var network = Networks.random(8, 80, 0.05, false);
        var a = new LouvainAnalysis(5).analyze(network);
        var b = new LouvainAnalysis(5).analyze(network);
        assertThat(a.membership()).containsExactly(b.membership());
        assertThat(a.modularity()).isEqualTo(b.modularity());
    }

    @Test
    void networkWithoutTies_hasOneCommunityPerActor_andUndefinedModularity() {
        var partition = new LouvainAnalysis(1).analyze(Networks.isolated("a", "b", "c"));
        assertThat(partition.membership()).containsExactly(0, 1, 2);
        assertThat(partition.modularity()).isNaN();
        assertThat(new LouvainAnalysis(1).analyze(StakeholderNetwork.empty("e")).count()).isZero();
    }

    @Test
    void communities_areComputedOncePerContext() {
        var context = new AnalysisContext(Networks.twoCliquesWithBridge(4), new AnalysisOptions(1, 0, 3));
        assertThat(Communities.of(context)).isSameAs(Communities.of(context));
        assertThat(Communities.of(context).sizes()).containsExactly(4, 4);
    }

    @Test
    void partition_refusesIdsOutsideItsCount() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CommunityPartition(new int[] {0, 2}, 2, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..count-1");
    }
}
