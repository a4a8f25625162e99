package nl.vico.analyzer.centrality;

/**
 * Scores per actor from a power iteration, with how the iteration ended.
 *
 * @param values     by actor index
 * @param iterations iterations done
 * @param converged  whether the L1 change of the last iteration fell below the tolerance
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
