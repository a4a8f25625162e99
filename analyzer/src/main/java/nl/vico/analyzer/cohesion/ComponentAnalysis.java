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
    /** Queued actors visited per call: small methods called often are compiled early by the JIT. */
    private static final int BLOCK = 32;

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
        int tail = 0;
        for (int s = 0; s < n; s++) {
            if (component[s] >= 0) {
                continue;
            }
            int id = count++;
            int first = tail;
            int head = tail;
            queue[tail++] = s;
            component[s] = id;
            while (head < tail) {
                int stop = Math.min(tail, head + BLOCK);
                tail = visitAll(head, stop, id, off, nb, component, queue, tail);
                head = stop;
            }
            sizes[id] = tail - first;
        }
        return new Components(component, Arrays.copyOf(sizes, count));
    }

    /** Visits the queued actors queue[from..to), which may queue more behind the end; returns the new end. */
    private static int visitAll(int from, int to, int id, int[] off, int[] nb, int[] component, int[] queue,
                                int tail) {
        for (int q = from; q < to; q++) {
            tail = visit(queue[q], id, off, nb, component, queue, tail);
        }
        return tail;
    }

    /** Labels v's unlabelled neighbours with the component id and queues them; returns the new queue end. */
    private static int visit(int v, int id, int[] off, int[] nb, int[] component, int[] queue, int tail) {
        for (int i = off[v], end = off[v + 1]; i < end; i++) {
            int w = nb[i];
            if (component[w] < 0) {
                component[w] = id;
                queue[tail++] = w;
            }
        }
        return tail;
    }
}
