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

    /** a, b, c; ties a→b funds 2 (directed by its kind), b–c trusts 0.1 (undirected), c→a informs 1 made undirected. */
    private static List<Tie> threeTies() {
        return List.of(new Tie("a", "b", TieKind.FUNDS, 2.0, true), new Tie("b", "c", TieKind.TRUSTS, 0.1, false),
                new Tie("c", "a", TieKind.INFORMS, 1.0, false));
    }

    private static List<Actor> abc() {
        return List.of(Actor.of("a", "A", ActorType.SCHOOL), Actor.of("b", "B", ActorType.RESIDENT),
                Actor.of("c", "C", ActorType.BROKER));
    }

    @Test
    void ties_areReadBackAsGiven_fromTheColumns() {
        var n = new StakeholderNetwork("t", abc(), threeTies(), List.of(), List.of(), List.of());
        assertThat(n.ties()).containsExactlyElementsOf(threeTies());
        assertThat(n.tieCount()).isEqualTo(3);
        assertThat(new int[] {n.sourceIndex(0), n.targetIndex(0), n.sourceIndex(2), n.targetIndex(2)})
                .containsExactly(0, 1, 2, 0);
        assertThat(List.of(n.tieKind(0), n.tieKind(1), n.tieKind(2)))
                .containsExactly(TieKind.FUNDS, TieKind.TRUSTS, TieKind.INFORMS);
        assertThat(List.of(n.tieDirected(0), n.tieDirected(1), n.tieDirected(2))).containsExactly(true, false, false);
        // 0.1 is no float: the weight comes back as the very double given, not (double) 0.1f
        assertThat(n.tieWeight(1)).isEqualTo(0.1);
        assertThat(n.tieWeight(0)).isEqualTo(2.0);
    }

    @Test
    void tieRecords_areMadeOnDemand_withTheActorsOwnIdStrings() {
        var n = new StakeholderNetwork("t", abc(), threeTies(), List.of(), List.of(), List.of());
        assertThat(n.ties().get(0).source()).isSameAs(n.actor(0).id());
        assertThat(n.ties().get(2).target()).isSameAs(n.actor(0).id());
        assertThatThrownBy(() -> n.ties().add(Tie.of("a", "b", TieKind.TRUSTS)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> n.ties().get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void tieTable_givesTheSameNetworkAsTieRecords() {
        var table = new TieTable(1).add(0, 1, TieKind.FUNDS, 2.0, true).add(1, 2, TieKind.TRUSTS, 0.1, false)
                .add(2, 0, TieKind.INFORMS, 1.0, false);
        var fromTable = new StakeholderNetwork("t", abc(), table, List.of(), List.of(), List.of());
        var fromRecords = new StakeholderNetwork("t", abc(), threeTies(), List.of(), List.of(), List.of());
        assertThat(fromTable).isEqualTo(fromRecords);
        assertThat(fromTable.hashCode()).isEqualTo(fromRecords.hashCode());
        assertThat(fromTable.ties()).containsExactlyElementsOf(threeTies());
        // a different weight is a different network
        var other = new StakeholderNetwork("t", abc(), new TieTable(3).add(0, 1, TieKind.FUNDS, 2.0, true)
                .add(1, 2, TieKind.TRUSTS, 0.2, false).add(2, 0, TieKind.INFORMS, 1.0, false),
                List.of(), List.of(), List.of());
        assertThat(other).isNotEqualTo(fromRecords);
        assertThat(other.sameContentAs(fromRecords)).isFalse();
    }

    @Test
    void tieTable_positionThatIsNoActor_isRefusedWithTheFix() {
        var table = new TieTable(1).add(0, 3, TieKind.TRUSTS, 1.0, false);
        assertThatThrownBy(() -> new StakeholderNetwork("t", abc(), table, List.of(), List.of(), List.of()))
                .hasMessageContaining("positions 0 and 3").hasMessageContaining("3 actors");
        assertThatThrownBy(() -> new TieTable(1).add(0, 1, TieKind.TRUSTS, 0.0, false))
                .hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> new TieTable(1).add(0, 1, null, 1.0, false)).hasMessageContaining("needs a kind");
    }

    @Test
    void tieTable_addAll_appendsInOrder_andGrowsPastItsFirstSize() {
        var first = new TieTable(1);
        var second = new TieTable(1);
        for (int i = 0; i < 10; i++) {
            first.add(i % 3, (i + 1) % 3, TieKind.TRUSTS, i + 1, false);
            second.add((i + 1) % 3, i % 3, TieKind.FUNDS, 0.5 + i, true);
        }
        var n = new StakeholderNetwork("t", abc(), first.addAll(second), List.of(), List.of(), List.of());
        assertThat(n.tieCount()).isEqualTo(20);
        assertThat(n.tieWeight(9)).isEqualTo(10.0);
        assertThat(n.tieWeight(10)).isEqualTo(0.5);
        assertThat(n.tieKind(19)).isEqualTo(TieKind.FUNDS);
        assertThat(n.sourceIndex(19)).isEqualTo(10 % 3);
    }

    @Test
    void indexOf_findsEveryActor_andNothingElse() {
        var b = StakeholderNetwork.builder("many");
        for (int i = 0; i < 1000; i++) {
            b.actor("x" + i, ActorType.RESIDENT);
        }
        var n = b.build();
        for (int i = 0; i < 1000; i++) {
            assertThat(n.indexOf("x" + i)).isEqualTo(i);
        }
        assertThat(n.indexOf("x1000")).isEqualTo(-1);
        assertThat(n.indexOf(null)).isEqualTo(-1);
        assertThat(n.actor("x")).isEmpty();
    }

    @Test
    void withName_keepsTheContent() {
        var n = new StakeholderNetwork("t", abc(), threeTies(), List.of(), List.of(), List.of());
        var renamed = n.withName("u");
        assertThat(renamed.name()).isEqualTo("u");
        assertThat(renamed.sameContentAs(n)).isTrue();
        assertThat(renamed.ties()).containsExactlyElementsOf(threeTies());
        assertThat(renamed.indexOf("c")).isEqualTo(2);
    }
}
