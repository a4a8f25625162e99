package nl.vico.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Random;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test (it asserts no time): run by hand with
 * {@code ./mvnw -o -pl analyzer test -Dtest=AnalyzerBenchmark -Dvico.bench=true} and optionally
 * {@code -Dvico.bench.actors=10000 -Dvico.bench.ties=50000 -Dvico.bench.threads=2 -Dvico.bench.sample=0}.
 * It prints wall and process CPU time of full analyses of a random network (half the tie ends drawn
 * from a tenth of the actors, for hubs; weights 1–5; 10 % directed ties).
 */
@EnabledIfSystemProperty(named = "vico.bench", matches = "true")
class AnalyzerBenchmark {
    @Test
    void fullAnalysis_ofARandomNetwork() {
        int n = Integer.getInteger("vico.bench.actors", 10_000);
        int t = Integer.getInteger("vico.bench.ties", 50_000);
        var random = new Random(1);
        var b = StakeholderNetwork.builder("bench");
        var types = ActorType.values();
        for (int i = 0; i < n; i++) {
            b.actor("a" + i, types[random.nextInt(types.length)]);
        }
        for (int k = 0; k < t; k++) {
            int s = random.nextBoolean() ? random.nextInt(Math.max(1, n / 10)) : random.nextInt(n);
            int d = random.nextInt(n);
            boolean directed = random.nextInt(10) == 0;
            b.tie(new Tie("a" + s, "a" + d, directed ? TieKind.FUNDS : TieKind.COLLABORATES,
                    1 + random.nextInt(5), directed));
        }
        var network = b.build();
        var options = new AnalysisOptions(Integer.getInteger("vico.bench.threads", 2),
                Integer.getInteger("vico.bench.sample", 0), 42L);
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            var report = new NetworkAnalyzer(options).analyze(network);
            System.out.printf("round %d: %d ms wall, %d ms process cpu (%d actors, %d ties, %s)%n", round,
                    (System.nanoTime() - start) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000, n, t, options);
            assertThat(report.actors()).hasSize(n);
        }
    }
}
