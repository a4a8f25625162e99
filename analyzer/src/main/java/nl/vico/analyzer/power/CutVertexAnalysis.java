package nl.vico.analyzer.power;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;

/**
 * The articulation points of the undirected view with the damage their removal does: how many actors
 * lose contact with the largest remaining part, and how many resident-side actors lose every path to the
 * municipality. Articulation points by Hopcroft and Tarjan's low-point depth-first search (J. Hopcroft and
 * R. Tarjan, "Algorithm 447: efficient algorithms for graph manipulation", CACM 16 (1973) 372–378): a
 * child c of v in the DFS tree with low(c) ≥ disc(v) hangs off v, and its subtree becomes a separate part
 * when v goes; the rest of v's component is one more part. Part sizes and their resident and
 * municipality counts come from subtree sums, so the whole analysis is one iterative DFS: O(n + m).
 */
public final class CutVertexAnalysis implements NetworkAnalysis<List<CutVertex>> {

    @Override
    public List<CutVertex> analyze(StakeholderNetwork network) {
        return compute(network, CompactGraph.of(network));
    }

    /** Every articulation point, the most damaging first (actors split off, then residents cut off, then index). */
    public static List<CutVertex> compute(StakeholderNetwork network, CompactGraph graph) {
        int n = graph.vertexCount();
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] size = new int[n];
        int[] residents = new int[n];
        int[] municipal = new int[n];
        int[] edge = new int[n];
        int[] stack = new int[n];
        Arrays.fill(disc, -1);
        // per vertex: sizes of the separated child subtrees are summed as we go
        int[] sepSize = new int[n];
        int[] sepResidents = new int[n];
        int[] sepMunicipal = new int[n];
        int[] sepPieces = new int[n];
        int[] largestSep = new int[n];
        // residents in separated pieces that hold no municipality actor
        int[] sepResidentsWithoutMunicipality = new int[n];
        boolean[] isResident = new boolean[n];
        boolean[] isMunicipal = new boolean[n];
        for (int i = 0; i < n; i++) {
            ActorType t = network.actor(i).type();
            isResident[i] = t.isResidentSide();
            isMunicipal[i] = t == ActorType.MUNICIPALITY;
        }
        List<CutVertex> result = new ArrayList<>();
        int time = 0;
        List<Integer> compVertices = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (disc[root] >= 0) {
                continue;
            }
            compVertices.clear();
            int sp = 0;
            stack[sp++] = root;
            parent[root] = -1;
            disc[root] = low[root] = time++;
            edge[root] = off[root];
            initSubtree(root, size, residents, municipal, isResident, isMunicipal);
            compVertices.add(root);
            while (sp > 0) {
                int v = stack[sp - 1];
                if (edge[v] < off[v + 1]) {
                    int w = nb[edge[v]++];
                    if (disc[w] < 0) {
                        parent[w] = v;
                        disc[w] = low[w] = time++;
                        edge[w] = off[w];
                        initSubtree(w, size, residents, municipal, isResident, isMunicipal);
                        compVertices.add(w);
                        stack[sp++] = w;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    sp--;
                    int p = parent[v];
                    if (p >= 0) {
                        low[p] = Math.min(low[p], low[v]);
                        size[p] += size[v];
                        residents[p] += residents[v];
                        municipal[p] += municipal[v];
                        if (low[v] >= disc[p]) { // v's subtree falls off when p is removed
                            sepPieces[p]++;
                            sepSize[p] += size[v];
                            sepResidents[p] += residents[v];
                            sepMunicipal[p] += municipal[v];
                            largestSep[p] = Math.max(largestSep[p], size[v]);
                            if (municipal[v] == 0) {
                                sepResidentsWithoutMunicipality[p] += residents[v];
                            }
                        }
                    }
                }
            }
            int compSize = size[root];
            int compResidents = residents[root];
            int compMunicipal = municipal[root];
            for (int v : compVertices) {
                int restSize = compSize - 1 - sepSize[v];
                int pieces = sepPieces[v] + (restSize > 0 ? 1 : 0);
                if (pieces < 2) {
                    continue;
                }
                int largest = Math.max(largestSep[v], restSize);
                int splitOff = compSize - 1 - largest;
                int otherMunicipal = compMunicipal - (isMunicipal[v] ? 1 : 0);
                int cutOff = 0;
                if (otherMunicipal > 0) {
                    cutOff = sepResidentsWithoutMunicipality[v];
                    int restResidents = compResidents - (isResident[v] ? 1 : 0) - sepResidents[v];
                    int restMunicipal = otherMunicipal - sepMunicipal[v];
                    if (restSize > 0 && restMunicipal == 0) {
                        cutOff += restResidents;
                    }
                }
                result.add(new CutVertex(v, pieces, splitOff, cutOff));
            }
        }
        result.sort(Comparator.comparingInt(CutVertex::actorsSplitOff).reversed()
                .thenComparing(Comparator.comparingInt(CutVertex::residentsCutOff).reversed())
                .thenComparingInt(CutVertex::actor));
        return List.copyOf(result);
    }

    private static void initSubtree(int v, int[] size, int[] residents, int[] municipal, boolean[] isResident,
                                    boolean[] isMunicipal) {
        size[v] = 1;
        residents[v] = isResident[v] ? 1 : 0;
        municipal[v] = isMunicipal[v] ? 1 : 0;
    }
}
