package nl.vico.analyzer.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.api.Test;

class CentralDecileAnalysisTest {

    @Test
    void topDecile_byBetweenness_tiesBrokenById() {
        var b = StakeholderNetwork.builder("c");
        // 12 actors → decile of ⌈12/10⌉ = 2. Informal: x0..x2 (residents); newcomer: p1
        for (int i = 0; i < 3; i++) {
            b.actor(Actor.of("x" + i, "X" + i, ActorType.RESIDENT));
        }
        for (int i = 0; i < 9; i++) {
            b.actor(new Actor("p" + i, "P" + i, ActorType.SCHOOL, null, true, i == 1, Map.of()));
        }
        var net = b.build();
        double[] betweenness = new double[12];
        betweenness[net.indexOf("p5")] = 10;
        betweenness[net.indexOf("x2")] = 4;
        betweenness[net.indexOf("p1")] = 4; // ties with x2: "p1" < "x2"
        var d = CentralDecileAnalysis.compute(net, betweenness);
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.actors()).containsExactly(net.indexOf("p5"), net.indexOf("p1"));
        assertThat(d.informalShareCentral()).isZero();
        assertThat(d.informalShareOverall()).isCloseTo(0.25, within(1e-15));
        assertThat(d.newcomerShareCentral()).isCloseTo(0.5, within(1e-15));
        assertThat(d.newcomerShareOverall()).isCloseTo(1.0 / 12, within(1e-15));
        assertThat(d.residentShareCentral()).isZero();
        assertThat(d.residentShareOverall()).isCloseTo(0.25, within(1e-15));
    }

    @Test
    void emptyNetwork_hasAnEmptyDecileWithUndefinedShares() {
        var d = CentralDecileAnalysis.compute(StakeholderNetwork.empty("e"), new double[0]);
        assertThat(d.size()).isZero();
        assertThat(d.informalShareCentral()).isNaN();
        assertThat(d.informalShareOverall()).isNaN();
    }
}
