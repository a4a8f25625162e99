package nl.vico.analyzer.centrality;

import java.util.Arrays;
import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.model.StakeholderNetwork;

/**
 * Eigenvector centrality (Bonacich 1972, "Factoring and weighting approaches to status scores and clique
 * identification", J. Math. Sociol. 2(1):113–120): an actor is central when its neighbours are, x = A·x/λ
 * for the largest eigenvalue λ of the unweighted adjacency matrix A.
 *
 * <p><b>Convention</b> (as NetworkX's {@code eigenvector_centrality}): unit Euclidean norm, all scores
 * ≥ 0, found by power iteration on A + I from the uniform vector. The shift by I keeps the iteration
 * convergent on bipartite graphs (where A alone oscillates between +λ and −λ) without changing the
 * eigenvectors. On a disconnected network the iteration converges to the start vector's projection onto
 * the leading eigenspace: actors outside the component(s) with the largest λ tend to 0, and components
 * that share the largest λ split the norm between them (isolates get 0 unless there are no ties at all,
 * when every actor gets 1/√n).
 *
 * <p>The error shrinks by about (1 + λ₂)/(1 + λ₁) per iteration, which is close to 1 on long chains of
 * ties (a path of 2,000 actors needs millions of iterations). The iteration therefore stops when the
 * remaining error, estimated from the L1 change c and the observed contraction r = c_k/c_{k−1} as
 * c·r/(1−r), is below 1e-10 as well as c itself; or after {@link #MAX_ITERATIONS}, when the result says it
 * did not converge and the scores are approximate. Cost O(n + m) per iteration; memory O(n).
 */
public final class EigenvectorAnalysis implements NetworkAnalysis<IterativeScores> {
    public static final double TOLERANCE = 1e-10;
    public static final int MAX_ITERATIONS = 5_000;
    /** Actors per call of the loops: small methods called often are compiled early by the JIT. */
    private static final int BLOCK = 64;

    @Override
    public IterativeScores analyze(StakeholderNetwork network) {
        return scores(CompactGraph.of(network));
    }

    public IterativeScores scores(CompactGraph graph) {
        int n = graph.vertexCount();
        if (n == 0) {
            return new IterativeScores(new double[0], 0, true);
        }
        int[] off = graph.offsets();
        int[] nb = graph.neighbours();
        double[] x = new double[n];
        double[] y = new double[n];
        Arrays.fill(x, 1.0 / n);
        int iteration = 0;
        boolean converged = false;
        double previous = Double.NaN;
        while (iteration < MAX_ITERATIONS && !converged) {
            iteration++;
            double norm = 0;
            for (int b = 0; b < n; b += BLOCK) {
                norm += multiply(b, Math.min(n, b + BLOCK), off, nb, x, y);
            }
            norm = Math.sqrt(norm);
            double change = 0;
            for (int b = 0; b < n; b += BLOCK) {
                change += normalise(b, Math.min(n, b + BLOCK), norm, x, y);
            }
            double[] t = x;
            x = y;
            y = t;
            double ratio = change / previous;
            double remaining = change == 0 ? 0 : ratio < 1 ? change * ratio / (1 - ratio) : Double.POSITIVE_INFINITY;
            converged = change < TOLERANCE && remaining < TOLERANCE;
            previous = change;
        }
        return new IterativeScores(x, iteration, converged);
    }

    /** y = (A + I)·x on [from, to); returns Σ y² there. */
    private static double multiply(int from, int to, int[] off, int[] nb, double[] x, double[] y) {
        double squares = 0;
        for (int v = from; v < to; v++) {
            double s = gather(x[v], off[v], off[v + 1], nb, x);
            y[v] = s;
            squares += s * s;
        }
        return squares;
    }

    private static double gather(double start, int from, int to, int[] nb, double[] x) {
        double s = start;
        for (int i = from; i < to; i++) {
            s += x[nb[i]];
        }
        return s;
    }

    /** y /= norm on [from, to); returns Σ |y − x| there. */
    private static double normalise(int from, int to, double norm, double[] x, double[] y) {
        double change = 0;
        for (int v = from; v < to; v++) {
            y[v] /= norm;
            change += Math.abs(y[v] - x[v]);
        }
        return change;
    }
}
