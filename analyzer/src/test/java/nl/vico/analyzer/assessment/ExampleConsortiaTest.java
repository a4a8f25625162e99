package nl.vico.analyzer.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.Severity;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three Kanaalwijk proposals and the two Molenhoek ones get the findings examples/README.md predicts,
 * and the numbers it gives (computed there by hand from members.csv and with NetworkX).
 */
class ExampleConsortiaTest {
    private static StakeholderNetwork kanaalwijk;
    private static ConsortiumComparison comparison;

    @BeforeAll
    static void assess() {
        kanaalwijk = Examples.load("kanaalwijk");
        comparison = new ConsortiumAssessmentAnalysis()
                .compare(new AnalysisContext(kanaalwijk, new AnalysisOptions(1, 0, 42L)), "exploitatie buurthuis De Kade");
    }

    private static ConsortiumAssessment of(String id) {
        return comparison.ranking().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static Set<FindingCode> codes(ConsortiumAssessment a) {
        return Set.copyOf(a.findings().stream().map(Finding::code).toList());
    }

    private static List<Finding> findings(ConsortiumAssessment a, FindingCode code) {
        return a.findings().stream().filter(f -> f.code() == code).toList();
    }

    @Test
    void samenAanDeKade_ranksFirst_withAtMostAMildSinglePointOfFailureForTheWijkteam() {
        assertThat(comparison.ranking().get(0).id()).isEqualTo("samen_de_kade");
        var a = of("samen_de_kade");
        assertThat(codes(a)).doesNotContain(FindingCode.POWER_CONCENTRATION, FindingCode.MISSING_BROKER,
                FindingCode.NO_RESIDENTS, FindingCode.NO_INFORMAL_PARTNERS, FindingCode.UNCLEAR_MUNICIPAL_ROLE,
                FindingCode.SCALE_TOO_LARGE, FindingCode.DISCONNECTED_MEMBERS, FindingCode.DIVERSITY_GAP);
        assertThat(findings(a, FindingCode.SINGLE_POINT_OF_FAILURE)).allSatisfy(f -> {
            assertThat(f.actors()).containsExactly("cw_wijkteam");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(a.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void samenAanDeKade_numbersOfTheReadme() {
        var a = of("samen_de_kade");
        // budget in euros: Σ s² = (48² + 52² + 30² + 14² + 12² + 3·8² + 6²)/186² = 6476/34596 ≈ 0.19
        assertThat(a.power().hhi()).isCloseTo(6476.0 / 34596, within(1e-12));
        assertThat(a.power().largestShare()).isCloseTo(52.0 / 186, within(1e-12));
        // residents and resident groups hold 41 %, the informal members 15 % (28,000 of 186,000)
        assertThat(a.power().residentBudgetShare()).isCloseTo(76.0 / 186, within(1e-12));
        assertThat(a.power().informalBudgetShare()).isCloseTo(28.0 / 186, within(1e-12));
        assertThat(a.diversity().types().typesPresent()).isEqualTo(6);
        assertThat(a.diversity().newcomerMembers()).isEqualTo(3);
        assertThat(a.bridging().independentBroker()).isEqualTo("br_buurtverbinders");
        assertThat(a.member("br_buurtverbinders").orElseThrow().memberTies()).isEqualTo(10);
        assertThat(a.bridging().memberComponents()).isEqualTo(1);
        assertThat(a.support().reachedDirectly()).isEqualTo(56);
        assertThat(a.support().reachedWithinTwo()).isEqualTo(81);
        assertThat(a.support().residentSideTotal()).isEqualTo(81);
        assertThat(a.support().departments()).containsExactlyInAnyOrder("gem_sociaal", "gem_wijkzaken", "gem_subsidies");
        assertThat(a.scale().residents()).isEqualTo(11_800);
    }

    @Test
    void kadeBeheer_isAPowerStructure() {
        var a = of("kade_beheer");
        assertThat(codes(a)).contains(FindingCode.POWER_CONCENTRATION, FindingCode.MISSING_BROKER,
                FindingCode.SCALE_TOO_LARGE, FindingCode.SINGLE_POINT_OF_FAILURE, FindingCode.DIVERSITY_GAP);
        assertThat(codes(a)).doesNotContain(FindingCode.NO_RESIDENTS, FindingCode.NO_INFORMAL_PARTNERS,
                FindingCode.UNCLEAR_MUNICIPAL_ROLE, FindingCode.DISCONNECTED_MEMBERS);
        var power = findings(a, FindingCode.POWER_CONCENTRATION);
        assertThat(power).singleElement().satisfies(f -> {
            assertThat(f.actors()).containsExactly("hc_havenstad");
            assertThat(f.evidence().get("largest_budget_share")).isCloseTo(0.70, within(1e-12));
            assertThat(f.evidence().get("budget_hhi")).isCloseTo(0.54, within(1e-12));
            assertThat(f.message()).startsWith("Woonstichting Havenstad holds 70% of the budget");
        });
        assertThat(findings(a, FindingCode.SINGLE_POINT_OF_FAILURE))
                .anySatisfy(f -> assertThat(f.actors()).containsExactly("hc_havenstad"));
        assertThat(findings(a, FindingCode.SCALE_TOO_LARGE)).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("residents", 31_500.0);
            assertThat(f.threshold()).isEqualTo(25_000.0);
        });
        // normalised HHI (0.54 − 1/4)/(3/4) ≈ 0.39; tied to all four departments
        assertThat(a.power().hhiNormalised()).isCloseTo(0.29 / 0.75, within(1e-12));
        assertThat(a.support().departments()).hasSize(4);
    }

    @Test
    void zorgzaamDeKade_hasForgottenTheNeighbourhood() {
        var a = of("zorgzaam_de_kade");
        assertThat(codes(a)).contains(FindingCode.NO_RESIDENTS, FindingCode.NO_INFORMAL_PARTNERS,
                FindingCode.UNCLEAR_MUNICIPAL_ROLE, FindingCode.DISCONNECTED_MEMBERS, FindingCode.MISSING_BROKER,
                FindingCode.DIVERSITY_GAP);
        assertThat(codes(a)).doesNotContain(FindingCode.SCALE_TOO_LARGE);
        assertThat(findings(a, FindingCode.DISCONNECTED_MEMBERS)).singleElement()
                .satisfies(f -> assertThat(f.actors()).containsExactly("cw_ggz"));
        assertThat(a.roles().withoutRole()).containsExactly("se_klusbus");
        // 45 / 30 / 15 / 10 per cent: largest 0.45, HHI 0.2025 + 0.09 + 0.0225 + 0.01 = 0.325
        assertThat(a.power().largestShare()).isCloseTo(0.45, within(1e-12));
        assertThat(a.power().hhi()).isCloseTo(0.325, within(1e-12));
        assertThat(a.support().reachedDirectly()).isEqualTo(4);
    }

    @Test
    void noFindingNamesAResident() {
        for (var a : comparison.ranking()) {
            for (var actor : kanaalwijk.actors()) {
                if (actor.type() == ActorType.RESIDENT) {
                    assertThat(a.findings()).allSatisfy(f -> assertThat(f.message() + " " + f.suggestion())
                            .doesNotContain(actor.name()));
                    assertThat(comparison.pairs()).allSatisfy(p -> assertThat(p.explanation()).doesNotContain(actor.name()));
                }
            }
        }
    }

    @Test
    void molenhoek_vitalCoalitionHasNoWarnings_continuationHasTheExpectedFindings() {
        var molenhoek = Examples.load("molenhoek");
        var all = new ConsortiumAssessmentAnalysis().analyze(molenhoek);
        var samen = all.stream().filter(a -> a.id().equals("samen_de_molen")).findFirst().orElseThrow();
        assertThat(samen.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        var continu = all.stream().filter(a -> a.id().equals("dorpshuis_continu")).findFirst().orElseThrow();
        assertThat(codes(continu)).contains(FindingCode.POWER_CONCENTRATION, FindingCode.NO_RESIDENTS,
                FindingCode.NO_INFORMAL_PARTNERS, FindingCode.DIVERSITY_GAP, FindingCode.MISSING_BROKER);
        assertThat(samen.scores().overall()).isGreaterThan(continu.scores().overall());
    }
}
