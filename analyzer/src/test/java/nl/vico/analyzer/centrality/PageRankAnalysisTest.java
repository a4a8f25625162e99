package nl.vico.analyzer.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;

/**
 * PageRank against its definition written out densely: the walk matrix P from the ties, the scores as
 * the solution of x = d·P·x + d·(Σ_{sinks} x)/n + (1 − d)/n with Σx = 1, solved by Gaussian elimination.
 */
class PageRankAnalysisTest {
    private static final double D = PageRankAnalysis.DAMPING;

    @Test
    void everyView_matchesTheDenseSolution_withinTheDocumentedBound_onRandomMessyNetworks() {
        for (long seed = 1; seed <= 8; seed++) {
            // messy: directed ties, parallel ties, self-loops; several weights; some isolates at this density
            var network = Networks.random(seed, 40, 0.06, true, 1, 2.5, 4);
            var graph = CompactGraph.of(network);
            for (var view : PageRankAnalysis.View.values()) {
                var scores = new PageRankAnalysis(view).scores(graph);
                double[] exact = dense(network, view);
                double l1 = 0;
                for (int v = 0; v < exact.length; v++) {
                    l1 += Math.abs(scores.of(v) - exact[v]);
                }
                // the class's bound: d/(1−d)·1e-10 in L1, plus rounding
                assertThat(l1).as("seed %d view %s", seed, view).isLessThan(D / (1 - D) * 1e-10 + 1e-14);
                assertThat(scores.converged()).isTrue();
            }
        }
    }

    @Test
    void returnedScores_passTheStoppingRule_oneMorePowerStepMovesThemByLessThanTheTolerance() {
        // the scores returned are one power step from a candidate that the step moved by < 1e-10, and the step
        // contracts L1 distances by d: one more step moves them by < d·1e-10
        for (long seed = 11; seed <= 14; seed++) {
            var network = Networks.random(seed, 300, 0.02, true, 1, 3);
            var graph = CompactGraph.of(network);
            for (var view : PageRankAnalysis.View.values()) {
                double[] x = new PageRankAnalysis(view).scores(graph).values();
                double[] next = powerStep(network, view, x);
                double change = 0;
                double sum = 0;
                for (int v = 0; v < x.length; v++) {
                    change += Math.abs(next[v] - x[v]);
                    sum += x[v];
                }
                assertThat(change).as("seed %d view %s", seed, view).isLessThan(D * PageRankAnalysis.TOLERANCE + 1e-14);
                assertThat(sum).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    @Test
    void directedChain_givesTheClosedForm() {
        // a→b→c: a receives only the uniform share u = (1−d)/3 + d·x_c/3 (c is a sink), b = u + d·a, c = u + d·b;
        // with a = u: b = u(1+d), c = u(1+d+d²), and a+b+c = 1 fixes u from x_c
        var network = StakeholderNetwork.builder("chain")
                .actor("a", ActorType.MUNICIPALITY).actor("b", ActorType.FOUNDATION).actor("c", ActorType.RESIDENT)
                .tie(new Tie("a", "b", TieKind.FUNDS, 1, true))
                .tie(new Tie("b", "c", TieKind.FUNDS, 1, true))
                .build();
        var scores = new PageRankAnalysis(PageRankAnalysis.View.DIRECTED).analyze(network);
        double u = 1 / (3 + 2 * D + D * D);
        assertThat(scores.of(0)).isCloseTo(u, within(1e-10));
        assertThat(scores.of(1)).isCloseTo(u * (1 + D), within(1e-10));
        assertThat(scores.of(2)).isCloseTo(u * (1 + D + D * D), within(1e-10));
    }

    @Test
    void isolatesOnly_andEmpty_areUniformAndEmpty() {
        var scores = new PageRankAnalysis(PageRankAnalysis.View.UNDIRECTED).analyze(Networks.isolated("a", "b", "c", "d"));
        assertThat(scores.values()).containsExactly(0.25, 0.25, 0.25, 0.25);
        assertThat(new PageRankAnalysis(PageRankAnalysis.View.WEIGHTED).analyze(StakeholderNetwork.empty("e")).size())
                .isZero();
    }

    @Test
    void path_isSymmetric_andTheEndsRankLowest() {
        var scores = new PageRankAnalysis(PageRankAnalysis.View.UNDIRECTED).analyze(Networks.path(9));
        for (int v = 0; v < 9; v++) {
            assertThat(scores.of(v)).isCloseTo(scores.of(8 - v), within(1e-12));
        }
        assertThat(scores.of(0)).isLessThan(scores.of(1));
        assertThat(scores.converged()).isTrue();
    }

    /** The dense walk matrix of a view: column u holds where the walker at u goes (all zero for a sink). */
    private static double[][] walk(StakeholderNetwork network, PageRankAnalysis.View view) {
        int n = network.size();
        double[][] a = new double[n][n]; // a[u][v]: strength of following u → v
        for (Tie t : network.ties()) {
            int s = network.indexOf(t.source());
            int d = network.indexOf(t.target());
            if (s == d) {
                continue;
            }
            switch (view) {
                case UNDIRECTED -> {
                    a[s][d] = 1;
                    a[d][s] = 1;
                }
                case WEIGHTED -> {
                    a[s][d] += t.weight();
                    a[d][s] += t.weight();
                }
                case DIRECTED -> {
                    a[s][d] = 1;
                    if (!t.directed()) {
                        a[d][s] = 1;
                    }
                }
            }
        }
        double[][] p = new double[n][n];
        for (int u = 0; u < n; u++) {
            double out = 0;
            for (int v = 0; v < n; v++) {
                out += a[u][v];
            }
            for (int v = 0; v < n; v++) {
                p[v][u] = out == 0 ? 0 : a[u][v] / out;
            }
        }
        return p;
    }

    /** One step x' = d·P·x + d·(Σ_{sinks} x)/n + (1 − d)/n, densely. */
    private static double[] powerStep(StakeholderNetwork network, PageRankAnalysis.View view, double[] x) {
        double[][] p = walk(network, view);
        int n = x.length;
        double sinks = 0;
        for (int u = 0; u < n; u++) {
            double out = 0;
            for (int v = 0; v < n; v++) {
                out += p[v][u];
            }
            if (out == 0) {
                sinks += x[u];
            }
        }
        double[] next = new double[n];
        for (int v = 0; v < n; v++) {
            double s = 0;
            for (int u = 0; u < n; u++) {
                s += p[v][u] * x[u];
            }
            next[v] = D * s + D * sinks / n + (1 - D) / n;
        }
        return next;
    }

    /**
     * The exact scores: with sinks spreading uniformly, x = d·(P + (1/n)·1·s^T)·x + (1 − d)/n·1 (s the sink
     * indicator), i.e. (I − d·P − (d/n)·1·s^T)·x = (1 − d)/n·1; Gaussian elimination with partial pivoting.
     */
    private static double[] dense(StakeholderNetwork network, PageRankAnalysis.View view) {
        double[][] p = walk(network, view);
        int n = p.length;
        double[][] m = new double[n][n + 1];
        for (int u = 0; u < n; u++) {
            double out = 0;
            for (int v = 0; v < n; v++) {
                out += p[v][u];
            }
            for (int v = 0; v < n; v++) {
                m[v][u] = (v == u ? 1 : 0) - D * p[v][u] - (out == 0 ? D / n : 0);
            }
        }
        for (int v = 0; v < n; v++) {
            m[v][n] = (1 - D) / n;
        }
        for (int c = 0; c < n; c++) {
            int best = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[best][c])) {
                    best = r;
                }
            }
            double[] t = m[c];
            m[c] = m[best];
            m[best] = t;
            for (int r = 0; r < n; r++) {
                if (r != c && m[r][c] != 0) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int v = 0; v < n; v++) {
            x[v] = m[v][n] / m[v][v];
        }
        return x;
    }
}
