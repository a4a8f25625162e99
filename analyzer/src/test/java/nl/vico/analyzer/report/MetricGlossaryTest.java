package nl.vico.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vico.analyzer.testing.CoreReport;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.MemberRole;
import nl.vico.model.Membership;
import nl.vico.model.StakeholderNetwork;
import org.junit.jupiter.api.Test;

class MetricGlossaryTest {

    @Test
    void everyKeyOfTheCoreSections_hasOnePlainSentence() {
        var base = Networks.random(3, 30, 0.1, true, 1, 2);
        var network = new StakeholderNetwork("glossary", base.actors(), base.ties(),
                List.of(new Consortium("c", "C", "task", null, null)),
                List.of(new Membership("c", base.actor(0).id(), MemberRole.LEAD, 1.0)), List.of());
        var report = CoreReport.of(network, new nl.vico.analyzer.AnalysisOptions(1, 5, 1));
        var keys = new ArrayList<String>(report.network().keySet());
        report.actors().values().forEach(m -> keys.addAll(m.keySet()));
        report.consortia().values().forEach(m -> keys.addAll(m.keySet()));
        keys.add("name");
        keys.add("type");
        var missing = keys.stream().distinct().filter(k -> MetricGlossary.explain(k).isEmpty()).toList();
        assertThat(missing).isEmpty();
        assertThat(keys).contains("betweenness_sample", "eigenvector", "members");
    }

    @Test
    void everyKeyOfTheWholeReport_hasOnePlainSentence() {
        var base = Networks.random(5, 40, 0.1, true, 1, 2);
        var report = new nl.vico.analyzer.NetworkAnalyzer(new nl.vico.analyzer.AnalysisOptions(1, 0, 1)).analyze(base);
        var keys = new ArrayList<String>(report.network().keySet());
        report.actors().values().forEach(m -> keys.addAll(m.keySet()));
        keys.addAll(report.groups().keySet());
        var missing = keys.stream().distinct().filter(k -> MetricGlossary.explain(k).isEmpty()).toList();
        assertThat(missing).isEmpty();
        assertThat(keys).contains("constraint", "brokerage_by_type", "krackhardt_hierarchy", "blau_index", "types");
    }

    @Test
    void sentences_arePlainSingleSentences() {
        assertThat(MetricGlossary.entries()).isNotEmpty();
        for (Map.Entry<String, String> e : MetricGlossary.entries().entrySet()) {
            assertThat(e.getKey()).matches("[a-z_]+");
            assertThat(e.getValue()).as(e.getKey()).endsWith(".").doesNotContain("\t");
            assertThat(Character.isUpperCase(e.getValue().charAt(0))).as(e.getKey()).isTrue();
        }
        assertThat(MetricGlossary.explain("degree")).contains("The number of other actors this actor has a tie with.");
        assertThat(MetricGlossary.explain("no_such_key")).isEmpty();
    }

    @Test
    void actorTypeKeys_areNotMistakenForMetrics() {
        // type keys appear as map keys inside type_counts; they are values, not report keys
        assertThat(MetricGlossary.explain(ActorType.RESIDENT.key())).isEmpty();
    }
}
