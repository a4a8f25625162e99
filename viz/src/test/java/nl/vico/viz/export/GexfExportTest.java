package nl.vico.viz.export;

import static nl.vico.viz.export.Exports.byId;
import static nl.vico.viz.export.Exports.elements;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.viz.ExternalTools;
import nl.vico.viz.Fixtures;
import nl.vico.viz.TypePalette;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GexfExportTest {
    private static final String NS = "http://gexf.net/1.3";
    private static final String VIZ = "http://gexf.net/1.3/viz";
    private static final String NS12 = "http://www.gexf.net/1.2draft";

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
    void gexf13_kanaalwijk_followsTheGexf13Grammar() throws Exception {
        String gexf = Exports.write(kanaalwijk, kanaalwijkReport, ExportFormat.GEXF, ExportOptions.defaults());

        assertThat(GexfGrammar.violations(gexf)).isEmpty();
    }

    @Test
    void grammarCheck_findsWhatIsBroken() throws Exception {
        String gexf = Exports.write(florentine, florentineReport, ExportFormat.GEXF, ExportOptions.defaults());

        assertThat(GexfGrammar.violations(gexf.replace("version=\"1.3\"", "version=\"1.4\""))).isNotEmpty();
        assertThat(GexfGrammar.violations(gexf.replace("defaultedgetype=\"undirected\"", "defaultedgetype=\"mixed\"")))
                .anyMatch(v -> v.contains("defaultedgetype"));
        assertThat(GexfGrammar.violations(gexf.replace("target=\"medici\"", "target=\"nobody\""))).isNotEmpty();
        assertThat(GexfGrammar.violations(gexf.replaceFirst("value=\"3\"", "value=\"three\""))).isNotEmpty();
        assertThat(GexfGrammar.violations(gexf.replaceFirst("id=\"e1\"", "id=\"e0\""))).anyMatch(v -> v.contains("unique"));
    }

    @Test
    void gexf13_nodesCarryTheActorsAttributesAndTheReportsMetrics() throws Exception {
        Document doc = Exports.parse(Exports.write(kanaalwijk, kanaalwijkReport, ExportFormat.GEXF, ExportOptions.defaults()));

        assertThat(elements(doc, NS, "node")).hasSize(113);
        assertThat(elements(doc, NS, "edge")).hasSize(365);
        Map<String, String> types = declared(doc, "node");
        assertThat(types).containsEntry("type", "string").containsEntry("formal", "boolean")
                .containsEntry("newcomer", "boolean").containsEntry("neighbourhood", "string")
                .containsEntry("since", "string").containsEntry("website", "string");
        Element havenstad = byId(doc, NS, "node", "hc_havenstad");
        assertThat(havenstad.getAttribute("label")).isEqualTo("Woonstichting Havenstad");
        Map<String, String> values = attvalues(havenstad);
        assertThat(values).containsEntry("type", "housing_corporation").containsEntry("since", "1919")
                .containsEntry("website", "https://www.woonstichting-havenstad.example");
        // every scalar per-actor value of the report reads back as the same value, in a declared column
        kanaalwijkReport.actors().get("hc_havenstad").forEach((key, value) -> {
            if (value instanceof Number n && !key.equals("name")) {
                assertThat(types).containsKey(key);
                assertThat(Double.parseDouble(values.get(key))).as(key).isEqualTo(n.doubleValue());
            }
            if (value instanceof Boolean b) {
                assertThat(values).containsEntry(key, b.toString());
            }
        });
        Element color = (Element) havenstad.getElementsByTagNameNS(VIZ, "color").item(0);
        var rose = TypePalette.of(ActorType.HOUSING_CORPORATION);
        assertThat(List.of(color.getAttribute("r"), color.getAttribute("g"), color.getAttribute("b")))
                .containsExactly("" + rose.getRed(), "" + rose.getGreen(), "" + rose.getBlue());
    }

    @Test
    void gexf13_edgesHaveUniqueIdsKindWeightAndTheirOwnDirection() throws Exception {
        Document doc = Exports.parse(Exports.write(kanaalwijk, kanaalwijkReport, ExportFormat.GEXF, ExportOptions.defaults()));
        var edges = elements(doc, NS, "edge");
        List<Tie> ties = kanaalwijk.ties();

        assertThat(edges.stream().map(e -> e.getAttribute("id")).distinct()).hasSize(ties.size());
        for (int i = 0; i < ties.size(); i++) {
            Element e = edges.get(i);
            Tie t = ties.get(i);
            assertThat(e.getAttribute("source")).isEqualTo(t.source());
            assertThat(e.getAttribute("target")).isEqualTo(t.target());
            assertThat(e.getAttribute("kind")).isEqualTo(t.kind().key());
            assertThat(Double.parseDouble(e.getAttribute("weight"))).isEqualTo(t.weight());
            assertThat(e.getAttribute("type")).isEqualTo(t.directed() ? "directed" : "undirected");
        }
        // the example has 2 explicitly directed trusts ties besides the kinds directed by default
        assertThat(edges.stream().filter(e -> e.getAttribute("type").equals("directed")).count())
                .isEqualTo(ties.stream().filter(Tie::directed).count())
                .isGreaterThan(0).isLessThan(ties.size());
    }

    @Test
    void gexf13_florentine_metricsEqualTheIndependentReferenceValues() throws Exception {
        Document doc = Exports.parse(Exports.write(florentine, florentineReport, ExportFormat.GEXF, ExportOptions.defaults()));
        @SuppressWarnings("unchecked")
        var medici = (Map<String, Object>) ((Map<String, Object>) Fixtures.expected("florentine_families").get("actors")).get("medici");

        Map<String, String> values = attvalues(byId(doc, NS, "node", "medici"));
        assertThat(Double.parseDouble(values.get("betweenness"))).isEqualTo(((Number) medici.get("betweenness")).doubleValue());
        assertThat(Double.parseDouble(values.get("constraint"))).isEqualTo(((Number) medici.get("constraint")).doubleValue());
        assertThat(values.get("degree")).isEqualTo(medici.get("degree").toString());
        @SuppressWarnings("unchecked")
        var brokerage = (Map<String, Object>) medici.get("brokerage_by_type");
        assertThat(values.get("brokerage_by_type_coordinator")).isEqualTo(brokerage.get("coordinator").toString());
        assertThat(declared(doc, "node")).containsEntry("degree", "integer").containsEntry("betweenness", "double")
                .containsEntry("brokerage_by_type_coordinator", "integer");
    }

    @Test
    void gexf12_validatesAgainstTheOfficialGexf12Schema_withVizLeftOut() throws Exception {
        String gexf = Exports.write(kanaalwijk, kanaalwijkReport, ExportFormat.GEXF,
                ExportOptions.defaults().withGexfVersion(GexfVersion.V1_2DRAFT));
        Document doc = Exports.parse(gexf);
        // the official 1.2draft XSD declares color/size in the GEXF namespace instead of the viz namespace (a
        // known defect of the generated schema), so the viz elements, checked by the 1.3 grammar test, are removed
        for (String viz : List.of("color", "size")) {
            for (Element e : elements(doc, "http://www.gexf.net/1.2draft/viz", viz)) {
                e.getParentNode().removeChild(e);
            }
        }
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("gexf.xsd"));

        schema.newValidator().validate(new DOMSource(doc)); // throws on the first violation

        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(NS12);
        assertThat(elements(doc, NS12, "edge")).allSatisfy(e -> assertThat(e.hasAttribute("kind")).isFalse());
    }

    @Test
    @SuppressWarnings("unchecked")
    void gexf12_networkxReadsIt_withAttributesAndColours(@TempDir Path dir) throws Exception {
        ExternalTools.assumePython("networkx");
        String gexf = Exports.write(florentine, florentineReport, ExportFormat.GEXF,
                ExportOptions.defaults().withGexfVersion(GexfVersion.V1_2DRAFT));
        String script = """
                import sys, json, networkx as nx
                g = nx.read_gexf(sys.argv[1])
                m = g.nodes['medici']
                print(json.dumps({'n': g.number_of_nodes(), 'm': g.number_of_edges(), 'directed': g.is_directed(),
                                  'label': m['label'], 'betweenness': m['betweenness'], 'degree': m['degree'],
                                  'type': m['type'], 'formal': m['formal'], 'color': m['viz']['color']}))
                """;

        var r = Exports.json(ExternalTools.python(script, Exports.file(dir, "f.gexf", gexf).toString()).strip());

        assertThat(r).containsEntry("n", 15).containsEntry("m", 20).containsEntry("directed", false)
                .containsEntry("label", "Medici family").containsEntry("type", "business")
                .containsEntry("formal", true).containsEntry("degree", 6);
        assertThat(((Number) r.get("betweenness")).doubleValue()).isEqualTo(
                ((Number) florentineReport.actors().get("medici").get("betweenness")).doubleValue());
        var olive = TypePalette.of(ActorType.BUSINESS);
        assertThat((Map<String, Object>) r.get("color")).containsEntry("r", olive.getRed())
                .containsEntry("g", olive.getGreen()).containsEntry("b", olive.getBlue());
    }

    @Test
    void gexf12_mixedDirections_networkxReadsIt_whenDirectionIsAnAttributeOnly(@TempDir Path dir) throws Exception {
        ExternalTools.assumePython("networkx");
        String gexf = Exports.write(kanaalwijk, kanaalwijkReport, ExportFormat.GEXF,
                ExportOptions.defaults().withGexfVersion(GexfVersion.V1_2DRAFT).withDirectionPerEdge(false));
        String script = """
                import sys, json, networkx as nx
                g = nx.read_gexf(sys.argv[1])
                directed = sum(1 for _, _, d in g.edges(data=True) if d['directed'])
                kinds = sorted({d['kind'] for _, _, d in g.edges(data=True)})
                print(json.dumps({'n': g.number_of_nodes(), 'm': g.number_of_edges(), 'directed_ties': directed,
                                  'kinds': kinds, 'r05': g.nodes['r05']['label']}))
                """;

        var r = Exports.json(ExternalTools.python(script, Exports.file(dir, "k.gexf", gexf).toString()).strip());

        assertThat(r).containsEntry("n", 113).containsEntry("m", 365).containsEntry("r05", "Resident r05")
                .containsEntry("directed_ties", (int) kanaalwijk.ties().stream().filter(Tie::directed).count())
                .containsEntry("kinds", List.of("collaborates", "contracts", "funds", "informs", "member_of", "trusts"));
    }

    @Test
    void residentNames_arePseudonymisedByDefault_andShownWhenAsked() throws Exception {
        Document hidden = Exports.parse(Exports.write(kanaalwijk, kanaalwijkReport, ExportFormat.GEXF, ExportOptions.defaults()));
        Document shown = Exports.parse(Exports.write(kanaalwijk, kanaalwijkReport, ExportFormat.GEXF,
                ExportOptions.defaults().withPseudonymiseResidents(false)));

        assertThat(byId(hidden, NS, "node", "r05").getAttribute("label")).isEqualTo("Resident r05");
        assertThat(byId(shown, NS, "node", "r05").getAttribute("label")).isEqualTo("Marloes K.");
        // groups of residents are not private persons
        assertThat(byId(hidden, NS, "node", "g_bewonersplatform").getAttribute("label")).isEqualTo("Bewonersplatform Kanaalwijk");
    }

    @Test
    void emptyNetwork_isAValidEmptyDocument() throws Exception {
        String gexf = Exports.write(StakeholderNetwork.empty("nothing"), AnalysisReport.builder().build(),
                ExportFormat.GEXF, ExportOptions.defaults());

        assertThat(GexfGrammar.violations(gexf)).isEmpty();
        assertThat(elements(Exports.parse(gexf), NS, "node")).isEmpty();
    }

    private static Map<String, String> declared(Document doc, String cls) {
        var types = new HashMap<String, String>();
        for (Element attributes : elements(doc, NS, "attributes")) {
            if (attributes.getAttribute("class").equals(cls)) {
                for (Element a : elementsOf(attributes, "attribute")) {
                    types.put(a.getAttribute("title"), a.getAttribute("type"));
                }
            }
        }
        return types;
    }

    private static Map<String, String> attvalues(Element node) {
        var values = new HashMap<String, String>();
        for (Element v : elementsOf(node, "attvalue")) {
            values.put(v.getAttribute("for"), v.getAttribute("value"));
        }
        return values;
    }

    private static List<Element> elementsOf(Element parent, String local) {
        var list = parent.getElementsByTagNameNS(NS, local);
        var result = new java.util.ArrayList<Element>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }
}
