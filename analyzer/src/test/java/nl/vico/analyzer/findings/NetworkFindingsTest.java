package nl.vico.analyzer.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.Severity;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;

class NetworkFindingsTest {

    private static List<Finding> findings(StakeholderNetwork network, Policy policy) {
        var context = new AnalysisContext(network, new AnalysisOptions(1, 0, 42L), policy);
        var builder = AnalysisReport.builder();
        new FindingsSection().addTo(context, builder);
        return builder.build().findings();
    }

    private static List<Finding> findings(StakeholderNetwork network) {
        return findings(network, Policy.defaults());
    }

    private static List<Finding> withCode(List<Finding> findings, FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    @Test
    void housingCorporationHub_isPowerConcentrationAndSinglePointOfFailure() {
        var all = findings(Networks.housingHub());
        var power = withCode(all, FindingCode.POWER_CONCENTRATION);
        assertThat(power).hasSize(1);
        Finding p = power.get(0);
        assertThat(p.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(p.actors()).containsExactly("wsh");
        assertThat(p.message()).startsWith("Woonstichting De Hoek lies on 100% of the shortest paths between residents "
                + "and the municipality.");
        assertThat(p.evidence()).containsEntry("gatekeeping_share", 1.0).containsEntry("betweenness_share", 1.0);
        assertThat(p.threshold()).isEqualTo(0.5);
        assertThat(p.suggestion()).contains("Woonstichting De Hoek");

        var spof = withCode(all, FindingCode.SINGLE_POINT_OF_FAILURE);
        assertThat(spof).hasSize(1);
        Finding s = spof.get(0);
        assertThat(s.actors()).containsExactly("wsh");
        assertThat(s.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(s.message()).startsWith("Without Woonstichting De Hoek, 3 residents and resident groups lose every "
                + "connection to the municipality");
        assertThat(s.evidence()).containsEntry("residents_cut_off", 3.0).containsEntry("actors_split_off", 3.0);
    }

    @Test
    void residents_areNamedByIdOnly() {
        // resident r1 stands between two other residents and the municipality
        var net = StakeholderNetwork.builder("r")
                .actor(Actor.of("r1", "Jan Jansen", ActorType.RESIDENT))
                .actor(Actor.of("r2", "Piet Pieters", ActorType.RESIDENT))
                .actor(Actor.of("r3", "Kees Klaassen", ActorType.RESIDENT))
                .actor(Actor.of("gem", "Gemeente Utrecht", ActorType.MUNICIPALITY))
                .tie("r1", "r2", TieKind.TRUSTS).tie("r1", "r3", TieKind.TRUSTS).tie("r1", "gem", TieKind.INFORMS)
                .build();
        var all = findings(net);
        assertThat(withCode(all, FindingCode.POWER_CONCENTRATION)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).startsWith("r1 "));
        assertThat(withCode(all, FindingCode.SINGLE_POINT_OF_FAILURE)).isNotEmpty();
        for (Finding f : all) {
            for (String name : List.of("Jan Jansen", "Piet Pieters", "Kees Klaassen")) {
                assertThat(f.message()).doesNotContain(name);
                assertThat(String.valueOf(f.suggestion())).doesNotContain(name);
            }
        }
    }

    @Test
    void completeNetwork_hasNoPowerConcentrationOrSinglePointOfFailure() {
        var b = StakeholderNetwork.builder("k5");
        ActorType[] types = {ActorType.RESIDENT, ActorType.RESIDENT_GROUP, ActorType.MUNICIPALITY, ActorType.SCHOOL,
                ActorType.CARE_WELFARE};
        for (int i = 0; i < types.length; i++) {
            b.actor("a" + i, types[i]);
        }
        for (int i = 0; i < types.length; i++) {
            for (int j = i + 1; j < types.length; j++) {
                b.tie("a" + i, "a" + j, TieKind.COLLABORATES);
            }
        }
        var all = findings(b.build());
        assertThat(withCode(all, FindingCode.POWER_CONCENTRATION)).isEmpty();
        assertThat(withCode(all, FindingCode.SINGLE_POINT_OF_FAILURE)).isEmpty();
        assertThat(withCode(all, FindingCode.RESIDENTS_AT_PERIPHERY)).isEmpty();
        assertThat(withCode(all, FindingCode.LOW_DIVERSITY)).isEmpty(); // 5 equal types: IQV 0.89
    }

    @Test
    void policy_thresholdsDecide() {
        var lenient = Policy.fromMap(Map.of("gatekeeping_share_max", 1.0, "gatekeeping_share_critical", 1.0,
                "betweenness_share_max", 1.0, "betweenness_centralization_max", 1.0, "split_off_share_min", 1.0));
        var all = findings(Networks.housingHub(), lenient);
        assertThat(withCode(all, FindingCode.POWER_CONCENTRATION)).isEmpty();
        // cutting residents off from the municipality is reported whatever the split-off share
        assertThat(withCode(all, FindingCode.SINGLE_POINT_OF_FAILURE)).hasSize(1);
    }

    @Test
    void structuralHoleBetweenTypes_namesItsSpanner_orSaysNobodySpansIt() {
        var spanned = StakeholderNetwork.builder("h")
                .actor(Actor.of("s1", "School 1", ActorType.SCHOOL)).actor(Actor.of("s2", "School 2", ActorType.SCHOOL))
                .actor(Actor.of("s3", "School 3", ActorType.SCHOOL))
                .actor(Actor.of("c1", "Zorg 1", ActorType.CARE_WELFARE)).actor(Actor.of("c2", "Zorg 2", ActorType.CARE_WELFARE))
                .actor(Actor.of("c3", "Zorg 3", ActorType.CARE_WELFARE))
                .actor(Actor.of("v", "Verbinder Els", ActorType.BROKER))
                .tie("s1", "s2", TieKind.COLLABORATES).tie("s2", "s3", TieKind.COLLABORATES).tie("s1", "s3", TieKind.COLLABORATES)
                .tie("c1", "c2", TieKind.COLLABORATES).tie("c2", "c3", TieKind.COLLABORATES).tie("c1", "c3", TieKind.COLLABORATES)
                .tie("v", "s1", TieKind.COLLABORATES).tie("v", "c1", TieKind.COLLABORATES)
                .build();
        var holes = withCode(findings(spanned), FindingCode.STRUCTURAL_HOLE);
        var typeHole = holes.stream().filter(f -> f.message().contains("school actors")).toList();
        assertThat(typeHole).hasSize(1);
        assertThat(typeHole.get(0).message()).isEqualTo("There is no tie between the 3 school actors and the 3 care "
                + "welfare actors. Verbinder Els is the only one with ties into both.");
        assertThat(typeHole.get(0).actors()).containsExactly("v");
        assertThat(typeHole.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(typeHole.get(0).evidence()).containsEntry("ties", 0.0).containsEntry("spanners", 1.0);

        var apart = Networks.undirected(List.of("a1", "a2", "a3", "b1", "b2", "b3"),
                "a1-a2", "a2-a3", "a1-a3", "b1-b2", "b2-b3", "b1-b3");
        var apartHoles = withCode(findings(apart), FindingCode.STRUCTURAL_HOLE);
        // all residents, so no type hole; the two cliques are two communities with nobody in between
        assertThat(apartHoles).hasSize(1);
        assertThat(apartHoles.get(0).message()).startsWith("There is no tie between community ")
                .endsWith("Nobody has ties into both.");
        assertThat(apartHoles.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void residentsOnlyAtTheEdge_areAtThePeriphery_butNotWhenTheyFormTheCore() {
        var all = findings(coreAndLeaves(ActorType.SCHOOL, ActorType.RESIDENT));
        var periphery = withCode(all, FindingCode.RESIDENTS_AT_PERIPHERY);
        assertThat(periphery).hasSize(1);
        // core members have 4 + 1 ties, residents 1: mean degree ratio 1/5
        assertThat(periphery.get(0).evidence().get("degree_ratio")).isEqualTo(0.2);
        assertThat(periphery.get(0).message()).contains("their mean number of ties 20% of the other actors'");
        assertThat(periphery.get(0).actors()).containsExactly("e0", "e1", "e2", "e3", "e4");

        var swapped = findings(coreAndLeaves(ActorType.RESIDENT, ActorType.SCHOOL));
        assertThat(withCode(swapped, FindingCode.RESIDENTS_AT_PERIPHERY)).isEmpty();
    }

    /** Five core actors of one type in a clique, each with one leaf of the other type. */
    private static StakeholderNetwork coreAndLeaves(ActorType core, ActorType leaf) {
        var b = StakeholderNetwork.builder("core");
        for (int i = 0; i < 5; i++) {
            b.actor("c" + i, core);
        }
        for (int i = 0; i < 5; i++) {
            b.actor("e" + i, leaf);
            b.tie("c" + i, "e" + i, TieKind.COLLABORATES);
            for (int j = i + 1; j < 5; j++) {
                b.tie("c" + i, "c" + j, TieKind.COLLABORATES);
            }
        }
        return b.build();
    }

    @Test
    void oneDominantType_isLowDiversity_namingWhatIsMissing() {
        var b = StakeholderNetwork.builder("mono");
        for (int i = 0; i < 9; i++) {
            b.actor("s" + i, ActorType.SCHOOL);
            if (i > 0) {
                b.tie("s" + (i - 1), "s" + i, TieKind.COLLABORATES);
            }
        }
        b.actor("m", ActorType.MUNICIPALITY).tie("m", "s0", TieKind.FUNDS);
        var low = withCode(findings(b.build()), FindingCode.LOW_DIVERSITY).stream()
                .filter(f -> f.evidence().containsKey("blau_index_normalised")).toList();
        assertThat(low).hasSize(1);
        // Σp² = 0.81 + 0.01 → Blau 0.18, IQV 0.2
        assertThat(low.get(0).evidence().get("blau_index_normalised")).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(low.get(0).message()).startsWith("The network is dominated by school actors (90% of all actors; "
                + "normalised Blau index 0.20).").contains("Missing entirely: resident, resident group");
    }

    @Test
    void newcomersOnlyAtTheEdge_areUnderRepresentedAmongTheMostCentral() {
        var b = StakeholderNetwork.builder("newcomers");
        ActorType[] types = ActorType.values();
        for (int i = 0; i < 10; i++) {
            b.actor(new Actor("c" + i, "Core " + i, types[i], null, true, false, Map.of()));
        }
        for (int i = 0; i < 10; i++) {
            b.actor(new Actor("n" + i, "New " + i, ActorType.SOCIAL_ENTREPRENEUR, null, true, true, Map.of()));
            b.tie("c" + i, "n" + i, TieKind.COLLABORATES);
            b.tie("c" + i, "c" + ((i + 1) % 10), TieKind.COLLABORATES);
        }
        var low = withCode(findings(b.build()), FindingCode.LOW_DIVERSITY).stream()
                .filter(f -> f.evidence().containsKey("newcomer_share_overall")).toList();
        assertThat(low).hasSize(1);
        // 20 actors → decile of 2; newcomers 50% overall (expected 1 place), 0% of the decile
        assertThat(low.get(0).evidence()).containsEntry("newcomer_share_central_decile", 0.0)
                .containsEntry("newcomer_share_overall", 0.5);
        assertThat(low.get(0).message()).startsWith("Newcomers make up 50% of the network but 0% of its 2 most central actors");
    }

    @Test
    void tinyNetworks_giveDefinedFindings() {
        assertThat(findings(StakeholderNetwork.empty("e"))).isEmpty();
        var one = findings(Networks.isolated("solo"));
        assertThat(withCode(one, FindingCode.POWER_CONCENTRATION)).isEmpty();
        var two = findings(Networks.undirected(List.of("a", "b"), "a-b"));
        assertThat(withCode(two, FindingCode.SINGLE_POINT_OF_FAILURE)).isEmpty();
        var lonely = findings(Networks.isolated("a", "b", "c", "d"));
        assertThat(new ArrayList<>(lonely)).allSatisfy(f -> assertThat(f.message()).isNotBlank());
    }
}
