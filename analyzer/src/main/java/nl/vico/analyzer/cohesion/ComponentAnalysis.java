package nl.vico.analyzer.cohesion;

import java.util.Arrays;
import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.model.StakeholderNetwork;

/**
 * Connected components of the undirected view: two actors are in one component when a chain of ties
 * joins them. Found by breadth-first search from each actor not yet reached (Moore 1959, "The shortest
 * path through a maze"; Hopcroft &amp; Tarjan 1973 for the linear bound). Components are numbered by their
 * first actor. O(n + m) time, O(n) memory.
 */
public final class ComponentAnalysis implements NetworkAnalysis<Components> {
    @Override
    public Components analyze(StakeholderNetwork network) {
        return components(CompactGraph.of(network));
    }

    public Components components(CompactGraph graph) {
        int n = graph.vertexCount();
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        int[] sizes = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (component[s] >= 0) {
                continue;
            }
            int id = count++;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            component[s] = id;
            while (head < tail) {
                int v = queue[head++];
                for (int i = off[v]; i < off[v + 1]; i++) {
                    int w = nb[i];
                    if (component[w] < 0) {
                        component[w] = id;
                        queue[tail++] = w;
                    }
                }
            }
            sizes[id] = tail;
        }
        return new Components(component, Arrays.copyOf(sizes, count));
    }
}
