package nl.vico.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium (Debian's chromium and chromedriver), against the real server:
 * log in, see the map drawn, find an actor, click one, filter, highlight a consortium, upload a bad
 * dataset and read its errors per line, switch to Dutch, open a consortium page and try a recommendation's
 * what-if, show a finding on the map, and move a weight on the comparison page until the ranking changes.
 * Screenshots go to target/browser-screenshots.
 * Skipped, not failed, where /usr/bin/chromium or /usr/bin/chromedriver is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest extends ServerTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "browser-screenshots");
    private WebDriver driver;
    private Path profile;
    private long actors;
    private long residents;

    @BeforeAll
    void browser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        Datasets.uploadExample(admin(), "web-map");
        account("web-analyst", "analyst", false, "web-map");
        String csv = Datasets.text(Datasets.example("kanaalwijk"), "actors.csv");
        actors = csv.lines().skip(1).filter(l -> !l.isBlank()).count();
        residents = csv.lines().skip(1).filter(l -> l.split(",", -1)[2].equals("resident")).count();

        // Selenium would warn that it has no DevTools binding for this Chromium version; WebDriver itself is all we use
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("vico-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1440,900", "--lang=en-GB");
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // the driver is given explicitly, so Selenium Manager never looks for (or downloads) one
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void close() {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            nl.vico.app.web.workspace.WorkspaceService.deleteTree(profile);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private long drawnNodes() {
        return ((Number) js("return window.vico ? window.vico.drawnNodes() : -1;")).longValue();
    }

    /** Errors in the browser's console: a script failure, or anything the Content-Security-Policy refused. */
    private List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon"))
                // the refused upload of the upload test answers 400 on purpose
                .filter(m -> !(m.contains("/dataset - Failed to load resource") && m.contains("status of 400")))
                .toList();
    }

    @Test
    @Order(1)
    void login_thenTheMapIsDrawn() throws IOException {
        driver.get(url("/"));
        waiting().until(d -> d.getCurrentUrl().contains("/login.html"));
        shot("01-login");
        driver.findElement(By.id("username")).sendKeys("web-analyst");
        driver.findElement(By.id("password")).sendKeys("password-of-web-analyst");
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().equals(url("/")));
        waiting().until(d -> Boolean.TRUE.equals(js("return !!(window.vico && window.vico.ready && window.vico.analysed());")));
        assertThat(js("return window.vico.workspace();")).isEqualTo("web-map");
        assertThat(drawnNodes()).isEqualTo(actors);
        // the map is really painted: Cytoscape's canvases fill the map area
        Number canvases = (Number) js("return document.querySelectorAll('#cy canvas').length;");
        assertThat(canvases.intValue()).isPositive();
        WebElement status = driver.findElement(By.id("status"));
        assertThat(status.getText()).contains(actors + " of " + actors + " actors");
        shot("02-map");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void searchAnActor_showsItsMeasuresAndFindings() throws IOException {
        WebElement search = driver.findElement(By.id("search"));
        search.clear();
        search.sendKeys("Havenstad", Keys.ENTER);
        waiting().until(d -> "hc_havenstad".equals(js("return window.vico.selected();")));
        assertThat(driver.findElement(By.id("actor-name")).getText()).isEqualTo("Woonstichting Havenstad");
        String metrics = driver.findElement(By.id("actor-metrics")).getText();
        assertThat(metrics).contains("betweenness").containsPattern("\\d\\.\\d{3}");
        // the example's finding about the housing corporation as the gatekeeper to the municipality
        assertThat(driver.findElement(By.id("details")).getText()).contains("shortest paths between residents and the municipality");
        shot("03-search");
    }

    @Test
    @Order(3)
    void clickAnActorOnTheMap_showsItsDetails() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> pos = (Map<String, Object>) js("return window.vico.nodePosition('r05');");
        WebElement cy = driver.findElement(By.id("cy"));
        int x = (int) Math.round(((Number) pos.get("x")).doubleValue() - cy.getSize().getWidth() / 2.0);
        int y = (int) Math.round(((Number) pos.get("y")).doubleValue() - cy.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(cy, x, y).click().perform();
        waiting().until(d -> "r05".equals(js("return window.vico.selected();")));
        assertThat(driver.findElement(By.id("actor-name")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("actor-metrics")).getText()).contains("contacts (degree)");
        shot("04-click");
    }

    @Test
    @Order(4)
    void untickingAType_hidesItsActors_andAConsortiumIsHighlighted() throws IOException {
        driver.findElement(By.cssSelector("label[for=type-resident]")).click();
        waiting().until(d -> drawnNodes() == actors - residents);
        driver.findElement(By.id("reset")).click();
        waiting().until(d -> drawnNodes() == actors);
        new Select(driver.findElement(By.id("consortium"))).selectByValue("samen_de_kade");
        WebElement box = driver.findElement(By.id("consortium-details"));
        waiting().until(d -> box.getText().contains("Coalitie Samen aan de Kade"));
        Number members = (Number) js("return window.vico && document.querySelectorAll('#consortium-details li').length;");
        assertThat(members.longValue()).isEqualTo(Datasets.text(Datasets.example("kanaalwijk"), "members.csv").lines()
                .filter(l -> l.startsWith("samen_de_kade,")).count());
        shot("05-consortium");
    }

    @Test
    @Order(5)
    void uploadOfABadDataset_showsTheErrorsPerLine() throws IOException {
        driver.get(url("/#upload"));
        waiting().until(d -> d.findElement(By.id("upload-form")).isDisplayed());
        Path dir = Files.createTempDirectory("vico-bad-upload");
        Path actorsCsv = dir.resolve("actors.csv");
        Files.writeString(actorsCsv, "id,name,type\na1,Buurthuis,buurthuis\na2,Anna,resident\na2,Bert,resident\n",
                StandardCharsets.UTF_8);
        WebElement name = driver.findElement(By.id("upload-workspace"));
        name.clear();
        name.sendKeys("web-bad");
        driver.findElement(By.id("upload-files")).sendKeys(actorsCsv.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        WebElement table = waiting().until(d -> d.findElement(By.id("upload-problems")));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).findElement(By.cssSelector("td.where")).getText()).isEqualTo("actors.csv:2:3");
        assertThat(rows.get(1).findElement(By.cssSelector("td.where")).getText()).isEqualTo("actors.csv:4:1");
        shot("06-upload-errors");
        nl.vico.app.web.workspace.WorkspaceService.deleteTree(dir);
        assertThat(admin().get("/api/workspaces/web-bad").status()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void dutch_andKeyboard() throws IOException {
        driver.get(url("/"));
        waiting().until(d -> Boolean.TRUE.equals(js("return !!(window.vico && window.vico.ready);")));
        driver.findElement(By.id("lang")).click();
        waiting().until(d -> d.findElement(By.cssSelector("button.tab[data-view=map]")).getText().equals("Kaart"));
        assertThat(js("return document.documentElement.lang;")).isEqualTo("nl");
        // from the top of the page, the search field is reached with the keyboard alone
        js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        WebElement body = driver.findElement(By.tagName("body"));
        boolean reached = false;
        for (int i = 0; i < 30 && !reached; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            reached = "search".equals(js("return document.activeElement && document.activeElement.id;"));
        }
        assertThat(reached).as("search reachable by Tab").isTrue();
        new Actions(driver).sendKeys("Havenstad", Keys.ENTER).perform();
        waiting().until(d -> "hc_havenstad".equals(js("return window.vico.selected();")));
        assertThat(driver.findElement(By.id("details")).getText()).contains("Maten");
        shot("07-dutch");
        driver.findElement(By.id("lang")).click();
        assertThat(body.getText()).isNotEmpty();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    @Order(7)
    void theBrowsableApiPage_works_underItsPolicy() throws IOException {
        driver.get(url("/swagger-ui.html"));
        WebElement title = waiting().until(d -> d.findElement(By.cssSelector(".swagger-ui .info .title")));
        assertThat(title.getText()).contains("vico API");
        waiting().until(d -> !d.findElements(By.cssSelector(".opblock-tag")).isEmpty());
        shot("08-api");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    @Order(8)
    void smallLaptop_andProjector_showTheWholeMap() throws IOException {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 720));
        driver.get(url("/"));
        waiting().until(d -> Boolean.TRUE.equals(js("return !!(window.vico && window.vico.ready);")));
        assertThat(drawnNodes()).isEqualTo(actors);
        // the page itself does not scroll: header, status and the three columns fit the window
        assertThat(((Number) js("return document.documentElement.scrollHeight;")).intValue())
                .isLessThanOrEqualTo(((Number) js("return window.innerHeight;")).intValue());
        shot("09-laptop-1280x720");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
        driver.findElement(By.id("large")).click();
        waiting().until(d -> Boolean.TRUE.equals(js("return document.documentElement.classList.contains('large');")));
        driver.findElement(By.id("search")).sendKeys("Havenstad", Keys.ENTER);
        waiting().until(d -> "hc_havenstad".equals(js("return window.vico.selected();")));
        assertThat(((Number) js("return parseFloat(getComputedStyle(document.documentElement).fontSize);")).doubleValue())
                .isGreaterThanOrEqualTo(19.0);
        shot("10-projector-large");
        driver.findElement(By.id("large")).click();
        assertThat(consoleErrors()).isEmpty();
    }

    private com.fasterxml.jackson.databind.JsonNode apiAsAnalyst(String path) {
        var r = Http.login(port, "web-analyst", "password-of-web-analyst").get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static String rounded(com.fasterxml.jackson.databind.JsonNode score) {
        return score.isNumber() ? String.valueOf(Math.round(score.asDouble())) : "–";
    }

    @Test
    @Order(9)
    void consortiumPage_scoreCardsFindings_andAWhatIfShowsBeforeAndAfter() throws IOException {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
        driver.get(url("/#consortia"));
        WebElement link = waiting().until(d -> d.findElement(By.cssSelector("a.consortium-link[data-consortium=kade_beheer]")));
        link.click();
        waiting().until(d -> "kade_beheer".equals(js("return window.vico.consortiumShown();"))
                && Boolean.TRUE.equals(js("return window.vico.recommendationsShown();")));
        var assessment = apiAsAnalyst("/api/workspaces/web-map/consortia/kade_beheer/assessment");
        // one card per criterion and the overall score, each with the API's score rounded
        List<WebElement> cards = driver.findElements(By.cssSelector("#score-cards .card"));
        assertThat(cards).hasSize(7);
        for (WebElement card : cards) {
            String key = card.getAttribute("data-criterion");
            assertThat(card.findElement(By.cssSelector(".value")).getText()).as(key)
                    .isEqualTo(rounded(assessment.path("scores").path(key)));
        }
        List<WebElement> findings = driver.findElements(By.cssSelector("#cp-finding-list > li"));
        assertThat(findings).hasSize(assessment.path("findings").size());
        // examples/README.md: Kade Beheer is expected to show POWER_CONCENTRATION (Havenstad holds 70%)
        assertThat(findings.stream().map(f -> f.getAttribute("data-code"))).contains("POWER_CONCENTRATION");
        shot("11-consortium-page");

        // the first recommendation for Kade Beheer is the independent broker (examples/README.md); its what-if
        WebElement button = driver.findElement(By.cssSelector("#cp-rec-list button.what-if[data-actor=br_buurtverbinders]"));
        assertThat(button.getText()).contains("Buurtverbinders Havendam");
        button.sendKeys(Keys.ENTER); // with the keyboard: a real button
        WebElement table = waiting().until(d -> d.findElement(By.id("what-if-table")));
        var change = Http.login(port, "web-analyst", "password-of-web-analyst").post(
                "/api/workspaces/web-map/consortia/kade_beheer/what-if", Map.of("add", List.of("br_buurtverbinders"))).json();
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(7);
        for (WebElement row : rows) {
            String key = row.getAttribute("data-criterion");
            assertThat(row.findElement(By.cssSelector("td.before")).getText()).as(key)
                    .isEqualTo(rounded(change.path("scores").path(key).path("before")));
            assertThat(row.findElement(By.cssSelector("td.after")).getText()).as(key)
                    .isEqualTo(rounded(change.path("scores").path(key).path("after")));
        }
        // an independent connector joins: the bridging score rises and MISSING_BROKER goes
        WebElement bridging = table.findElement(By.cssSelector("tr[data-criterion=bridging]"));
        assertThat(Integer.parseInt(bridging.findElement(By.cssSelector("td.after")).getText()))
                .isGreaterThan(Integer.parseInt(bridging.findElement(By.cssSelector("td.before")).getText()));
        assertThat(driver.findElement(By.id("what-if-gone")).getText()).contains("No independent connector");
        // the keyboard user lands on the result
        assertThat(js("return document.activeElement && document.activeElement.id;")).isEqualTo("what-if-result");
        shot("12-what-if");

        // a finding's actors on the map: Havenstad, named by the POWER_CONCENTRATION finding
        WebElement power = driver.findElement(By.cssSelector("#cp-finding-list > li[data-code=POWER_CONCENTRATION]"));
        power.findElement(By.cssSelector("button.show-on-map")).click();
        waiting().until(d -> d.findElement(By.id("view-map")).isDisplayed());
        @SuppressWarnings("unchecked")
        List<String> flagged = (List<String>) js("return window.vico.flagged();");
        assertThat(flagged).contains("hc_havenstad");
        assertThat(driver.findElement(By.id("flag-note")).getText()).contains("Woonstichting Havenstad");
        shot("13-finding-on-map");
        assertThat(consoleErrors()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> pageRanking() {
        return (List<String>) js("return [...document.querySelectorAll('#ranking tbody tr')].map(r => r.dataset.consortium);");
    }

    private static List<String> ranking(com.fasterxml.jackson.databind.JsonNode comparison) {
        var ids = new java.util.ArrayList<String>();
        comparison.path("ranking").forEach(r -> ids.add(r.path("consortium").asText()));
        return ids;
    }

    @Test
    @Order(10)
    void comparison_aPanelMovesAWeight_andTheRankingFollows() throws IOException {
        driver.get(url("/#compare"));
        waiting().until(d -> ((Number) js("return window.vico.ranking().length;")).intValue() == 3
                && Boolean.FALSE.equals(js("return window.vico.comparing();")));
        List<String> equal = ranking(apiAsAnalyst("/api/workspaces/web-map/comparison"));
        assertThat(pageRanking()).isEqualTo(equal);
        shot("14-comparison-equal-weights");

        // with the keyboard: the power balance slider to its maximum (End), 10
        WebElement slider = driver.findElement(By.id("weight-power_balance"));
        slider.sendKeys(Keys.END);
        waiting().until(d -> "10".equals(d.findElement(By.id("weight-power_balance-value")).getText())
                && Boolean.FALSE.equals(js("return window.vico.comparing();"))
                && !pageRanking().equals(equal));
        List<String> weighted = ranking(apiAsAnalyst("/api/workspaces/web-map/comparison?weight=power_balance=10"));
        assertThat(pageRanking()).isEqualTo(weighted).isNotEqualTo(equal);
        // AssessmentApiTest derives why: with the budget's balance weighing most, Zorgzaam De Kade (largest share
        // 45%) passes Kade Beheer (70%)
        assertThat(pageRanking().indexOf("zorgzaam_de_kade")).isLessThan(pageRanking().indexOf("kade_beheer"));
        assertThat(driver.findElements(By.cssSelector("#ranking tr.moved-up"))).isNotEmpty();
        shot("15-comparison-power-weighs-most");

        // in Dutch, and on a projector-sized window with larger text, nothing runs off to the side
        driver.findElement(By.id("lang")).click();
        waiting().until(d -> d.findElement(By.cssSelector("#ranking thead")).getText().contains("Totaal"));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 720));
        driver.findElement(By.id("large")).click();
        assertThat(((Number) js("const v = document.getElementById('view-compare'); return v.scrollWidth - v.clientWidth;"))
                .intValue()).isLessThanOrEqualTo(0);
        shot("16-comparison-dutch-large-1280x720");
        driver.findElement(By.id("large")).click();
        driver.findElement(By.id("lang")).click();
        driver.findElement(By.id("weights-reset")).click();
        waiting().until(d -> pageRanking().equals(equal) && Boolean.FALSE.equals(js("return window.vico.comparing();")));
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    @Order(11)
    void loginPage_saysSoWhenThereWereTooManyFailedAttempts() throws IOException {
        driver.get(url("/login.html"));
        js("localStorage.setItem('vico.lang', 'en');");
        for (int i = 1; i <= 6; i++) {
            waiting().until(d -> d.getCurrentUrl().contains("/login.html")
                    && !d.findElement(By.id("csrf")).getAttribute("value").isEmpty());
            WebElement name = driver.findElement(By.id("username"));
            name.clear();
            name.sendKeys("web-guesser");
            WebElement password = driver.findElement(By.id("password"));
            password.clear();
            password.sendKeys("wrong-guess-" + i, Keys.ENTER);
            if (i <= 5) {
                waiting().until(d -> d.getCurrentUrl().contains("?error") && d.findElement(By.id("login-error")).isDisplayed());
                driver.get(url("/login.html")); // a fresh page for the next attempt
            }
        }
        // the sixth attempt is refused (429): the page says to wait, in the page's language
        WebElement message = waiting().until(d -> {
            WebElement m = d.findElement(By.id("login-throttled"));
            return m.isDisplayed() ? m : null;
        });
        assertThat(message.getText()).contains("Too many failed attempts").containsPattern("Wait \\d+ minutes");
        assertThat(driver.getCurrentUrl()).contains("/login.html");
        shot("17-login-too-many-attempts");
    }
}
