package nl.vico.analyzer.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.findings.Policy;
import org.junit.jupiter.api.Test;

/** What-if on {@link Coalition#healthy()}: members added and removed, the difference derived by hand. */
class WhatIfTest {
    private final ConsortiumAssessmentAnalysis analysis = new ConsortiumAssessmentAnalysis();

    private AssessmentChange whatIf(List<String> add, List<String> remove) {
        return analysis.whatIf(Coalition.context(Coalition.healthy().network(), Policy.defaults()), "c", add, remove);
    }

    @Test
    void removingTheBroker_bringsMissingBrokerAndDisconnectedMembers() {
        var change = whatIf(List.of(), List.of("broker"));
        assertThat(change.removed()).containsExactly("broker");
        assertThat(change.added()).isEmpty();
        assertThat(change.disappeared()).isEmpty();
        assertThat(change.appeared()).extracting(Finding::code)
                .containsExactlyInAnyOrder(FindingCode.MISSING_BROKER, FindingCode.DISCONNECTED_MEMBERS);
        // bridging: before 100; after: no broker (0), lead–group and school in 2 pieces of 3 (1 − 1/2), all
        // communities still reached (the broker is now a contact) → (0 + 0.5 + 1)/3 = 50
        assertThat(change.scoreChange().get(Criterion.BRIDGING)).isCloseTo(-50, within(1e-9));
        // the remaining shares are normalised again: 0.4, 0.3, 0.2 of 0.9
        assertThat(change.after().member("lead").orElseThrow().budgetShare()).isCloseTo(0.4 / 0.9, within(1e-12));
    }

    @Test
    void addingAMember_joinsWithoutBudget_andLeavesConcentrationAsItWas() {
        var change = whatIf(List.of("r3"), List.of());
        assertThat(change.added()).containsExactly("r3");
        var r3 = change.after().member("r3").orElseThrow();
        assertThat(r3.budgetShare()).isEqualTo(0.0);
        assertThat(r3.role()).isEqualTo(nl.vico.model.MemberRole.PARTNER);
        assertThat(change.after().power().hhi()).isCloseTo(change.before().power().hhi(), within(1e-15));
        assertThat(change.scoreChange().get(Criterion.POWER_BALANCE)).isCloseTo(0, within(1e-12));
        // a fifth type (resident): IQV of 5 members of 5 types = 0.8/0.9 instead of 0.75/0.9
        assertThat(change.scoreChange().get(Criterion.DIVERSITY)).isCloseTo(100 * (0.8 - 0.75) / 0.9 / 3, within(1e-9));
        assertThat(change.appeared()).isEmpty();
    }

    @Test
    void wrongChanges_areRefusedNamingTheActor() {
        assertThatThrownBy(() -> whatIf(List.of("lead"), List.of())).hasMessageContaining("cannot add lead: it is already a member");
        assertThatThrownBy(() -> whatIf(List.of(), List.of("r1"))).hasMessageContaining("cannot remove r1: it is not a member");
        assertThatThrownBy(() -> whatIf(List.of("schol"), List.of())).hasMessageContaining("no actor schol")
                .hasMessageContaining("did you mean school");
        assertThatThrownBy(() -> analysis.whatIf(Coalition.context(Coalition.healthy().network(), Policy.defaults()),
                "cc", List.of(), List.of())).hasMessageContaining("no consortium cc").hasMessageContaining("did you mean c");
    }
}
