package nl.vico.analyzer.cohesion;

import nl.vico.analyzer.AnalysisContext;

/**
 * The connected components of the undirected view.
 *
 * @param component by actor index, its component's id; components are numbered 0, 1, … in the order of
 *                  their first actor in the dataset
 * @param sizes     actors per component, by component id
 */
public record Components(int[] component, int[] sizes) {
    public Components {
        for (int c : component) {
            if (c < 0 || c >= sizes.length) {
                throw new IllegalArgumentException("component id " + c + " has no size — give one size per component");
            }
        }
        component = component.clone();
        sizes = sizes.clone();
    }

    /** The components of the context's network, computed once per context. */
    public static Components of(AnalysisContext context) {
        return context.shared(Components.class, c -> new ComponentAnalysis().components(c.graph()));
    }

    /** Number of components (0 for an empty network). */
    public int count() {
        return sizes.length;
    }

    /** Component id of the actor with this index. */
    public int of(int actor) {
        return component[actor];
    }

    /** Size of the component with this id. */
    public int size(int id) {
        return sizes[id];
    }

    /** The id of a largest component (the first one when several are equally large), or -1 when there is none. */
    public int largest() {
        int best = -1;
        for (int c = 0; c < sizes.length; c++) {
            if (best < 0 || sizes[c] > sizes[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Whether every actor can reach every other (true for one actor, false for none). */
    public boolean connected() {
        return sizes.length == 1;
    }

    @Override
    public int[] component() {
        return component.clone();
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }
}
