package nl.vico.analyzer.centrality;

/**
 * Scores per actor from an iterative solver, with how it ended.
 *
 * @param values     by actor index
 * @param iterations matrix–vector products done (power steps, solver steps and checks)
 * @param converged  whether the solver's stopping rule was met (see the analysis that made the scores)
 */
public record IterativeScores(double[] values, int iterations, boolean converged) {
    public IterativeScores {
        values = values.clone();
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations cannot be negative");
        }
    }

    /** Score of the actor with this index. */
    public double of(int actor) {
        return values[actor];
    }

    public int size() {
        return values.length;
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
