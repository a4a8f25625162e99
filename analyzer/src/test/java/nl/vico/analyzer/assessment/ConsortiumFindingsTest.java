package nl.vico.analyzer.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.Severity;
import nl.vico.analyzer.findings.Policy;
import nl.vico.model.ActorType;
import nl.vico.model.MemberRole;
import nl.vico.model.MunicipalRole;
import org.junit.jupiter.api.Test;

/**
 * One small consortium per finding code ({@link Coalition}): each finding appears when the one aspect it is
 * about is broken, and not in the healthy consortium nor just inside the policy's threshold.
 */
class ConsortiumFindingsTest {

    private static List<Finding> of(ConsortiumAssessment a, FindingCode code) {
        return a.findings().stream().filter(f -> f.code() == code).toList();
    }

    @Test
    void healthyConsortium_hasNoFindingsAtAll() {
        assertThat(Coalition.healthy().assess().findings()).isEmpty();
    }

    // ---- POWER_CONCENTRATION

    @Test
    void powerConcentration_largestShareAboveHalf_namesTheHolder() {
        // shares 0.6, 0.2, 0.1, 0.1: the lead holds more than budget_share_max 0.5
        var a = Coalition.healthy().share("lead", 0.6).share("group", 0.2).share("school", 0.1).share("broker", 0.1).assess();
        var f = of(a, FindingCode.POWER_CONCENTRATION);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).actors()).containsExactly("lead");
        assertThat(f.get(0).evidence().get("largest_budget_share")).isCloseTo(0.6, within(1e-12));
        // HHI = 0.36 + 0.04 + 0.01 + 0.01
        assertThat(f.get(0).evidence().get("budget_hhi")).isCloseTo(0.42, within(1e-12));
        assertThat(f.get(0).threshold()).isEqualTo(0.5);
        assertThat(f.get(0).suggestion()).contains("50%");
    }

    @Test
    void powerConcentration_byHhiAlone_whenNoShareIsAboveHalf() {
        // 0.45, 0.45, 0.05, 0.05: largest 0.45 ≤ 0.5, HHI = 2·0.2025 + 2·0.0025 = 0.41 > budget_hhi_max 0.4
        var a = Coalition.healthy().share("lead", 0.45).share("group", 0.45).share("school", 0.05).share("broker", 0.05)
                .assess();
        var f = of(a, FindingCode.POWER_CONCENTRATION);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).threshold()).isEqualTo(0.4);
        assertThat(f.get(0).evidence().get("budget_hhi")).isCloseTo(0.41, within(1e-12));
    }

    @Test
    void powerConcentration_notAtExactlyHalf_norWithoutBudget() {
        // € 50, 30, 10, 10: largest exactly 0.5 (not above), HHI 0.25+0.09+0.01+0.01 = 0.36 ≤ 0.4
        var atLimit = Coalition.healthy().share("lead", 50).share("group", 30).share("school", 10).share("broker", 10);
        assertThat(of(atLimit.assess(), FindingCode.POWER_CONCENTRATION)).isEmpty();
        var noBudget = Coalition.healthy();
        noBudget.members.replaceAll((id, m) -> new nl.vico.model.Membership("c", id, m.role(), null));
        assertThat(of(noBudget.assess(), FindingCode.POWER_CONCENTRATION)).isEmpty();
    }

    @Test
    void powerConcentration_isCritical_whenTheHolderIsAlsoTheNetworksGatekeeper() {
        // every resident's only way to the municipality runs through the lead
        var c = Coalition.healthy().share("lead", 0.7).share("group", 0.1).share("school", 0.1).share("broker", 0.1);
        c.untie("school", "dept2").tie("lead", "dept2");
        var f = of(c.assess(), FindingCode.POWER_CONCENTRATION);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.get(0).message()).contains("gatekeeper");
        assertThat(f.get(0).evidence().get("holder_gatekeeping_share")).isGreaterThan(0.5);
    }

    // ---- SINGLE_POINT_OF_FAILURE

    @Test
    void singlePointOfFailure_residentsReachedOnlyThroughOneMember() {
        // r4, r5, r6 tied to the consortium only through the school: 3 of the 6 resident contacts (50 % > 20 %);
        // dept2 is tied to the lead too, so that the school is not the residents' gatekeeper to the municipality
        // (it lies on the 6 paths of r4–r6 to the two departments: 6 of the 14 resident–department pairs, 43 %)
        var c = Coalition.healthy();
        c.actor("r5", ActorType.RESIDENT, false, false).actor("r6", ActorType.RESIDENT, false, false);
        c.tie("school", "r5").tie("school", "r6").tie("lead", "dept2");
        var f = of(c.assess(), FindingCode.SINGLE_POINT_OF_FAILURE);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).actors()).containsExactly("school");
        assertThat(f.get(0).evidence()).containsEntry("residents_only_through", 3.0).containsEntry("residents_reached", 6.0);
        assertThat(f.get(0).evidence().get("dependence_share")).isCloseTo(0.5, within(1e-12));
        // the school holds 20 % of the budget and is no gatekeeper: a mild finding
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(0).threshold()).isEqualTo(0.2);
    }

    @Test
    void singlePointOfFailure_notForTwoResidents_norWhenASecondMemberReachesThem() {
        // two residents only through the school: fewer than dependence_count_min 3
        var two = Coalition.healthy();
        two.actor("r5", ActorType.RESIDENT, false, false).tie("school", "r5");
        assertThat(of(two.assess(), FindingCode.SINGLE_POINT_OF_FAILURE)).isEmpty();
        // three through the school, but the broker reaches them too: nobody depends on one member
        var shared = Coalition.healthy();
        shared.actor("r5", ActorType.RESIDENT, false, false).actor("r6", ActorType.RESIDENT, false, false);
        shared.tie("school", "r5").tie("school", "r6").tie("broker", "r4").tie("broker", "r5").tie("broker", "r6");
        assertThat(of(shared.assess(), FindingCode.SINGLE_POINT_OF_FAILURE)).isEmpty();
    }

    @Test
    void singlePointOfFailure_allMunicipalTiesThroughOneMember() {
        var c = Coalition.healthy();
        c.untie("school", "dept2").tie("lead", "dept2");
        var f = of(c.assess(), FindingCode.SINGLE_POINT_OF_FAILURE);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).actors()).containsExactly("lead");
        assertThat(f.get(0).evidence()).containsEntry("departments_only_through", 2.0);
        assertThat(f.get(0).message()).contains("ties to the municipality");
    }

    // ---- MISSING_BROKER

    @Test
    void missingBroker_withoutAnyBroker() {
        var a = Coalition.healthy().remove("broker").assess();
        var f = of(a, FindingCode.MISSING_BROKER);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).actors()).isEmpty();
        assertThat(f.get(0).evidence()).containsEntry("brokers", 0.0);
        // the broker is still in the network, tied to 3 members: the suggestion names it
        assertThat(f.get(0).suggestion()).contains("Name of broker").contains("3 of the members");
    }

    @Test
    void missingBroker_whenTheBrokerHoldsAStake() {
        // 0.3 of the budget is more than broker_budget_share_max 0.15
        var a = Coalition.healthy().share("broker", 0.3).share("lead", 0.3).share("group", 0.2).assess();
        var f = of(a, FindingCode.MISSING_BROKER);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).actors()).containsExactly("broker");
        assertThat(f.get(0).message()).contains("holds 30% of the budget");
        assertThat(f.get(0).threshold()).isEqualTo(0.15);
    }

    @Test
    void missingBroker_whenTheBrokerConnectsNobody() {
        // the broker is tied only to the lead; lead, group and school are tied to each other directly;
        // no holes between communities are looked for (minimum group size 100)
        var c = Coalition.healthy().untie("broker", "group").untie("broker", "school");
        c.tie("lead", "school").tie("group", "school");
        var policy = Policy.fromMap(Map.of("group_hole_min_size", 100));
        var f = of(c.assess(policy), FindingCode.MISSING_BROKER);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).message()).contains("connects nobody");
        assertThat(of(Coalition.healthy().assess(policy), FindingCode.MISSING_BROKER)).isEmpty();
    }

    @Test
    void missingBroker_notWhenTheBrokerHoldsExactlyTheLimit() {
        // € 35, 30, 20, 15 (sum 100): the broker's 0.15 is at most the limit
        var a = Coalition.healthy().share("lead", 35).share("group", 30).share("school", 20).share("broker", 15).assess();
        assertThat(of(a, FindingCode.MISSING_BROKER)).isEmpty();
        assertThat(a.bridging().independentBroker()).isEqualTo("broker");
    }

    // ---- NO_RESIDENTS and NO_INFORMAL_PARTNERS

    @Test
    void noResidents_whenNoMemberIsResidentSide_butInformalPartnersPresent() {
        // the resident group is replaced by an informal social enterprise
        var c = Coalition.healthy().remove("group");
        c.actor("atelier", ActorType.SOCIAL_ENTREPRENEUR, false, false).tie("atelier", "lead").tie("atelier", "broker");
        c.member("atelier", MemberRole.PARTNER, 0.3);
        var a = c.assess();
        var f = of(a, FindingCode.NO_RESIDENTS);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.get(0).evidence()).containsEntry("resident_side_members", 0.0);
        // the suggested residents are the resident group and residents tied to the members
        assertThat(f.get(0).actors()).contains("group");
        assertThat(of(a, FindingCode.NO_INFORMAL_PARTNERS)).isEmpty();
    }

    @Test
    void noInformalPartners_whenEveryMemberIsFormal_butResidentsPresent() {
        var c = Coalition.healthy();
        c.actor("group", ActorType.RESIDENT_GROUP, true, false);
        var a = c.assess();
        var f = of(a, FindingCode.NO_INFORMAL_PARTNERS);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsEntry("informal_members", 0.0);
        assertThat(f.get(0).threshold()).isEqualTo(1.0);
        assertThat(of(a, FindingCode.NO_RESIDENTS)).isEmpty();
    }

    @Test
    void noResidents_followsThePolicysMinimum() {
        var policy = Policy.fromMap(Map.of("resident_members_min", 2));
        var f = of(Coalition.healthy().assess(policy), FindingCode.NO_RESIDENTS);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).message()).contains("only 1 resident");
    }

    // ---- DIVERSITY_GAP

    @Test
    void diversityGap_noNewcomer() {
        var c = Coalition.healthy();
        c.actor("lead", ActorType.SOCIAL_ENTREPRENEUR, true, false);
        var f = of(c.assess(), FindingCode.DIVERSITY_GAP);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsEntry("newcomer_members", 0.0);
        assertThat(f.get(0).threshold()).isEqualTo(1.0);
        // switched off by the policy
        assertThat(of(c.assess(Policy.fromMap(Map.of("newcomer_members_min", 0))), FindingCode.DIVERSITY_GAP)).isEmpty();
    }

    @Test
    void diversityGap_communityWithoutSayOverTheBudget() {
        // € 65, 5, 20, 10: the informal resident group holds 0.05 < community_budget_share_min 0.1
        var a = Coalition.healthy().share("lead", 65).share("group", 5).share("school", 20).share("broker", 10).assess();
        var f = of(a, FindingCode.DIVERSITY_GAP);
        assertThat(f).anySatisfy(x -> {
            assertThat(x.actors()).containsExactly("group");
            assertThat(x.evidence().get("community_budget_share")).isCloseTo(0.05, within(1e-12));
            assertThat(x.threshold()).isEqualTo(0.1);
        });
    }

    @Test
    void diversityGap_fewKindsOfParty() {
        // four members: three schools and the resident group; IQV = (1 − (0.75² + 0.25²))/0.9 = 0.375/0.9 = 0.4167
        var c = new Coalition();
        c.actor("s1", ActorType.SCHOOL, true, true).actor("s2", ActorType.SCHOOL, true, false)
                .actor("s3", ActorType.SCHOOL, true, false).actor("group", ActorType.RESIDENT_GROUP, false, false);
        c.tie("s1", "s2").tie("s2", "s3").tie("s3", "group");
        c.member("s1", MemberRole.LEAD, null).member("s2", MemberRole.PARTNER, null).member("s3", MemberRole.PARTNER, null)
                .member("group", MemberRole.PARTNER, null);
        var f = of(c.assess(), FindingCode.DIVERSITY_GAP);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence().get("blau_index_normalised")).isCloseTo(0.375 / 0.9, within(1e-12));
        // a business instead of the third school: IQV = (1 − (0.5² + 0.25² + 0.25²))/0.9 = 0.625/0.9 = 0.69 ≥ 0.5
        c.actor("s3", ActorType.BUSINESS, true, false);
        assertThat(of(c.assess(), FindingCode.DIVERSITY_GAP)).isEmpty();
    }

    @Test
    void diversityGap_missingKinds_alongsideNoResidentsAndNoInformalPartners() {
        var a = Coalition.healthy().remove("group").assess();
        assertThat(of(a, FindingCode.DIVERSITY_GAP)).anySatisfy(f -> {
            assertThat(f.message()).contains("residents or resident groups and informal parties");
            assertThat(f.evidence()).containsEntry("resident_side_members", 0.0).containsEntry("informal_members", 0.0);
        });
        assertThat(of(a, FindingCode.NO_RESIDENTS)).hasSize(1);
        assertThat(of(a, FindingCode.NO_INFORMAL_PARTNERS)).hasSize(1);
    }

    // ---- UNCLEAR_MUNICIPAL_ROLE and UNCLEAR_MEMBER_ROLES

    @Test
    void unclearMunicipalRole_whenNotStated() {
        var c = Coalition.healthy();
        c.role = null;
        var f = of(c.assess(), FindingCode.UNCLEAR_MUNICIPAL_ROLE);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).actors()).containsExactly("dept1", "dept2");
        assertThat(f.get(0).evidence()).containsEntry("municipality_role_defined", 0.0);
    }

    @Test
    void unclearMunicipalRole_whenTheRoleDoesNotFitTheMembers() {
        var partnerOutside = Coalition.healthy();
        partnerOutside.role = MunicipalRole.PARTNER;
        assertThat(of(partnerOutside.assess(), FindingCode.UNCLEAR_MUNICIPAL_ROLE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("equal partner, but no municipal department is a member"));
        var clientInside = Coalition.healthy().member("dept1", MemberRole.PARTNER, 0.0);
        clientInside.role = MunicipalRole.CLIENT;
        assertThat(of(clientInside.assess(), FindingCode.UNCLEAR_MUNICIPAL_ROLE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("commission a consortium it sits in"));
        var partnerInside = Coalition.healthy().member("dept1", MemberRole.PARTNER, 0.0);
        partnerInside.role = MunicipalRole.PARTNER;
        assertThat(of(partnerInside.assess(), FindingCode.UNCLEAR_MUNICIPAL_ROLE)).isEmpty();
    }

    @Test
    void unclearMemberRoles_twoLeadsOrNoRole() {
        var c = Coalition.healthy().member("school", MemberRole.LEAD, 0.2).member("broker", null, 0.1);
        var f = of(c.assess(), FindingCode.UNCLEAR_MEMBER_ROLES);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).actors()).containsExactly("lead", "school", "broker");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(f.get(0).evidence()).containsEntry("leads", 2.0).containsEntry("members_without_role", 1.0);
    }

    // ---- SCALE_TOO_LARGE

    @Test
    void scaleTooLarge_aboveTwentyFiveThousand_notAtIt_notWhenUnknown() {
        var above = Coalition.healthy();
        above.residents = 25_001;
        var f = of(above.assess(), FindingCode.SCALE_TOO_LARGE);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsEntry("residents", 25_001.0);
        assertThat(f.get(0).threshold()).isEqualTo(25_000.0);
        var at = Coalition.healthy();
        at.residents = 25_000;
        assertThat(of(at.assess(), FindingCode.SCALE_TOO_LARGE)).isEmpty();
        var unknown = Coalition.healthy();
        unknown.residents = null;
        assertThat(of(unknown.assess(), FindingCode.SCALE_TOO_LARGE)).isEmpty();
        assertThat(unknown.assess().scale().tooLarge()).isNull();
    }

    // ---- DISCONNECTED_MEMBERS

    @Test
    void disconnectedMembers_aMemberWithoutTieToAnyOther() {
        var c = Coalition.healthy();
        c.actor("fund", ActorType.FOUNDATION, true, false).tie("fund", "dept1");
        c.member("fund", MemberRole.FUNDER, null);
        var f = of(c.assess(), FindingCode.DISCONNECTED_MEMBERS);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).actors()).containsExactly("fund");
        assertThat(f.get(0).evidence()).containsEntry("member_components", 2.0).containsEntry("isolated_members", 1.0);
        // one tie to a member is enough
        c.tie("fund", "school");
        assertThat(of(c.assess(), FindingCode.DISCONNECTED_MEMBERS)).isEmpty();
    }

    @Test
    void disconnectedMembers_twoPiecesWithoutIsolates() {
        // lead–group and school–broker tied pairwise only
        var c = Coalition.healthy().untie("broker", "lead").untie("broker", "group");
        var f = of(c.assess(), FindingCode.DISCONNECTED_MEMBERS);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsEntry("isolated_members", 0.0).containsEntry("detached_members", 2.0);
        assertThat(f.get(0).message()).contains("not tied to the largest group");
    }

    // ---- WEAK_SUPPORT and WEAK_ANCHORING

    @Test
    void weakSupport_whenFewResidentsAreReached() {
        // twelve more residents nobody in the consortium knows: 5 of 17 reached (29 %); 16 more: 5 of 21 (24 %)
        var c = Coalition.healthy();
        for (int i = 10; i < 22; i++) {
            c.actor("x" + i, ActorType.RESIDENT, false, false);
        }
        assertThat(of(c.assess(), FindingCode.WEAK_SUPPORT)).isEmpty();
        for (int i = 22; i < 26; i++) {
            c.actor("x" + i, ActorType.RESIDENT, false, false);
        }
        var f = of(c.assess(), FindingCode.WEAK_SUPPORT);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence().get("resident_reach_share")).isCloseTo(5 / 21.0, within(1e-12));
    }

    @Test
    void weakAnchoring_whenTiedToOneDepartmentOnly() {
        var c = Coalition.healthy().untie("school", "dept2");
        var f = of(c.assess(), FindingCode.WEAK_ANCHORING);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).actors()).containsExactly("dept1");
        // a network with a single department asks for one tie only
        c.actors.remove("dept2");
        assertThat(of(c.assess(), FindingCode.WEAK_ANCHORING)).isEmpty();
    }

    @Test
    void findings_nameResidentsByIdOnly() {
        var c = Coalition.healthy().remove("group");
        c.actor("r3", ActorType.RESIDENT, false, false);
        c.member("r3", MemberRole.PARTNER, 0.0);
        c.role = null;
        var a = c.assess();
        assertThat(a.findings()).isNotEmpty();
        assertThat(a.findings()).allSatisfy(f -> assertThat(f.message() + " " + f.suggestion()).doesNotContain("Name of r"));
        assertThat(a.member("r3").orElseThrow().label()).isEqualTo("r3");
    }

    @Test
    void emptyConsortium_isAssessedWithoutException() {
        var c = new Coalition();
        c.actor("a", ActorType.SCHOOL, true, false);
        var a = c.assess();
        assertThat(a.members()).isEmpty();
        assertThat(a.findings()).extracting(Finding::code).contains(FindingCode.NO_RESIDENTS, FindingCode.MISSING_BROKER);
        assertThat(a.scores().score(Criterion.POWER_BALANCE)).isNaN();
    }
}
