package nl.vico.analyzer.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.NetworkAnalyzer;
import nl.vico.analyzer.testing.ReferenceData;
import nl.vico.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * The network-level findings on examples/kanaalwijk name what its README says a reader should see:
 * Woonstichting Havenstad as the gatekeeper between residents and the municipality (about 50 % of the
 * resident–department shortest paths averaged per pair), Wijkteam Kanaalwijk as the only articulation point
 * (cutting off the 12 Wervenhof residents and Seniorensoos De Werf), and Buurtverbinders Havendam spanning
 * the hole around the Pakhuisstraat community.
 */
class ExampleFindingsTest {

    private static Path example(String name) {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/" + name + " not found above " + Paths.get("").toAbsolutePath());
    }

    @Test
    void kanaalwijk_findingsNameTheGatekeeperTheCutVertexAndTheBroker() {
        var network = ReferenceData.network(example("kanaalwijk").toString());
        var findings = new NetworkAnalyzer(new AnalysisOptions(1, 0, 42L)).analyze(network).findings();

        var power = of(findings, FindingCode.POWER_CONCENTRATION);
        assertThat(power).anySatisfy(f -> {
            assertThat(f.actors()).containsExactly("hc_havenstad");
            assertThat(f.message()).startsWith("Woonstichting Havenstad lies on 50% of the shortest paths");
        });

        var spof = of(findings, FindingCode.SINGLE_POINT_OF_FAILURE);
        assertThat(spof).hasSize(1);
        assertThat(spof.get(0).actors()).containsExactly("cw_wijkteam");
        assertThat(spof.get(0).evidence()).containsEntry("residents_cut_off", 13.0).containsEntry("actors_split_off", 13.0);

        assertThat(of(findings, FindingCode.STRUCTURAL_HOLE))
                .anySatisfy(f -> assertThat(f.actors()).contains("br_buurtverbinders"));

        for (var actor : network.actors()) {
            if (actor.type() == ActorType.RESIDENT) {
                assertThat(findings).allSatisfy(f -> assertThat(f.message() + " " + f.suggestion())
                        .doesNotContain(actor.name()));
            }
        }
    }

    @Test
    void molenhoek_hasNoGatekeeper_aboveTheDefaultPolicy() {
        // the Dorpsraad carries 43 % of the resident–municipality paths: below the default 50 %
        var network = ReferenceData.network(example("molenhoek").toString());
        var findings = new NetworkAnalyzer(new AnalysisOptions(1, 0, 42L)).analyze(network).findings();
        assertThat(of(findings, FindingCode.POWER_CONCENTRATION)).isEmpty();
        var strict = new NetworkAnalyzer(new AnalysisOptions(1, 0, 42L),
                Policy.fromMap(java.util.Map.of("gatekeeping_share_max", 0.4))).analyze(network).findings();
        assertThat(of(strict, FindingCode.POWER_CONCENTRATION))
                .anySatisfy(f -> assertThat(f.actors()).containsExactly("bo_dorpsraad"));
    }

    private static List<Finding> of(List<Finding> findings, FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }
}
