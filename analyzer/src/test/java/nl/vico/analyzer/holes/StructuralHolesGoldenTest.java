package nl.vico.analyzer.holes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.testing.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * constraint, effective_size (and their _weighted variants where the reference has a weighted block)
 * against ../shared/reference/*&#47;expected.json, read from the report the section writes.
 * Tolerance as the reference README: |a − e| ≤ 1e-9 + 1e-6·|e|; null = null.
 */
class StructuralHolesGoldenTest {

    static List<String> datasets() {
        return ReferenceData.DATASETS;
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void constraintAndEffectiveSize_matchReference(String dataset) {
        var report = report(dataset);
        JsonNode expected = ReferenceData.expected(dataset);
        var mismatches = new ArrayList<String>();
        int checked = 0;
        for (var it = expected.get("actors").fields(); it.hasNext(); ) {
            var e = it.next();
            for (String key : List.of("constraint", "effective_size")) {
                checked++;
                compare(mismatches, e.getKey() + "." + key, e.getValue().get(key), report.actors().get(e.getKey()).get(key));
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isEqualTo(2 * expected.get("actors").size());
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void weightedConstraintAndEffectiveSize_matchReference(String dataset) {
        JsonNode weighted = ReferenceData.expected(dataset).get("weighted");
        if (weighted == null || weighted.isNull()) {
            // florentine_families has no weights: the weighted reading must then equal the binary one
            var report = report(dataset);
            for (var actor : report.actors().values()) {
                assertThat(actor.get("constraint_weighted")).isEqualTo(actor.get("constraint"));
            }
            return;
        }
        var report = report(dataset);
        var mismatches = new ArrayList<String>();
        for (var it = weighted.get("actors").fields(); it.hasNext(); ) {
            var e = it.next();
            for (String key : List.of("constraint_weighted", "effective_size_weighted")) {
                compare(mismatches, e.getKey() + "." + key, e.getValue().get(key), report.actors().get(e.getKey()).get(key));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static AnalysisReport report(String dataset) {
        var context = new AnalysisContext(ReferenceData.network(dataset), new AnalysisOptions(1, 0, 42L));
        var builder = AnalysisReport.builder();
        new StructuralHolesSection().addTo(context, builder);
        return builder.build();
    }

    static void compare(List<String> mismatches, String what, JsonNode expected, Object actual) {
        if (expected == null || expected.isNull()) {
            if (actual != null) {
                mismatches.add(what + ": expected null, got " + actual);
            }
            return;
        }
        if (!(actual instanceof Number number)) {
            mismatches.add(what + ": expected " + expected + ", got " + actual);
            return;
        }
        double e = expected.asDouble();
        double a = number.doubleValue();
        if (!(Math.abs(a - e) <= 1e-9 + 1e-6 * Math.abs(e))) {
            mismatches.add(what + ": expected " + e + ", got " + a);
        }
    }
}
