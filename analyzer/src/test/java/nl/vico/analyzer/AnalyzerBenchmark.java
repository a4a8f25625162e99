package nl.vico.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: run by hand with
 * {@code ./mvnw -o -pl analyzer test -Dtest=AnalyzerBenchmark -Dvico.bench=true}. It prints the time of a
 * full analysis of a random 10,000-actor / 50,000-tie network (weights 1–5, 10 % directed ties).
 */
@EnabledIfSystemProperty(named = "vico.bench", matches = "true")
class AnalyzerBenchmark {
    @Test
    void fullAnalysis_of10kActorsAnd50kTies() {
        int n = Integer.getInteger("vico.bench.actors", 10_000);
        int t = Integer.getInteger("vico.bench.ties", 50_000);
        var random = new Random(1);
        var b = StakeholderNetwork.builder("bench");
        var types = ActorType.values();
        for (int i = 0; i < n; i++) {
            b.actor("a" + i, types[random.nextInt(types.length)]);
        }
        for (int k = 0; k < t; k++) {
            // preferential-ish: half the ends drawn from the first tenth, for hubs and a heavy tail
            int s = random.nextBoolean() ? random.nextInt(n / 10) : random.nextInt(n);
            int d = random.nextInt(n);
            boolean directed = random.nextInt(10) == 0;
            b.tie(new Tie("a" + s, "a" + d, directed ? TieKind.FUNDS : TieKind.COLLABORATES,
                    1 + random.nextInt(5), directed));
        }
        var network = b.build();
        var options = new AnalysisOptions(Integer.getInteger("vico.bench.threads", 2), 0, 42L);
        for (int round = 0; round < Integer.getInteger("vico.bench.rounds", 2); round++) {
            long start = System.nanoTime();
            var report = new NetworkAnalyzer(options).analyze(network);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("round " + round + ": " + ms + " ms for " + n + " actors, " + t + " ties");
            assertThat(report.actors()).hasSize(n);
        }
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String section : new String[] {"betweenness", "weighted", "directed", "betweenness", "weighted"}) {
            var context = new AnalysisContext(network, options);
            long start = System.nanoTime();
            long cpu = bean.getCurrentThreadCpuTime();
            switch (section) {
                case "betweenness" -> nl.vico.analyzer.centrality.Betweenness.of(context);
                case "weighted" -> nl.vico.analyzer.centrality.Betweenness.weightedOf(context);
                default -> nl.vico.analyzer.centrality.Betweenness.directedOf(context);
            }
            System.out.println(section + ": " + (System.nanoTime() - start) / 1_000_000 + " ms wall, "
                    + (bean.getCurrentThreadCpuTime() - cpu) / 1_000_000 + " ms cpu of the calling thread");
        }
    }
}
