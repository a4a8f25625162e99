package nl.vico.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A smoke test of the page in a real headless Firefox (Debian's firefox-esr), driven over WebDriver BiDi by
 * {@link FirefoxBiDi}: log in with the keyboard, see the map drawn, open a consortium page by clicking, and find
 * its score cards, findings and recommendations rendered, without a script error. Screenshots go to
 * target/browser-screenshots. Skipped, not failed, where Firefox is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirefoxTest extends ServerTest {
    private static final Path SHOTS = Path.of("target", "browser-screenshots");
    private FirefoxBiDi firefox;

    @BeforeAll
    void browser() throws IOException {
        assumeTrue(FirefoxBiDi.binary() != null, "the Firefox smoke test needs Debian's firefox-esr"
                + " (apt-get install firefox-esr, or sudo scripts/install-test-tools.sh); it is not installed here");
        Datasets.uploadExample(admin(), "ff-map");
        account("ff-analyst", "analyst", false, "ff-map");
        Files.createDirectories(SHOTS);
        firefox = FirefoxBiDi.start(1440, 900);
    }

    @AfterAll
    void close() {
        if (firefox != null) {
            firefox.close();
        }
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), firefox.screenshot());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void login_map_andAConsortiumPage_renderInFirefox() throws IOException {
        firefox.navigate(url("/"));
        firefox.waitUntil("location.pathname === '/login.html' && document.readyState === 'complete'"
                + " && !!document.getElementById('csrf').value");
        firefox.click("#username");
        firefox.type("ff-analyst");
        firefox.click("#password");
        firefox.type("password-of-ff-analyst\uE007");
        firefox.waitUntil("location.pathname === '/' && window.vico && window.vico.ready && window.vico.analysed()");

        // the map: every actor of examples/kanaalwijk/actors.csv drawn on Cytoscape's canvases
        long actors = Datasets.text(Datasets.example("kanaalwijk"), "actors.csv").lines().skip(1)
                .filter(l -> !l.isBlank()).count();
        assertThat(firefox.evaluate("window.vico.workspace()").asText()).isEqualTo("ff-map");
        assertThat(firefox.evaluate("window.vico.drawnNodes()").asLong()).isEqualTo(actors);
        assertThat(firefox.evaluate("document.querySelectorAll('#cy canvas').length").asInt()).isPositive();
        shot("firefox-01-map");

        // a consortium page, reached by clicking: the tab, then the consortium's link
        firefox.click("button.tab[data-view=consortia]");
        firefox.waitUntil("!!document.querySelector('a.consortium-link[data-consortium=samen_de_kade]')");
        firefox.click("a.consortium-link[data-consortium=samen_de_kade]");
        firefox.waitUntil("window.vico.consortiumShown() === 'samen_de_kade' && window.vico.recommendationsShown()");
        // its name in examples/kanaalwijk/consortia.csv
        assertThat(firefox.evaluate("document.getElementById('cp-title').textContent").asText())
                .isEqualTo("Coalitie Samen aan de Kade");
        // six criteria and the overall score, each a whole number from 0 to 100 (the example defines all six)
        JsonNode cards = firefox.evaluate("[...document.querySelectorAll('#score-cards .card .value')].map(e => e.textContent)");
        assertThat(cards).hasSize(7);
        cards.forEach(c -> assertThat(Integer.parseInt(c.asText())).isBetween(0, 100));
        assertThat(firefox.evaluate("document.querySelectorAll('#cp-rec-list button.what-if').length").asInt()).isPositive();
        assertThat(firefox.evaluate("document.querySelectorAll('#cp-member-table tbody tr').length").asLong())
                .isEqualTo(Datasets.text(Datasets.example("kanaalwijk"), "members.csv").lines()
                        .filter(l -> l.startsWith("samen_de_kade,")).count());
        shot("firefox-02-consortium");
        assertThat(firefox.consoleErrors()).isEmpty();
    }
}
