package nl.vico.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StakeholderNetworkTest {
    @Test
    void empty_isValidAndHasNoActors() {
        var n = StakeholderNetwork.empty("x");
        assertThat(n.size()).isZero();
        assertThat(n.indexOf("a")).isEqualTo(-1);
        assertThat(n.membersOf("c")).isEmpty();
    }

    @Test
    void index_followsGivenOrder() {
        var n = StakeholderNetwork.builder("t").actor("b", ActorType.SCHOOL).actor("a", ActorType.RESIDENT).build();
        assertThat(n.indexOf("b")).isZero();
        assertThat(n.indexOf("a")).isEqualTo(1);
        assertThat(n.actor("a")).get().extracting(Actor::formal).isEqualTo(false);
        assertThat(n.actor(0).formal()).isTrue();
    }

    @Test
    void duplicateActor_isRefusedWithTheFix() {
        var b = StakeholderNetwork.builder("t").actor("a", ActorType.SCHOOL).actor("a", ActorType.BUSINESS);
        assertThatThrownBy(b::build).hasMessageContaining("a is used twice").hasMessageContaining("unique id");
    }

    @Test
    void tieToUnknownActor_isRefusedWithTheFix() {
        var b = StakeholderNetwork.builder("t").actor("a", ActorType.SCHOOL).tie("a", "zz", TieKind.TRUSTS);
        assertThatThrownBy(b::build).hasMessageContaining("zz is not an actor").hasMessageContaining("actors.csv");
    }

    @Test
    void membershipOfUnknownConsortium_isRefused() {
        var b = StakeholderNetwork.builder("t").actor("a", ActorType.SCHOOL)
                .member(new Membership("c1", "a", MemberRole.LEAD, 1.0));
        assertThatThrownBy(b::build).hasMessageContaining("consortium c1");
    }

    @Test
    void membersOf_keepsFileOrder() {
        var n = StakeholderNetwork.builder("t").actor("a", ActorType.SCHOOL).actor("b", ActorType.RESIDENT)
                .consortium(new Consortium("c", "C", null, null, MunicipalRole.CLIENT))
                .member(new Membership("c", "b", null, null))
                .member(new Membership("c", "a", MemberRole.LEAD, 3.0))
                .build();
        assertThat(n.membersOf("c")).extracting(Membership::actor).containsExactly("b", "a");
    }

    @Test
    void equality_isByContentAndName() {
        var attrs = new LinkedHashMap<String, String>();
        attrs.put("z", "1");
        attrs.put("a", "2");
        var a1 = new Actor("a", "A", ActorType.BROKER, "w", true, true, attrs);
        var a2 = new Actor("a", "A", ActorType.BROKER, "w", true, true, Map.of("z", "1", "a", "2"));
        assertThat(a1).isEqualTo(a2);
        assertThat(List.copyOf(a1.attributes().keySet())).containsExactly("z", "a");
        var n1 = new StakeholderNetwork("x", List.of(a1), List.of(), List.of(), List.of(), List.of());
        var n2 = new StakeholderNetwork("y", List.of(a2), List.of(), List.of(), List.of(), List.of());
        assertThat(n1).isNotEqualTo(n2);
        assertThat(n1.sameContentAs(n2)).isTrue();
        assertThat(n1.withName("y")).isEqualTo(n2);
    }

    @Test
    void tieWeight_mustBePositive() {
        assertThatThrownBy(() -> new Tie("a", "b", TieKind.FUNDS, 0, true)).hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> new Tie("a", "b", TieKind.FUNDS, Double.NaN, true)).hasMessageContaining("greater than 0");
    }
}
