package nl.vico.analyzer.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import nl.vico.analyzer.testing.CoreReport;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.MemberRole;
import nl.vico.model.Membership;
import nl.vico.model.MunicipalRole;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.api.Test;

class ConsortiumCompositionTest {
    private static final StakeholderNetwork NETWORK = StakeholderNetwork.builder("buurt")
            .actor("woon", ActorType.HOUSING_CORPORATION).actor("zorg", ActorType.CARE_WELFARE)
            .actor("bo", ActorType.RESIDENT_GROUP).actor("piet", ActorType.RESIDENT).actor("gem", ActorType.MUNICIPALITY)
            .consortium(new Consortium("c1", "Buurthuis Samen", "community centre", "noord", MunicipalRole.CLIENT))
            .consortium(new Consortium("c2", "Alleen wij", null, null, null))
            .consortium(new Consortium("c3", "Leeg", null, null, MunicipalRole.NONE))
            .member(new Membership("c1", "woon", MemberRole.LEAD, 30_000.0))
            .member(new Membership("c1", "zorg", MemberRole.EXECUTOR, 10_000.0))
            .member(new Membership("c1", "bo", MemberRole.PARTNER, null))
            .member(new Membership("c1", "piet", null, 0.0))
            .member(new Membership("c2", "bo", MemberRole.LEAD, 0.0))
            .member(new Membership("c2", "piet", MemberRole.PARTNER, 0.0))
            .build();

    @Test
    void budgetShares_areNormalisedOverTheSharesGiven() {
        var c1 = new ConsortiumCompositionAnalysis().analyze(NETWORK).get(0);
        // 30,000 and 10,000 euros of 40,000 given; bo gave none, piet gave 0
        assertThat(c1.members()).extracting(ConsortiumComposition.Member::budgetShare)
                .containsExactly(0.75, 0.25, null, 0.0);
        assertThat(c1.members().get(0).role()).isEqualTo(MemberRole.LEAD);
        assertThat(c1.members().get(3).role()).isNull();
    }

    @Test
    void typeCountsAndShares_coverThePresentTypesInEnumOrder() {
        var c1 = new ConsortiumCompositionAnalysis().analyze(NETWORK).get(0);
        assertThat(c1.typeCounts()).containsExactly(Map.entry(ActorType.RESIDENT, 1),
                Map.entry(ActorType.RESIDENT_GROUP, 1), Map.entry(ActorType.HOUSING_CORPORATION, 1),
                Map.entry(ActorType.CARE_WELFARE, 1));
        assertThat(c1.typeShares().values()).allSatisfy(s -> assertThat(s).isCloseTo(0.25, within(1e-15)));
    }

    @Test
    void report_writesTheConsortiumKeys() {
        var consortia = CoreReport.of(NETWORK).consortia();
        assertThat(consortia).containsOnlyKeys("c1", "c2", "c3");
        var c1 = consortia.get("c1");
        assertThat(c1).containsEntry("name", "Buurthuis Samen").containsEntry("task", "community centre")
                .containsEntry("neighbourhood", "noord").containsEntry("municipality_role", "client")
                .containsEntry("n_members", 4)
                .containsEntry("type_counts", Map.of("resident", 1, "resident_group", 1, "housing_corporation", 1,
                        "care_welfare", 1));
        @SuppressWarnings("unchecked")
        var members = (List<Map<String, Object>>) c1.get("members");
        assertThat(members.get(0)).containsEntry("actor", "woon").containsEntry("type", "housing_corporation")
                .containsEntry("role", "lead").containsEntry("budget_share", 0.75);
        // every share given is 0: the shares are undefined, not 0
        var c2 = consortia.get("c2");
        assertThat(c2).containsEntry("municipality_role", null).containsEntry("task", null)
                .containsEntry("type_shares", Map.of("resident", 0.5, "resident_group", 0.5));
        @SuppressWarnings("unchecked")
        var c2members = (List<Map<String, Object>>) c2.get("members");
        assertThat(c2members).allSatisfy(m -> assertThat(m).containsEntry("budget_share", null));
        assertThat(consortia.get("c3")).containsEntry("n_members", 0).containsEntry("members", List.of())
                .containsEntry("type_counts", Map.of()).containsEntry("municipality_role", "none");
    }
}
