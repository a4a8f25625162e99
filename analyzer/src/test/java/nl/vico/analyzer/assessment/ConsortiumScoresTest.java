package nl.vico.analyzer.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import nl.vico.analyzer.findings.Policy;
import nl.vico.model.MemberRole;
import org.junit.jupiter.api.Test;

/** The score formulas of {@link ConsortiumScores} on {@link Coalition#healthy()} and variants, derived by hand. */
class ConsortiumScoresTest {
    private static final double EPS = 1e-9;

    @Test
    void healthy_criterionScores_matchTheFormulas() {
        var s = Coalition.healthy().assess().scores();
        // diversity: IQV of 4 members of 4 types = (1 − 4·(1/4)²)/(1 − 1/10) = 0.75/0.9; required kinds 1; newcomers 1
        assertThat(s.score(Criterion.DIVERSITY)).isCloseTo(100 * (0.75 / 0.9 + 1 + 1) / 3, within(EPS));
        // power: HHI = 0.4² + 0.3² + 0.2² + 0.1² = 0.30 → 0.70; largest 0.4 ≤ 0.5 → 1; community 0.3 ≥ 0.1 → 1
        assertThat(s.score(Criterion.POWER_BALANCE)).isCloseTo(100 * (0.70 + 1 + 1) / 3, within(EPS));
        // bridging: the broker qualifies (1), one piece (1), every actor is a member or a contact, so every
        // community is reached (1)
        assertThat(s.score(Criterion.BRIDGING)).isCloseTo(100, within(EPS));
        // support: resident side = group, r1..r4; all 5 reached directly (1); involved: group (member) and r3
        // (trusts the lead) = 2/5; anchoring: 2 departments of the 2 asked (1)
        assertThat(s.score(Criterion.SUPPORT)).isCloseTo(100 * (1 + 0.4 + 1) / 3, within(EPS));
        // role clarity: facilitator with no municipal member (1), one lead (1), every member a role (1)
        assertThat(s.score(Criterion.ROLE_CLARITY)).isCloseTo(100, within(EPS));
        // scale: 5,000 ≤ 25,000 → clamp(2 − 0.2) = 1
        assertThat(s.score(Criterion.SCALE)).isCloseTo(100, within(EPS));
        double mean = (100 * (0.75 / 0.9 + 2) / 3 + 100 * 2.7 / 3 + 100 + 100 * 2.4 / 3 + 100 + 100) / 6;
        assertThat(s.overall()).isCloseTo(mean, within(EPS));
        assertThat(s.parts().get(Criterion.SUPPORT)).containsEntry("resident_involvement", 0.4);
    }

    @Test
    void overall_usesThePolicysWeights_andZeroLeavesACriterionOut() {
        var policy = Policy.fromMap(Map.of("weight_power_balance", 3, "weight_scale", 0));
        var s = Coalition.healthy().assess(policy).scores();
        double diversity = 100 * (0.75 / 0.9 + 2) / 3;
        double expected = (diversity + 3 * 90 + 100 + 80 + 100) / (1 + 3 + 1 + 1 + 1);
        assertThat(s.overall()).isCloseTo(expected, within(EPS));
        assertThat(s.weights()).containsEntry(Criterion.POWER_BALANCE, 3.0).containsEntry(Criterion.SCALE, 0.0);
    }

    @Test
    void scale_fallsLinearlyToZeroAtTwiceTheLimit() {
        var c = Coalition.healthy();
        c.residents = 31_500; // 2 − 31,500/25,000 = 0.74
        assertThat(c.assess().scores().score(Criterion.SCALE)).isCloseTo(74, within(EPS));
        c.residents = 50_000;
        assertThat(c.assess().scores().score(Criterion.SCALE)).isCloseTo(0, within(EPS));
        c.residents = null; // unknown: left out of the overall score
        var s = c.assess().scores();
        assertThat(s.score(Criterion.SCALE)).isNaN();
        double others = (100 * (0.75 / 0.9 + 2) / 3 + 90 + 100 + 80 + 100) / 5;
        assertThat(s.overall()).isCloseTo(others, within(EPS));
        assertThat(s.asMap()).containsEntry("scale", null);
    }

    @Test
    void roleClarity_undefinedRole_oneLead_oneMemberWithoutRole() {
        // as Zorgzaam De Kade: ½·0 + ¼·1 + ¼·(3/4) = 0.4375
        var c = Coalition.healthy().member("school", null, 0.2);
        c.role = null;
        assertThat(c.assess().scores().score(Criterion.ROLE_CLARITY)).isCloseTo(43.75, within(EPS));
    }

    @Test
    void powerBalance_concentratedBudget() {
        // € 70, 20, 10, 0: HHI 0.49 + 0.04 + 0.01 = 0.54 → 0.46; largest (1 − 0.7)/(1 − 0.5) = 0.6;
        // community say: the group holds 0.2 ≥ 0.1 → 1
        var a = Coalition.healthy().share("lead", 70).share("group", 20).share("school", 10).share("broker", 0).assess();
        assertThat(a.power().hhi()).isCloseTo(0.54, within(EPS));
        // normalised over 4 members: (0.54 − 0.25)/0.75
        assertThat(a.power().hhiNormalised()).isCloseTo(0.29 / 0.75, within(EPS));
        assertThat(a.scores().score(Criterion.POWER_BALANCE)).isCloseTo(100 * (0.46 + 0.6 + 1) / 3, within(EPS));
    }

    @Test
    void bridging_withoutBrokerAndInTwoPieces() {
        // no broker among the members; lead–group tied, school apart: 2 pieces of 3 members → 1 − 1/2
        var a = Coalition.healthy().remove("broker").assess();
        assertThat(a.bridging().memberComponents()).isEqualTo(2);
        assertThat(a.scores().parts().get(Criterion.BRIDGING))
                .containsEntry("independent_broker", 0.0).containsEntry("member_cohesion", 0.5);
    }

    @Test
    void diversity_missingKindsAndNoNewcomer() {
        // members lead (formal, not new), school: IQV (1 − 2·0.25)/0.9; required kinds (0 + 0)/2; newcomers 0
        var c = Coalition.healthy().remove("group").remove("broker");
        c.actor("lead", nl.vico.model.ActorType.SOCIAL_ENTREPRENEUR, true, false);
        c.member("lead", MemberRole.LEAD, 0.5);
        assertThat(c.assess().scores().score(Criterion.DIVERSITY)).isCloseTo(100 * (0.5 / 0.9) / 3, within(EPS));
    }
}
