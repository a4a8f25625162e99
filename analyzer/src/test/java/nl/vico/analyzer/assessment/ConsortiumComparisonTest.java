package nl.vico.analyzer.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.findings.Policy;
import nl.vico.model.Consortium;
import nl.vico.model.Membership;
import nl.vico.model.MunicipalRole;
import nl.vico.model.Neighbourhood;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.api.Test;

/**
 * Three proposals with the same members as {@link Coalition#healthy()} that differ in one respect each: "good"
 * (as healthy), "vague" (the municipality's role not stated: role clarity ½·0 + ¼ + ¼ = 50 instead of 100, so
 * its overall score is 50/6 lower) and "big" (a neighbourhood of 50,000: scale 0 instead of 100, 100/6 lower).
 * A fourth, "other", bids for another task.
 */
class ConsortiumComparisonTest {

    private static StakeholderNetwork network() {
        var base = Coalition.healthy();
        var consortia = List.of(
                new Consortium("vague", "Vague", "task", "wijk", null),
                new Consortium("big", "Big", "task", "stad", MunicipalRole.FACILITATOR),
                new Consortium("good", "Good", "task", "wijk", MunicipalRole.FACILITATOR),
                new Consortium("other", "Other", "another task", "wijk", MunicipalRole.FACILITATOR));
        var members = new ArrayList<Membership>();
        for (var c : consortia) {
            for (var m : base.members.values()) {
                members.add(new Membership(c.id(), m.actor(), m.role(), m.budgetShare()));
            }
        }
        return new StakeholderNetwork("comparison", List.copyOf(base.actors.values()), base.ties, consortia, members,
                List.of(new Neighbourhood("wijk", "Wijk", 5000), new Neighbourhood("stad", "Stad", 50_000)));
    }

    private static ConsortiumComparison compare(String task) {
        return new ConsortiumAssessmentAnalysis().compare(Coalition.context(network(), Policy.defaults()), task);
    }

    @Test
    void ranking_byOverallScore() {
        var c = compare("task");
        assertThat(c.ranking()).extracting(ConsortiumAssessment::id).containsExactly("good", "vague", "big");
        var good = c.ranking().get(0).scores().overall();
        assertThat(c.ranking().get(1).scores().overall()).isCloseTo(good - 50.0 / 6, within(1e-9));
        assertThat(c.ranking().get(2).scores().overall()).isCloseTo(good - 100.0 / 6, within(1e-9));
        assertThat(c.rank("big")).isEqualTo(3);
        assertThat(c.rank("other")).isEqualTo(-1);
    }

    @Test
    void pairs_nameTheDecidingCriterion_andTheFindingsOnlyOneHas() {
        var c = compare("task");
        assertThat(c.pairs()).hasSize(3);
        var goodVague = c.pairs().get(0);
        assertThat(goodVague.higher()).isEqualTo("good");
        assertThat(goodVague.lower()).isEqualTo("vague");
        assertThat(goodVague.overallDifference()).isCloseTo(50.0 / 6, within(1e-9));
        assertThat(goodVague.deciding()).singleElement().satisfies(d -> {
            assertThat(d.criterion()).isEqualTo(Criterion.ROLE_CLARITY);
            assertThat(d.contribution()).isCloseTo(50.0 / 6, within(1e-9));
        });
        assertThat(goodVague.against()).isEmpty();
        assertThat(goodVague.onlyLower()).containsExactly(FindingCode.UNCLEAR_MUNICIPAL_ROLE);
        assertThat(goodVague.explanation())
                .startsWith("Good ranks above Vague: ")
                .contains("role clarity 100 against 50 (municipal role facilitator against municipal role not stated)")
                .contains("Only Vague is marked UNCLEAR_MUNICIPAL_ROLE.");
        var vagueBig = c.pairs().get(2);
        assertThat(vagueBig.higher()).isEqualTo("vague");
        assertThat(vagueBig.deciding()).extracting(ConsortiumComparison.CriterionDifference::criterion)
                .containsExactly(Criterion.SCALE);
        assertThat(vagueBig.against()).extracting(ConsortiumComparison.CriterionDifference::criterion)
                .containsExactly(Criterion.ROLE_CLARITY);
        assertThat(vagueBig.explanation()).contains("scale 100 against 0 (5,000 residents against 50,000 residents)")
                .contains("Big does better on role clarity");
    }

    @Test
    void allProposals_whenNoTaskIsGiven_andUnknownTaskNamesTheNearest() {
        assertThat(compare(null).ranking()).hasSize(4);
        assertThatThrownBy(() -> compare("tsak"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("did you mean 'task'");
    }
}
