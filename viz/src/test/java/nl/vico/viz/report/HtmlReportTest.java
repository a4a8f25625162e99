package nl.vico.viz.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.vico.analyzer.FindingMessages;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.StakeholderNetwork;
import nl.vico.viz.ExternalTools;
import nl.vico.viz.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class HtmlReportTest {
    static final ReportOptions OPTIONS = ReportOptions.defaults().withDate(LocalDate.of(2025, 3, 14));
    static StakeholderNetwork kanaalwijk;
    static AnalysisReport report;
    static String english;

    /** The example's whole analysis, consortium assessments and recommendations included. */
    @BeforeAll
    static void load() {
        kanaalwijk = Fixtures.kanaalwijk();
        report = Fixtures.kanaalwijkReport();
        english = html(OPTIONS);
    }

    static String html(ReportOptions options) {
        var out = new StringWriter();
        try {
            new HtmlReport().write(kanaalwijk, report, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Document parse(String html) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    static List<Element> elements(Document doc, String tag) {
        var list = doc.getElementsByTagName(tag);
        var result = new ArrayList<Element>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    static Element byId(Document doc, String id) {
        for (String tag : List.of("section", "article")) {
            for (Element e : elements(doc, tag)) {
                if (id.equals(e.getAttribute("id"))) {
                    return e;
                }
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    @Test
    void report_isOneWellFormedSelfContainedFile_withEmbeddedPictures() throws Exception {
        Files.createDirectories(Path.of("target", "pictures"));
        Files.writeString(Path.of("target", "pictures", "kanaalwijk-report.html"), english);

        Document doc = parse(english);

        var images = elements(doc, "img");
        assertThat(images).hasSize(1 + 3); // the map and one view per consortium
        for (Element img : images) {
            String src = img.getAttribute("src");
            assertThat(src).startsWith("data:image/png;base64,");
            var picture = ImageIO.read(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
            assertThat(picture.getWidth()).isGreaterThan(1000);
        }
        assertThat(elements(doc, "script")).isEmpty();
        assertThat(elements(doc, "link")).isEmpty();
        assertThat(english).doesNotContain("src=\"http").doesNotContain("url(http").doesNotContain("@import");
        for (String id : List.of("analysed", "map", "power", "bridges", "diversity", "consortia", "comparison", "policy", "glossary")) {
            assertThat(byId(doc, id)).isNotNull();
        }
        assertThat(english).contains("@media print").contains("break-before: page");
    }

    @Test
    void report_holdsEveryFinding_eachConsortiumsInItsOwnCard() throws Exception {
        Document doc = parse(english);
        String body = doc.getDocumentElement().getTextContent();
        report.findings().forEach(f -> assertThat(body).contains(f.message()));
        for (var c : kanaalwijk.consortia()) {
            String card = byId(doc, "consortium-" + c.id()).getTextContent();
            var own = findings(c.id());
            assertThat(own).as(c.id()).isNotEmpty();
            own.forEach(f -> assertThat(card).as(c.id()).contains(String.valueOf(f.get("message"))));
            for (var other : kanaalwijk.consortia()) {
                if (!other.id().equals(c.id())) {
                    // a finding names its consortium, so it must not turn up in another's card
                    findings(other.id()).forEach(f -> assertThat(card).doesNotContain(String.valueOf(f.get("message"))));
                }
            }
            var recs = (List<?>) report.consortia().get(c.id()).get("recommendations");
            assertThat(recs).as(c.id()).isNotEmpty();
            assertThat(card).contains(String.valueOf(((Map<?, ?>) recs.get(0)).get("message")));
        }
        // examples/README.md: Kade Beheer is led by Woonstichting Havenstad with 70% of the budget, above the
        // policy's 50% for one member; that threshold appears in the policy section
        String beheer = byId(doc, "consortium-kade_beheer").getTextContent();
        assertThat(beheer).contains("70%").contains("Woonstichting Havenstad");
        assertThat(byId(doc, "policy").getTextContent()).contains("Power concentration").contains("0.500");
    }

    private static List<Map<?, ?>> findings(String consortium) {
        var list = new ArrayList<Map<?, ?>>();
        if (report.consortia().get(consortium).get("findings") instanceof List<?> l) {
            l.forEach(f -> list.add((Map<?, ?>) f));
        }
        return list;
    }

    @Test
    void consortiumCards_listMembersWithNormalisedBudgetShares() throws Exception {
        Document doc = parse(english);

        // README: Kade Beheer's budget as fractions 0.70 / 0.20 / 0.10 / 0; Samen aan de Kade 48,000 of 186,000 euros = 25.8 %
        String beheer = byId(doc, "consortium-kade_beheer").getTextContent();
        assertThat(beheer).contains("Woonstichting Havenstad", "70.0%", "20.0%", "10.0%", "client (opdrachtgever)");
        assertThat(byId(doc, "consortium-samen_de_kade").getTextContent()).contains("Bewonersplatform Kanaalwijk", "25.8%", "facilitator");
        assertThat(byId(doc, "consortium-zorgzaam_de_kade").getTextContent()).contains("not stated", "no role");
        assertThat(byId(doc, "comparison").getTextContent()).contains("Coalitie Samen aan de Kade", "Kade Beheer (Havenstad c.s.)");
    }

    @Test
    void residentNames_arePseudonymisedUnlessAsked() {
        assertThat(english).contains("Resident r05").doesNotContain("Marloes K.");
        assertThat(html(OPTIONS.withPseudonymiseResidents(false))).contains("Marloes K.");
    }

    @Test
    void dutch_textsComeFromTheDutchBundle() throws Exception {
        String dutch = html(OPTIONS.withLocale(Locale.forLanguageTag("nl")));
        Document doc = parse(dutch);

        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("nl");
        assertThat(byId(doc, "power").getTextContent()).contains("Wie heeft de macht");
        assertThat(byId(doc, "analysed").getTextContent()).contains("14 maart 2025");
        assertThat(byId(doc, "consortium-kade_beheer").getTextContent()).contains("opdrachtgever", "penvoerder");
        assertThat(byId(doc, "glossary").getTextContent()).contains("Tussenpositie");
        assertThat(english).contains("Who holds power").doesNotContain("Wie heeft de macht");
    }

    @Test
    void dutchReport_writesFindingsAndRecommendationsInDutch_withoutAnEnglishSentence() throws Exception {
        Locale dutchLocale = Locale.forLanguageTag("nl");
        Document doc = parse(html(OPTIONS.withLocale(dutchLocale)));
        String body = doc.getDocumentElement().getTextContent();
        String beheer = byId(doc, "consortium-kade_beheer").getTextContent();
        // examples/README.md: Woonstichting Havenstad holds 0.70 of Kade Beheer's budget, FaciliCom 0.20, Welzijn 0.10,
        // the resident group 0: HHI 0.49 + 0.04 + 0.01 = 0.54, as concentrated as 1/0.54 = 1.85 equal holders; the
        // corporation is also the network's gatekeeper on 50% of the resident–municipality paths (ExampleFindingsTest),
        // and the resident group holds 0% of the budget
        assertThat(beheer).contains("Woonstichting Havenstad heeft 70% van het budget van Kade Beheer (Havenstad c.s.) in "
                + "handen, meer dan de 50% die het beleid \u00e9\u00e9n lid toestaat (HHI van het budget 0,54: zo "
                + "geconcentreerd als bij 1,9 gelijke budgethouders). Woonstichting Havenstad is ook de poortwachter van het "
                + "netwerk: 50% van de kortste paden tussen bewoners en de gemeente loopt via Woonstichting Havenstad. "
                + "Bewoners, bewonersorganisaties en informele leden hebben er samen 0% van.");
        assertThat(beheer).contains("Machtsconcentratie").doesNotContain("Power concentration")
                .doesNotContain("holds 70% of the budget");
        // the network's findings, each consortium's findings and recommendations: the Dutch text, never the English
        for (var f : report.findings()) {
            assertThat(body).contains(FindingMessages.render(f, dutchLocale)).doesNotContain(f.message());
            assertThat(body).doesNotContain(f.suggestion());
        }
        for (var c : kanaalwijk.consortia()) {
            String card = byId(doc, "consortium-" + c.id()).getTextContent();
            var english = report.consortia().get(c.id());
            var dutch = report.consortia(dutchLocale).get(c.id());
            for (int i = 0; i < findings(c.id()).size(); i++) {
                var en = (Map<?, ?>) ((List<?>) english.get("findings")).get(i);
                var du = (Map<?, ?>) ((List<?>) dutch.get("findings")).get(i);
                assertThat(card).as(c.id()).contains(String.valueOf(du.get("message")))
                        .doesNotContain(String.valueOf(en.get("message"))).doesNotContain(String.valueOf(en.get("suggestion")));
            }
            var recommendation = (Map<?, ?>) ((List<?>) dutch.get("recommendations")).get(0);
            assertThat(card).contains(String.valueOf(recommendation.get("message"))).doesNotContain(" is already tied to ");
            assertThat(String.valueOf(recommendation.get("message"))).startsWith("Voeg ");
        }
        assertThat(byId(doc, "policy").getTextContent()).contains("Machtsconcentratie").doesNotContain("Power concentration");
    }

    @Test
    void report_isTheSameForTheSameInput() {
        assertThat(html(OPTIONS)).isEqualTo(english);
    }

    @Test
    void headlessChromium_rendersTheReportToAPicture(@TempDir Path dir) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "no Debian chromium at /usr/bin/chromium");
        Path page = dir.resolve("report.html");
        Files.writeString(page, english);
        Path shot = dir.resolve("shot.png");

        var r = ExternalTools.run(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--window-size=1200,2400", "--screenshot=" + shot, page.toUri().toString()));

        assertThat(r.exit()).as(r.stderr()).isZero();
        var picture = ImageIO.read(shot.toFile());
        assertThat(picture.getWidth()).isEqualTo(1200);
        var colours = new java.util.HashSet<Integer>();
        for (int y = 0; y < picture.getHeight(); y += 3) {
            for (int x = 0; x < picture.getWidth(); x += 3) {
                colours.add(picture.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(50);
        Files.copy(shot, Path.of("target", "pictures", "kanaalwijk-report-chromium.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
