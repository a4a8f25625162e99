package nl.vico.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code vico analyze DIR} end to end through the real command line, against independent reference values. */
class AnalyzeFromFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"florentine_families", "karate_club", "les_miserables"})
    void analyzeJson_matchesReferenceDegreeBetweennessAndCutPoints(String dataset) throws IOException {
        Path dir = Cli.reference(dataset);
        Cli run = Cli.run("analyze", dir.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode got = JSON.readTree(run.out());
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());

        JsonNode net = expected.get("network");
        assertThat(got.at("/network/n_actors").asInt()).isEqualTo(net.get("n_actors").asInt());
        assertThat(got.at("/network/n_edges_undirected").asInt()).isEqualTo(net.get("n_edges_undirected").asInt());
        assertThat(got.at("/network/n_components").asInt()).isEqualTo(net.get("n_components").asInt());
        close(got.at("/network/density").asDouble(), net.get("density").asDouble());
        assertThat(strings(got.at("/network/articulation_points"))).isEqualTo(strings(net.get("articulation_points")));
        assertThat(pairs(got.at("/network/bridges"))).isEqualTo(pairs(net.get("bridges")));

        var ids = expected.get("actors").fieldNames();
        while (ids.hasNext()) {
            String id = ids.next();
            JsonNode e = expected.get("actors").get(id);
            JsonNode a = got.get("actors").get(id);
            assertThat(a).as("actor " + id).isNotNull();
            assertThat(a.get("degree").asInt()).as(id).isEqualTo(e.get("degree").asInt());
            close(a.get("degree_centrality").asDouble(), e.get("degree_centrality").asDouble());
            close(a.get("betweenness").asDouble(), e.get("betweenness").asDouble());
            close(a.get("betweenness_raw").asDouble(), e.get("betweenness_raw").asDouble());
        }
    }

    @Test
    void analyzeText_namesTheMostCentralFamily() {
        // Padgett & Ansell: the Medici have by far the highest betweenness of the marriage network
        Cli run = Cli.run("analyze", Cli.reference("florentine_families").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String firstRow = run.out().lines().filter(l -> l.matches("\\s+1\\s+.*")).findFirst().orElse("");
        assertThat(firstRow).contains("Medici");
        assertThat(run.out()).contains("Cut points").contains("15 actors");
    }

    @Test
    void analyzeOut_writesTheFileAndNothingOnStdout(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("a.json");
        Cli run = Cli.run("analyze", Cli.reference("florentine_families").toString(), "-f", "json", "--out", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(JSON.readTree(file.toFile()).at("/network/n_actors").asInt()).isEqualTo(15);
    }

    @Test
    void analyze_brokenDataset_exit2WithFileLineColumnAndNoStackTrace(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("broken");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("actors.csv"), "id,name,type\na,A,school\nb,B,resdent\na,A again,school\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ties.csv"), "source,target,kind\na,b,colaborates\na,zz,trusts\n", StandardCharsets.UTF_8);
        Cli run = Cli.run("analyze", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("actors.csv:3:")          // resdent → resident
                .contains("resident")
                .contains("actors.csv:4:1")          // duplicate id a
                .contains("ties.csv:2:")             // colaborates → collaborates
                .contains("collaborates")
                .contains("ties.csv:3:")             // unknown actor zz
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void analyzeSampled_saysSoInTextAndJson_andExactContradictingSampleIsBadInput() throws IOException {
        Path dir = Cli.reference("florentine_families");
        Cli text = Cli.run("analyze", dir.toString(), "--betweenness-sample", "5");
        assertThat(text.exit()).as(text.err()).isZero();
        // 15 actors, 5 sources, 95 %: 15/14 · √(ln 40 / 10) = 1.071429 · 0.607362 = 0.6507
        assertThat(text.out()).contains("estimated from 5 sampled actors of 15").contains("±0.6507");
        Cli json = Cli.run("analyze", dir.toString(), "--betweenness-sample", "5", "-f", "json");
        assertThat(JSON.readTree(json.out()).at("/network/betweenness_sample").asInt()).isEqualTo(5);
        Cli exact = Cli.run("analyze", dir.toString(), "--exact", "-f", "json");
        assertThat(JSON.readTree(exact.out()).at("/network/betweenness_sample").isMissingNode()).isTrue();
        Cli both = Cli.run("analyze", dir.toString(), "--exact", "--betweenness-sample", "5");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("contradict");
    }

    @Test
    void analyze_missingFolder_exit2() {
        Cli run = Cli.run("analyze", "/no/such/folder");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such folder");
    }

    @Test
    void analyze_bothDirAndWorkspace_isBadInput() {
        Cli run = Cli.run("analyze", Cli.reference("florentine_families").toString(), "--workspace", "x");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void unknownCommand_isBadInput() {
        Cli run = Cli.run("frobnicate");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "analyze", "workspaces", "demo"})
    void everyCommand_hasHelp(String command) {
        Cli run = Cli.run(command, "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: vico " + command);
    }

    private static void close(double actual, double expected) {
        // tolerance of ../shared/reference/README.md
        assertThat(actual).isCloseTo(expected, within(1e-9 + 1e-6 * Math.abs(expected)));
    }

    private static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static List<List<String>> pairs(JsonNode array) {
        var list = new ArrayList<List<String>>();
        array.forEach(p -> list.add(List.of(p.get(0).asText(), p.get(1).asText())));
        return list;
    }
}
