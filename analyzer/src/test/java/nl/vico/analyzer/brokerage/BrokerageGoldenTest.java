package nl.vico.analyzer.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.testing.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * brokerage_by_type per actor and brokerage_by_type_total of the network against
 * ../shared/reference/*&#47;expected.json (NetworkX-based counts cross-checked with R sna): integers, exact.
 */
class BrokerageGoldenTest {
    private static final List<String> ROLES = List.of("coordinator", "itinerant", "representative", "gatekeeper",
            "liaison", "total");

    static List<String> datasets() {
        return ReferenceData.DATASETS;
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void brokerageByType_matchesReferenceExactly(String dataset) {
        var context = new AnalysisContext(ReferenceData.network(dataset), new AnalysisOptions(1, 0, 42L));
        var builder = AnalysisReport.builder();
        new BrokerageSection().addTo(context, builder);
        var report = builder.build();
        JsonNode expected = ReferenceData.expected(dataset);
        var mismatches = new ArrayList<String>();
        for (var it = expected.get("actors").fields(); it.hasNext(); ) {
            var e = it.next();
            @SuppressWarnings("unchecked")
            var actual = (Map<String, Object>) report.actors().get(e.getKey()).get("brokerage_by_type");
            compare(mismatches, e.getKey(), e.getValue().get("brokerage_by_type"), actual);
        }
        @SuppressWarnings("unchecked")
        var total = (Map<String, Object>) report.network().get("brokerage_by_type_total");
        compare(mismatches, "network", expected.get("network").get("brokerage_by_type_total"), total);
        assertThat(mismatches).isEmpty();
        assertThat(total.get("total")).isEqualTo(expected.get("network").get("brokerage_by_type_total").get("total").asLong());
    }

    private static void compare(List<String> mismatches, String who, JsonNode expected, Map<String, Object> actual) {
        for (String role : ROLES) {
            Object a = actual.get(role);
            if (!(a instanceof Long value) || value != expected.get(role).asLong()) {
                mismatches.add(who + "." + role + ": expected " + expected.get(role) + ", got " + a);
            }
        }
    }
}
