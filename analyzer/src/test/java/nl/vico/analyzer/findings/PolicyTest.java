package nl.vico.analyzer.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyTest {

    @Test
    void asMap_listsEveryThresholdBySnakeCaseKey() {
        var map = Policy.defaults().asMap();
        assertThat(map.keySet()).containsExactlyElementsOf(Policy.keys());
        assertThat(map).containsEntry("gatekeeping_share_max", 0.5)
                .containsEntry("betweenness_centralization_max", 0.5)
                .containsEntry("group_hole_min_size", 3.0)
                .containsEntry("central_expected_count_min", 1.0);
        assertThat(map).hasSize(Policy.class.getRecordComponents().length);
        assertThat(map.keySet()).allMatch(k -> k.matches("[a-z]+(_[a-z]+)*"));
    }

    @Test
    void fromMap_ofAsMap_roundTrips_andEmptyMapGivesDefaults() {
        assertThat(Policy.fromMap(Policy.defaults().asMap())).isEqualTo(Policy.defaults());
        assertThat(Policy.fromMap(Map.of())).isEqualTo(Policy.defaults());
    }

    @Test
    void fromMap_overridesGivenKeys_acceptingNumbersAndNumericText() {
        var p = Policy.fromMap(Map.of("gatekeeping_share_max", 0.6, "group_hole_min_size", "5"));
        assertThat(p.gatekeepingShareMax()).isEqualTo(0.6);
        assertThat(p.groupHoleMinSizeCount()).isEqualTo(5);
        assertThat(p.betweennessShareMax()).isEqualTo(Policy.defaults().betweennessShareMax());
    }

    @Test
    void fromMap_unknownKey_namesItTheNearestAndAllValidKeys() {
        assertThatThrownBy(() -> Policy.fromMap(Map.of("gatekeeping_share_mx", 0.4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown policy key 'gatekeeping_share_mx'")
                .hasMessageContaining("did you mean gatekeeping_share_max")
                .hasMessageContaining("valid keys: gatekeeping_share_max, gatekeeping_share_critical");
    }

    @Test
    void fromMap_badValues_nameTheKey() {
        assertThatThrownBy(() -> Policy.fromMap(Map.of("split_off_share_min", "lots")))
                .hasMessageContaining("split_off_share_min needs a number");
        assertThatThrownBy(() -> Policy.fromMap(Map.of("periphery_ratio_max", 1.5)))
                .hasMessageContaining("periphery_ratio_max is 1.5 — give a share between 0 and 1");
        assertThatThrownBy(() -> Policy.fromMap(Map.of("group_hole_min_size", 2.5)))
                .hasMessageContaining("group_hole_min_size is 2.5 — give a whole number");
        assertThatThrownBy(() -> Policy.fromMap(Map.of("gatekeeping_share_critical", 0.3)))
                .hasMessageContaining("gatekeeping_share_critical (0.3) must be at least gatekeeping_share_max");
    }
}
