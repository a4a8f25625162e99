package nl.vico.viz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.TieKind;
import nl.vico.viz.ExternalTools;
import nl.vico.viz.Fixtures;
import nl.vico.viz.TypePalette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotExportTest {

    /** Graphviz's own parser reads the file and reports every object with its attributes ({@code -Tjson}). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> graphviz(Path dir, String dot) throws Exception {
        Path file = Exports.file(dir, "g.dot", dot);
        var r = ExternalTools.run(List.of(ExternalTools.DOT.toString(), "-Tjson0", file.toString()));
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stderr()).as("graphviz warnings").isBlank();
        return Exports.json(r.stdout());
    }

    @Test
    @SuppressWarnings("unchecked")
    void dot_kanaalwijk_graphvizReadsEveryActorAndTie(@TempDir Path dir) throws Exception {
        ExternalTools.assumeGraphviz();
        StakeholderNetwork network = Fixtures.kanaalwijk();

        var g = graphviz(dir, Exports.write(network, AnalysisReport.builder().build(), ExportFormat.DOT, ExportOptions.defaults()));

        var nodes = (List<Map<String, Object>>) g.get("objects");
        var edges = (List<Map<String, Object>>) g.get("edges");
        assertThat(g).containsEntry("directed", true);
        assertThat(nodes).hasSize(113);
        assertThat(edges).hasSize(365);
        var byName = new HashMap<String, Map<String, Object>>();
        nodes.forEach(n -> byName.put((String) n.get("name"), n));
        assertThat(byName.get("hc_havenstad")).containsEntry("label", "Woonstichting Havenstad")
                .containsEntry("type", "housing_corporation").containsEntry("shape", "box")
                .containsEntry("fillcolor", TypePalette.hex(TypePalette.of(ActorType.HOUSING_CORPORATION)));
        assertThat(byName.get("r05")).containsEntry("label", "Resident r05").containsEntry("shape", "ellipse");
        assertThat(byName.get("br_buurtverbinders")).containsEntry("shape", "diamond");
        // undirected ties are drawn without arrow heads, directed ones with; graphviz orders edges its own way
        var read = edges.stream().map(e -> nodes.get(((Number) e.get("tail")).intValue()).get("name") + " "
                + nodes.get(((Number) e.get("head")).intValue()).get("name") + " " + e.get("kind") + " " + e.get("dir")).sorted().toList();
        var written = network.ties().stream().map(t -> t.source() + " " + t.target() + " " + t.kind().key() + " "
                + (t.directed() ? null : "none")).sorted().toList();
        assertThat(read).isEqualTo(written);
    }

    @Test
    @SuppressWarnings("unchecked")
    void dot_idsAndNamesWithQuotesBackslashesAndLineBreaks_areQuotedSafely(@TempDir Path dir) throws Exception {
        ExternalTools.assumeGraphviz();
        var network = StakeholderNetwork.builder("a \"quoted\" network")
                .actor(Actor.of("x\"y", "Back\\slash \"and\" quote", ActorType.BUSINESS))
                .actor(Actor.of("node -> edge", "two\nlines", ActorType.SCHOOL))
                .actor(Actor.of("graph", "keyword id", ActorType.FOUNDATION))
                .tie("x\"y", "node -> edge", TieKind.TRUSTS).tie("graph", "x\"y", TieKind.FUNDS).build();

        var g = graphviz(dir, Exports.write(network, AnalysisReport.builder().build(), ExportFormat.DOT, ExportOptions.defaults()));

        var nodes = (List<Map<String, Object>>) g.get("objects");
        assertThat(nodes).extracting(n -> n.get("name")).containsExactly("x\"y", "node -> edge", "graph");
        assertThat(nodes.get(0).get("label")).isEqualTo("Back\\\\slash \"and\" quote");
        assertThat(nodes.get(1).get("label")).isEqualTo("two lines");
        assertThat((List<?>) g.get("edges")).hasSize(2);
    }

    @Test
    void dot_withoutGraphviz_isStillOneStatementPerActorAndTie() {
        StakeholderNetwork network = Fixtures.reference("florentine_families");

        String dot = Exports.write(network, AnalysisReport.builder().build(), ExportFormat.DOT, ExportOptions.defaults());

        assertThat(dot).startsWith("digraph \"florentine_families\" {").endsWith("}\n");
        assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(20)
                .allSatisfy(l -> assertThat(l).contains("dir=none"));
        assertThat(dot.lines().filter(l -> l.matches("  \"[a-z]+\" \\[label=.*"))).hasSize(15);
    }
}
