package nl.vico.analyzer.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.assessment.recommend.Recommendation;
import nl.vico.analyzer.assessment.recommend.RecommendationAnalysis;
import nl.vico.analyzer.findings.Policy;
import nl.vico.model.ActorType;
import nl.vico.model.MemberRole;
import org.junit.jupiter.api.Test;

/**
 * A consortium of two professionals who are not tied to each other and have no residents: lead (social
 * entrepreneur, 0.6) and school (0.4). Around it: "bridge", the only resident group tied to both members;
 * "one", a resident group tied to the lead only; "far", a resident group tied to nobody in the consortium;
 * "firm", a business tied to both members. Adding "bridge" fills the missing kinds (resident side, informal)
 * and joins the two pieces: it is obviously the best addition; "firm" joins the pieces but fills no kind,
 * "one" fills the kinds but joins nothing.
 */
class RecommendationAnalysisTest {

    private static Coalition coalition() {
        var c = new Coalition();
        c.actor("lead", ActorType.SOCIAL_ENTREPRENEUR, true, true).actor("school", ActorType.SCHOOL, true, false);
        c.actor("bridge", ActorType.RESIDENT_GROUP, false, false).actor("one", ActorType.RESIDENT_GROUP, false, false)
                .actor("far", ActorType.RESIDENT_GROUP, false, false).actor("firm", ActorType.BUSINESS, true, false);
        c.tie("bridge", "lead").tie("bridge", "school").tie("one", "lead").tie("firm", "lead").tie("firm", "school")
                .tie("far", "one");
        c.member("lead", MemberRole.LEAD, 0.6).member("school", MemberRole.PARTNER, 0.4);
        return c;
    }

    private static nl.vico.analyzer.assessment.recommend.Recommendations recommend(int top) {
        return new RecommendationAnalysis().recommend(Coalition.context(coalition().network(), Policy.defaults()), "c", top);
    }

    @Test
    void theOnlyResidentGroupTiedToAllMembers_comesFirst() {
        var r = recommend(3);
        assertThat(r.candidates()).isEqualTo(4);
        assertThat(r.recommendations()).extracting(Recommendation::actor).startsWith("bridge");
        assertThat(r.recommendations()).extracting(Recommendation::actor).doesNotContain("far");
        var best = r.recommendations().get(0);
        assertThat(best.rank()).isEqualTo(1);
        assertThat(best.kindsFilled()).containsExactly("resident_side", "informal");
        assertThat(best.piecesJoined()).isEqualTo(2);
        assertThat(best.memberTies()).isEqualTo(2);
        assertThat(best.gain()).isPositive();
        assertThat(best.change().disappeared()).extracting(Finding::code)
                .contains(FindingCode.NO_RESIDENTS, FindingCode.NO_INFORMAL_PARTNERS, FindingCode.DISCONNECTED_MEMBERS);
        assertThat(best.reasons()).anySatisfy(s -> assertThat(s).contains("ties 2 separate pieces"))
                .anySatisfy(s -> assertThat(s).contains("resident groups"))
                .anySatisfy(s -> assertThat(s).contains("budget share of 0%"));
        // joining without budget: the concentration stays (HHI 0.36 + 0.16 = 0.52)
        assertThat(best.change().after().power().hhi()).isCloseTo(0.52, within(1e-12));
        assertThat(best.change().scoreChange().get(Criterion.POWER_BALANCE)).isCloseTo(0, within(1e-12));
        // the gain is the overall score's change
        assertThat(best.gain()).isCloseTo(best.change().after().scores().overall()
                - best.change().before().scores().overall(), within(1e-12));
    }

    @Test
    void gainsAreOrdered_andAnActorWithoutTieToAnyMemberComesLast() {
        var r = recommend(4);
        assertThat(r.recommendations()).extracting(Recommendation::actor).endsWith("far");
        var list = r.recommendations();
        for (int i = 1; i < 3; i++) {
            assertThat(list.get(i - 1).gain()).isGreaterThanOrEqualTo(list.get(i).gain());
        }
        assertThat(list.get(3).reasons()).anySatisfy(s -> assertThat(s).contains("no tie to any member"));
    }

    @Test
    void top_mustBePositive_andConsortiumKnown() {
        assertThatThrownBy(() -> recommend(0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new RecommendationAnalysis()
                .recommend(Coalition.context(coalition().network(), Policy.defaults()), "d", 1))
                .hasMessageContaining("no consortium d");
    }
}
