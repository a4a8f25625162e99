package nl.vico.analyzer.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.api.Test;

class DiversityAnalysisTest {
    private static final double EPS = 1e-12;

    @Test
    void twoEqualTypes_handDerived() {
        var net = StakeholderNetwork.builder("d").actor("r1", ActorType.RESIDENT).actor("r2", ActorType.RESIDENT)
                .actor("s1", ActorType.SCHOOL).actor("s2", ActorType.SCHOOL).build();
        var d = new DiversityAnalysis().analyze(net);
        // Σp² = 1/4 + 1/4: Blau 1/2; IQV = (1/2)/(1 − 1/10) = 5/9; H = ln 2, evenness ln 2 / ln 10
        assertThat(d.blau()).isCloseTo(0.5, within(EPS));
        assertThat(d.blauNormalised()).isCloseTo(5.0 / 9, within(EPS));
        assertThat(d.shannonEvenness()).isCloseTo(Math.log(2) / Math.log(10), within(EPS));
        assertThat(d.count(ActorType.SCHOOL)).isEqualTo(2);
        assertThat(d.share(ActorType.RESIDENT)).isCloseTo(0.5, within(EPS));
        assertThat(d.share(ActorType.BROKER)).isZero();
        assertThat(d.typesPresent()).isEqualTo(2);
    }

    @Test
    void allTenTypesEqual_isPerfectlyDiverse() {
        int[] counts = new int[10];
        java.util.Arrays.fill(counts, 3);
        var d = DiversityAnalysis.of(counts);
        // Σp² = 10·(1/10)² = 1/10: Blau 0.9 = 1 − 1/K, IQV 1, evenness ln 10 / ln 10 = 1
        assertThat(d.blau()).isCloseTo(0.9, within(EPS));
        assertThat(d.blauNormalised()).isCloseTo(1.0, within(EPS));
        assertThat(d.shannonEvenness()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void oneActor_hasNoDiversity_andEmptyIsUndefined() {
        var one = new DiversityAnalysis().analyze(StakeholderNetwork.builder("o").actor("a", ActorType.SCHOOL).build());
        assertThat(one.blau()).isZero();
        assertThat(one.blauNormalised()).isZero();
        assertThat(one.shannonEvenness()).isZero();
        var empty = new DiversityAnalysis().analyze(StakeholderNetwork.empty("e"));
        assertThat(empty.blau()).isNaN();
        assertThat(empty.share(ActorType.RESIDENT)).isNaN();
        @SuppressWarnings("unchecked")
        var resident = (Map<String, Object>) empty.asMap().get("resident");
        assertThat(resident.get("share")).isNull();
        assertThat(resident.get("count")).isEqualTo(0);
    }

    @Test
    void subsetOfActors_countsOnlyThem() {
        var net = StakeholderNetwork.builder("d").actor("r1", ActorType.RESIDENT).actor("s1", ActorType.SCHOOL)
                .actor("m", ActorType.MUNICIPALITY).build();
        var d = DiversityAnalysis.of(net, new int[] {0, 1});
        assertThat(d.total()).isEqualTo(2);
        assertThat(d.count(ActorType.MUNICIPALITY)).isZero();
        assertThat(d.blau()).isCloseTo(0.5, within(EPS));
    }
}
