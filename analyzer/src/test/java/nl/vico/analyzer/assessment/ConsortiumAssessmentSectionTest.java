package nl.vico.analyzer.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.NetworkAnalyzer;
import nl.vico.analyzer.report.MetricGlossary;
import org.junit.jupiter.api.Test;

/** {@code vico analyze} gains consortia.&lt;id&gt;.findings, scores, rank and the assessment's numbers. */
class ConsortiumAssessmentSectionTest {

    @Test
    void analyzeReport_hasFindingsScoresAndRankPerConsortium() {
        var report = new NetworkAnalyzer(new AnalysisOptions(1, 0, 42L)).analyze(Examples.load("kanaalwijk"));
        var kade = report.consortia().get("kade_beheer");
        assertThat(kade).containsKeys("findings", "scores", "score_parts", "rank", "diversity", "power", "bridging",
                "support", "roles", "scale", "member_profiles");
        // the composition keys are still there
        assertThat(kade).containsKeys("members", "type_counts", "municipality_role");
        @SuppressWarnings("unchecked")
        var findings = (List<Map<String, Object>>) kade.get("findings");
        assertThat(findings).extracting(f -> f.get("code")).contains("POWER_CONCENTRATION", "MISSING_BROKER", "SCALE_TOO_LARGE");
        assertThat(findings).allSatisfy(f -> assertThat(f).containsKeys("code", "severity", "message", "actors",
                "evidence", "threshold", "suggestion"));
        @SuppressWarnings("unchecked")
        var scores = (Map<String, Object>) kade.get("scores");
        assertThat(scores).containsKeys("diversity", "power_balance", "bridging", "support", "role_clarity", "scale",
                "overall");
        assertThat(report.consortia().get("samen_de_kade")).containsEntry("rank", 1);
        // the network's own findings stay as they were: consortium findings are not mixed in
        assertThat(report.findings()).noneMatch(f -> f.code().name().equals("MISSING_BROKER"));
    }

    @Test
    void everyNewConsortiumKey_hasAGlossarySentence() {
        for (String key : List.of("findings", "scores", "score_parts", "rank", "diversity", "power", "bridging",
                "support", "roles", "scale", "member_profiles")) {
            assertThat(MetricGlossary.explain(key)).as(key).isPresent();
        }
    }

    @Test
    void emptyNetworkWithAConsortium_isAssessedWithoutException() {
        var network = new nl.vico.model.StakeholderNetwork("empty", List.of(), List.of(),
                List.of(new nl.vico.model.Consortium("c", "C", null, null, null)), List.of(), List.of());
        var report = new NetworkAnalyzer(new AnalysisOptions(1, 0, 42L)).analyze(network);
        assertThat(report.consortia().get("c")).containsKeys("findings", "scores");
        @SuppressWarnings("unchecked")
        var scores = (Map<String, Object>) report.consortia().get("c").get("scores");
        assertThat(scores.get("power_balance")).isNull();
        assertThat(report.consortia().get("c").get("rank")).isEqualTo(1);
    }
}
