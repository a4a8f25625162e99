package nl.vico.viz.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.Severity;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.Membership;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.TieKind;
import nl.vico.viz.Fixtures;
import nl.vico.viz.TypePalette;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class NetworkRendererTest {
    private static final String SVG = "http://www.w3.org/2000/svg";
    static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    static final RenderOptions OPTIONS = RenderOptions.defaults().withDate(DAY);

    static StakeholderNetwork florentine;
    static AnalysisReport florentineReport;
    static StakeholderNetwork kanaalwijk;
    static AnalysisReport kanaalwijkReport;

    @BeforeAll
    static void load() {
        florentine = Fixtures.reference("florentine_families");
        florentineReport = Fixtures.referenceReport("florentine_families", florentine);
        kanaalwijk = Fixtures.kanaalwijk();
        kanaalwijkReport = Fixtures.kanaalwijkReport();
    }

    @Test
    void png_florentine_decodesAtTheRequestedSize_andIsNotBlank() throws Exception {
        byte[] png = Pictures.png(florentine, florentineReport, OPTIONS.withSize(1200, 800));
        Pictures.keep("florentine.png", png);

        BufferedImage image = Pictures.decode(png);

        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(Pictures.colours(image)).isGreaterThan(50);
    }

    @Test
    void png_sameInputAndSeed_givesTheSameBytes_anotherSeedAnotherPicture() {
        byte[] first = Pictures.png(kanaalwijk, kanaalwijkReport, OPTIONS);
        byte[] second = Pictures.png(kanaalwijk, kanaalwijkReport, OPTIONS);
        byte[] otherSeed = Pictures.png(kanaalwijk, kanaalwijkReport, OPTIONS.withSeed(7));

        assertThat(Pictures.sha256(second)).isEqualTo(Pictures.sha256(first));
        assertThat(Pictures.sha256(otherSeed)).isNotEqualTo(Pictures.sha256(first));
    }

    @Test
    void png_drawsEachActorWhereTheSvgDoesInItsTypeColour() throws Exception {
        RenderOptions options = OPTIONS.withMaxLabels(0);
        BufferedImage image = Pictures.decode(Pictures.png(kanaalwijk, kanaalwijkReport, options));
        Document svg = parse(Pictures.svg(kanaalwijk, kanaalwijkReport, options));

        int checked = 0;
        for (Element actor : elements(svg, "g")) {
            if (!actor.getAttribute("class").equals("actor")) {
                continue;
            }
            Element shape = (Element) actor.getElementsByTagNameNS(SVG, "*").item(1); // after <title>
            double x;
            double y;
            if (shape.getTagName().equals("circle")) {
                x = Double.parseDouble(shape.getAttribute("cx"));
                y = Double.parseDouble(shape.getAttribute("cy"));
            } else if (shape.getTagName().equals("rect")) {
                x = Double.parseDouble(shape.getAttribute("x")) + Double.parseDouble(shape.getAttribute("width")) / 2;
                y = Double.parseDouble(shape.getAttribute("y")) + Double.parseDouble(shape.getAttribute("height")) / 2;
            } else {
                continue;
            }
            Color fill = Color.decode(shape.getAttribute("fill"));
            Color pixel = new Color(image.getRGB((int) Math.round(x), (int) Math.round(y)));
            // nodes are drawn over ties, so the centre pixel shows the node's own colour (antialiasing aside)
            assertThat(Math.abs(pixel.getRed() - fill.getRed()) + Math.abs(pixel.getGreen() - fill.getGreen())
                    + Math.abs(pixel.getBlue() - fill.getBlue())).as("actor %s", actor.getAttribute("data-id")).isLessThan(40);
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void svg_kanaalwijk_parses_withOneElementPerActor_andTheLegendAndCaption() throws Exception {
        String svg = Pictures.svg(kanaalwijk, kanaalwijkReport, OPTIONS);
        Pictures.keep("kanaalwijk.svg", svg);
        Pictures.keep("kanaalwijk.png", Pictures.png(kanaalwijk, kanaalwijkReport, OPTIONS));

        Document doc = parse(svg);

        Set<String> ids = actorIds(doc);
        assertThat(ids).hasSize(113).isEqualTo(kanaalwijk.actors().stream().map(Actor::id).collect(Collectors.toSet()));
        assertThat(text(doc, "title")).contains("kanaalwijk");
        assertThat(doc.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent())
                .contains("kanaalwijk").contains("113 actors, 365 ties").contains("March 14, 2025").contains("betweenness");
        String legend = byId(doc, "legend").getTextContent();
        assertThat(legend).contains("resident (70)", "broker (1)", "collaborates", "trusts", "cut point", "arrow: directed tie");
        assertThat(byId(doc, "labels").getElementsByTagNameNS(SVG, "text").getLength()).isBetween(10, 30);
        // the example's only articulation point (README: Wijkteam Kanaalwijk) is ringed
        assertThat(byId(doc, "rings").getElementsByTagNameNS(SVG, "circle").getLength()).isEqualTo(1);
    }

    @Test
    void labels_neverOverlapEachOther() {
        Scene scene = new SceneBuilder(kanaalwijk, kanaalwijkReport, OPTIONS.withMaxLabels(60)).build();

        List<Scene.Label> labels = scene.labels();
        assertThat(labels).hasSizeGreaterThan(20);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).box().intersects(labels.get(j).box()))
                        .as("%s and %s", labels.get(i).text(), labels.get(j).text()).isFalse();
            }
        }
    }

    @Test
    void nodes_neverCoverEachOther() {
        Scene scene = new SceneBuilder(kanaalwijk, kanaalwijkReport, OPTIONS).build();

        var nodes = scene.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                var a = nodes.get(i);
                var b = nodes.get(j);
                assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).as("%s and %s", a.id(), b.id())
                        .isGreaterThanOrEqualTo((a.size() + b.size()) / 2 - 0.5);
            }
        }
        assertThat(nodes).allSatisfy(n -> assertThat(scene.plot().contains(n.x(), n.y())).isTrue());
    }

    @Test
    void consortiumView_ringsItsMembers_fadesTheRest_andDiffersFromThePlainMap() throws Exception {
        RenderOptions view = OPTIONS.withConsortium("samen_de_kade");
        byte[] png = Pictures.png(kanaalwijk, kanaalwijkReport, view);
        Pictures.keep("kanaalwijk-samen_de_kade.png", png);

        Document doc = parse(Pictures.svg(kanaalwijk, kanaalwijkReport, view));

        assertThat(Pictures.sha256(png)).isNotEqualTo(Pictures.sha256(Pictures.png(kanaalwijk, kanaalwijkReport, OPTIONS)));
        assertThat(text(doc, "title")).isEqualTo("Coalitie Samen aan de Kade");
        var memberRings = new ArrayList<Element>();
        for (Element c : children(byId(doc, "rings"))) {
            if (c.getAttribute("stroke").equals("#111111")) {
                memberRings.add(c);
            }
        }
        assertThat(memberRings).hasSize(12);
        // every member is labelled
        String labels = byId(doc, "labels").getTextContent();
        for (var m : kanaalwijk.membersOf("samen_de_kade")) {
            String name = m.actor().startsWith("r") ? "Resident " + m.actor() : kanaalwijk.actor(m.actor()).orElseThrow().name();
            assertThat(labels).contains(name);
        }
        // a non-member far from the coalition is faded
        Element faded = actor(doc, "cw_ggz");
        assertThat(Double.parseDouble(shapeOf(faded).getAttribute("fill-opacity"))).isLessThan(0.6);
        assertThat(Double.parseDouble(shapeOf(actor(doc, "se_koffiebar")).getAttribute("fill-opacity"))).isEqualTo(1.0);
    }

    @Test
    void consortiumView_badgesTheActorsFindingsName_butNotAWholeGroup() throws Exception {
        var network = StakeholderNetwork.builder("small")
                .actor("a", ActorType.MUNICIPALITY).actor("b", ActorType.HOUSING_CORPORATION).actor("c", ActorType.RESIDENT_GROUP)
                .actor("d", ActorType.SCHOOL).actor("e", ActorType.BROKER)
                .tie("a", "b", TieKind.FUNDS).tie("b", "c", TieKind.COLLABORATES).tie("c", "d", TieKind.TRUSTS)
                .tie("d", "e", TieKind.INFORMS)
                .consortium(new Consortium("k", "Kleine coalitie", null, null, null))
                .member(new Membership("k", "c", null, null)).member(new Membership("k", "d", null, null)).build();
        var report = AnalysisReport.builder()
                .finding(new Finding(FindingCode.POWER_CONCENTRATION, Severity.WARNING, "b holds the purse", List.of("b"),
                        Map.of(), null, null))
                .consortium("k", "findings", List.of(Map.of("code", "MISSING_BROKER", "actors", List.of("e"))))
                .build();

        Document doc = parse(Pictures.svg(network, report, OPTIONS.withConsortium("k")));
        Document plain = parse(Pictures.svg(network, report, OPTIONS));

        assertThat(byId(doc, "badges").getElementsByTagNameNS(SVG, "g").getLength()).isEqualTo(2);
        assertThat(byId(plain, "badges").getElementsByTagNameNS(SVG, "g").getLength()).isZero();
        assertThat(byId(doc, "legend").getTextContent()).contains("named in a finding", "member of the consortium");
    }

    @Test
    void aboveTheThreshold_eachCommunityIsOneNode_namedAfterItsMostCentralActor() throws Exception {
        RenderOptions options = OPTIONS.withAggregateAbove(50);
        Pictures.keep("kanaalwijk-groups.png", Pictures.png(kanaalwijk, kanaalwijkReport, options));

        Document doc = parse(Pictures.svg(kanaalwijk, kanaalwijkReport, options));

        Set<Object> communities = kanaalwijkReport.actors().values().stream().map(r -> r.get("community")).collect(Collectors.toSet());
        var groups = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("group")).toList();
        assertThat(groups).hasSize(communities.size());
        assertThat(actorIds(doc)).isEmpty();
        // the community of the network's highest betweenness is named after it (README: Woonstichting Havenstad)
        Object havenstad = kanaalwijkReport.actors().get("hc_havenstad").get("community");
        assertThat(groups).anySatisfy(g -> {
            assertThat(g.getAttribute("data-id")).isEqualTo("c" + havenstad);
            assertThat(g.getTextContent()).contains("Woonstichting Havenstad");
        });
        int total = groups.stream().mapToInt(g -> Integer.parseInt(g.getTextContent().replaceAll(".*\\((\\d+)\\).*", "$1"))).sum();
        assertThat(total).isEqualTo(113);
    }

    @Test
    void aboveTheThreshold_withoutCommunities_actorsAreGroupedByType() throws Exception {
        var network = StakeholderNetwork.builder("types")
                .actor("r1", ActorType.RESIDENT).actor("r2", ActorType.RESIDENT).actor("r3", ActorType.RESIDENT)
                .actor("s", ActorType.SCHOOL).actor("m", ActorType.MUNICIPALITY)
                .tie("r1", "r2", TieKind.TRUSTS).tie("r2", "s", TieKind.MEMBER_OF).tie("s", "m", TieKind.INFORMS).build();

        Document doc = parse(Pictures.svg(network, AnalysisReport.builder().build(), OPTIONS.withAggregateAbove(3)));

        var groups = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("group")).map(g -> g.getAttribute("data-id")).toList();
        assertThat(groups).containsExactlyInAnyOrder("tresident", "tschool", "tmunicipality");
        assertThat(children(byId(doc, "ties"))).hasSize(2); // resident–school and school–municipality
    }

    @Test
    void consortiumView_aboveTheThreshold_showsTheMembersAndTheirContactsOnly() throws Exception {
        Document doc = parse(Pictures.svg(kanaalwijk, kanaalwijkReport, OPTIONS.withConsortium("zorgzaam_de_kade").withAggregateAbove(50)));

        Set<String> expected = new HashSet<>();
        kanaalwijk.membersOf("zorgzaam_de_kade").forEach(m -> expected.add(m.actor()));
        Set<String> members = Set.copyOf(expected);
        kanaalwijk.ties().forEach(t -> {
            if (members.contains(t.source())) {
                expected.add(t.target());
            }
            if (members.contains(t.target())) {
                expected.add(t.source());
            }
        });
        assertThat(actorIds(doc)).isEqualTo(expected);
        assertThat(doc.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent()).contains(expected.size() + " of 113 actors");
    }

    @Test
    void residentNames_arePseudonymisedByDefault_andShownWhenAsked() {
        RenderOptions view = OPTIONS.withConsortium("samen_de_kade");

        String hidden = Pictures.svg(kanaalwijk, kanaalwijkReport, view);
        String shown = Pictures.svg(kanaalwijk, kanaalwijkReport, view.withPseudonymiseResidents(false));

        assertThat(hidden).contains("Resident r05").doesNotContain("Marloes K.");
        assertThat(shown).contains("Marloes K.");
    }

    @Test
    void dutch_legendAndCaptionComeFromTheDutchTexts() throws Exception {
        RenderOptions nl = OPTIONS.withConsortium("kade_beheer").withLocale(Locale.forLanguageTag("nl"));
        Pictures.keep("kanaalwijk-kade_beheer-nl.png", Pictures.png(kanaalwijk, kanaalwijkReport, nl));

        Document doc = parse(Pictures.svg(kanaalwijk, kanaalwijkReport, nl));

        assertThat(byId(doc, "legend").getTextContent()).contains("bewoner (70)", "verbinder (1)", "vertrouwt", "lid van het consortium");
        assertThat(doc.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent()).contains("14 maart 2025", "113 actoren");
    }

    @Test
    void sizeMetric_chosenByKey_otherwiseBetweenness_andAnUnknownKeyIsRejected() {
        Scene byBetweenness = new SceneBuilder(florentine, florentineReport, OPTIONS).build();
        Scene byDegree = new SceneBuilder(florentine, florentineReport, OPTIONS.withSizeMetric("degree")).build();

        // reference values: Medici has the highest betweenness (0.52) and degree (6); Guadagni 2nd in betweenness, degree 4
        assertThat(largest(byBetweenness)).isEqualTo("medici");
        assertThat(node(byBetweenness, "guadagni").size()).isGreaterThan(node(byBetweenness, "strozzi").size());
        assertThat(node(byDegree, "strozzi").size()).isEqualTo(node(byDegree, "guadagni").size()); // both degree 4
        assertThatThrownBy(() -> new SceneBuilder(florentine, florentineReport, OPTIONS.withSizeMetric("wealth")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wealth").hasMessageContaining("betweenness");
    }

    @Test
    void unknownConsortium_isRejected_namingTheKnownOnes() {
        assertThatThrownBy(() -> Pictures.png(kanaalwijk, kanaalwijkReport, OPTIONS.withConsortium("nope")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope").hasMessageContaining("samen_de_kade").hasMessageContaining("kade_beheer");
    }

    @Test
    void emptyNetwork_drawsTheFrameAndSaysThereIsNothing() throws Exception {
        var empty = StakeholderNetwork.empty("leeg");

        BufferedImage image = Pictures.decode(Pictures.png(empty, AnalysisReport.builder().build(), OPTIONS));
        Document doc = parse(Pictures.svg(empty, AnalysisReport.builder().build(), OPTIONS));

        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(actorIds(doc)).isEmpty();
        assertThat(doc.getDocumentElement().getTextContent()).contains("No actors to draw.");
    }

    @Test
    void typeColoursComeFromThePalette() throws Exception {
        Document doc = parse(Pictures.svg(kanaalwijk, kanaalwijkReport, OPTIONS));

        assertThat(shapeOf(actor(doc, "hc_havenstad")).getAttribute("fill"))
                .isEqualTo(TypePalette.hex(TypePalette.of(ActorType.HOUSING_CORPORATION)));
        assertThat(shapeOf(actor(doc, "br_buurtverbinders")).getTagName()).isEqualTo("polygon"); // the broker's diamond
        assertThat(shapeOf(actor(doc, "r01")).getTagName()).isEqualTo("circle"); // informal
        assertThat(shapeOf(actor(doc, "cw_welzijn")).getTagName()).isEqualTo("rect"); // formal
        assertThat(shapeOf(actor(doc, "se_buurtkeuken")).getAttribute("stroke-dasharray")).isNotEmpty(); // newcomer
    }

    @Test
    void render_toAPath_choosesTheFormatByExtension(@TempDir Path dir) throws Exception {
        var renderer = new NetworkRenderer();
        renderer.render(florentine, florentineReport, OPTIONS, dir.resolve("a.png"));
        renderer.render(florentine, florentineReport, OPTIONS, dir.resolve("a.SVG"));

        assertThat(Pictures.decode(Files.readAllBytes(dir.resolve("a.png"))).getWidth()).isEqualTo(1600);
        assertThat(Files.readString(dir.resolve("a.SVG"))).startsWith("<?xml").contains("<svg");
        assertThatThrownBy(() -> renderer.render(florentine, florentineReport, OPTIONS, dir.resolve("a.jpg")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".png or .svg");
    }

    // ------------------------------------------------------------------ helpers

    static Document parse(String svg) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static List<Element> elements(Document doc, String local) {
        var list = doc.getElementsByTagNameNS(SVG, local);
        var result = new ArrayList<Element>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    static List<Element> children(Element e) {
        var result = new ArrayList<Element>();
        for (var c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                result.add(el);
            }
        }
        return result;
    }

    static Element byId(Document doc, String id) {
        return elements(doc, "g").stream().filter(g -> id.equals(g.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no <g id=" + id + ">"));
    }

    static String text(Document doc, String id) {
        return elements(doc, "text").stream().filter(t -> id.equals(t.getAttribute("id"))).findFirst().orElseThrow().getTextContent();
    }

    static Set<String> actorIds(Document doc) {
        return elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("actor"))
                .map(g -> g.getAttribute("data-id")).collect(Collectors.toSet());
    }

    static Element actor(Document doc, String id) {
        return elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("actor") && g.getAttribute("data-id").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no actor " + id));
    }

    static Element shapeOf(Element actor) {
        return children(actor).stream().filter(e -> !e.getTagName().equals("title")).findFirst().orElseThrow();
    }

    static Scene.NodeGlyph node(Scene scene, String id) {
        return scene.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    static String largest(Scene scene) {
        return scene.nodes().stream().max((a, b) -> Double.compare(a.size(), b.size())).orElseThrow().id();
    }
}
