package nl.vico.analyzer.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.vico.model.Neighbourhood;
import org.junit.jupiter.api.Test;

/** The consortium thresholds and criterion weights added to {@link Policy}. */
class ConsortiumPolicyTest {

    @Test
    void defaults_ofTheConsortiumKeys() {
        var map = Policy.defaults().asMap();
        assertThat(map).containsEntry("budget_share_max", 0.5).containsEntry("budget_hhi_max", 0.4)
                .containsEntry("broker_budget_share_max", 0.15).containsEntry("resident_members_min", 1.0)
                .containsEntry("informal_members_min", 1.0).containsEntry("newcomer_members_min", 1.0)
                .containsEntry("community_budget_share_min", 0.1).containsEntry("member_iqv_min", 0.5)
                .containsEntry("dependence_share_max", 0.2).containsEntry("dependence_count_min", 3.0)
                .containsEntry("member_components_max", 1.0).containsEntry("resident_reach_share_min", 0.25)
                .containsEntry("anchoring_departments_min", 2.0)
                .containsEntry("scale_residents_max", (double) Neighbourhood.NEIGHBOURHOOD_SCALE_LIMIT);
        for (String w : new String[] {"weight_diversity", "weight_power_balance", "weight_bridging", "weight_support",
            "weight_role_clarity", "weight_scale"}) {
            assertThat(map).containsEntry(w, 1.0);
        }
    }

    @Test
    void networkOnlyConstructor_givesTheConsortiumDefaults() {
        var d = Policy.defaults();
        var p = new Policy(d.gatekeepingShareMax(), d.gatekeepingShareCritical(), d.betweennessShareMax(),
                d.betweennessCentralizationMax(), d.splitOffShareMin(), d.groupHoleDensityRatio(), d.groupHoleMinSize(),
                d.groupHolesReportedMax(), d.peripheryRatioMax(), d.diversityIqvMin(), d.centralUnderrepresentationRatio(),
                d.centralExpectedCountMin());
        assertThat(p).isEqualTo(d);
    }

    @Test
    void fromMap_overridesConsortiumKeys_andRoundTrips() {
        var p = Policy.fromMap(Map.of("budget_share_max", 0.4, "weight_scale", "2", "scale_residents_max", 30000));
        assertThat(p.budgetShareMax()).isEqualTo(0.4);
        assertThat(p.weightScale()).isEqualTo(2.0);
        assertThat(p.scaleResidentsMaxCount()).isEqualTo(30_000);
        assertThat(Policy.fromMap(p.asMap())).isEqualTo(p);
    }

    @Test
    void fromMap_badConsortiumValues_nameTheKey() {
        assertThatThrownBy(() -> Policy.fromMap(Map.of("budget_hhi_max", 1.5)))
                .hasMessageContaining("budget_hhi_max is 1.5 — give a share between 0 and 1");
        assertThatThrownBy(() -> Policy.fromMap(Map.of("resident_members_min", 0.5)))
                .hasMessageContaining("resident_members_min is 0.5 — give a whole number of 0 or more");
        assertThatThrownBy(() -> Policy.fromMap(Map.of("dependence_count_min", 0)))
                .hasMessageContaining("dependence_count_min is 0.0 — give a whole number of 1 or more");
        assertThatThrownBy(() -> Policy.fromMap(Map.of("weight_bridging", -1)))
                .hasMessageContaining("weight_bridging is -1.0");
        assertThatThrownBy(() -> Policy.fromMap(Map.of("wieght_scale", 1)))
                .hasMessageContaining("unknown policy key 'wieght_scale'").hasMessageContaining("did you mean weight_scale");
        var zero = new java.util.HashMap<String, Object>();
        for (String w : new String[] {"weight_diversity", "weight_power_balance", "weight_bridging", "weight_support",
            "weight_role_clarity", "weight_scale"}) {
            zero.put(w, 0);
        }
        assertThatThrownBy(() -> Policy.fromMap(zero)).hasMessageContaining("are all 0")
                .hasMessageContaining("weight_diversity");
    }
}
