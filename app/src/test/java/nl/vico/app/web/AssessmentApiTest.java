package nl.vico.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vico.app.cli.VicoCommand;
import nl.vico.app.web.analysis.AssessmentService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consortium assessment over real HTTP against the real server and the embedded Neo4j: assessment,
 * comparison with a panel's weights, recommendations and what-if give the command line's JSON; bad input is a
 * problem document; a viewer may read them in its own workspace and nowhere else; results are cached until the
 * workspace changes. Workspace as-main and as-other hold examples/kanaalwijk.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentApiTest extends ServerTest {
    private static final String WS = "/api/workspaces/as-main";
    private static final String OTHER = "/api/workspaces/as-other";
    private static final List<String> CRITERIA = List.of("diversity", "power_balance", "bridging", "support",
            "role_clarity", "scale");
    private Http viewer;
    private Http analyst;
    private Path example;

    @Autowired
    AssessmentService assessments;

    @BeforeAll
    void setUp() {
        example = Datasets.example("kanaalwijk");
        Http admin = admin();
        Datasets.uploadExample(admin, "as-main");
        Datasets.uploadExample(admin, "as-other");
        Datasets.uploadExample(admin, "as-change");
        viewer = account("as-viewer", "viewer", false, "as-main");
        analyst = account("as-analyst", "analyst", false, "as-main", "as-change");
    }

    /** The command line's JSON for the example folder (no database involved). */
    private JsonNode cli(String... args) throws IOException {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var all = new ArrayList<String>(List.of(args));
        all.add("--format");
        all.add("json");
        int exit = VicoCommand.execute(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return Http.JSON.readTree(out.toByteArray());
    }

    private static JsonNode ok(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> ranking(JsonNode comparison) {
        var ids = new ArrayList<String>();
        comparison.path("ranking").forEach(r -> ids.add(r.path("consortium").asText()));
        return ids;
    }

    private static void assertProblem(Http.Response r, int status, String... detailParts) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("type").asText()).startsWith("urn:vico:problem:");
        String text = r.json().path("detail").asText() + " " + r.json().path("errors");
        if (detailParts.length > 0) {
            assertThat(text).contains(detailParts);
        }
        assertThat(r.body()).doesNotContain("Exception", "at nl.vico");
    }

    private String hash(String workspace) {
        return admin().get("/api/workspaces/" + workspace).json().path("content_hash").asText();
    }

    // ---- the same documents as the command line --------------------------------------------------------

    @Test
    void assessment_isTheSameJsonAsVicoAssess() throws IOException {
        JsonNode expected = cli("assess", "samen_de_kade", example.toString());
        assertThat(ok(viewer.get(WS + "/consortia/samen_de_kade/assessment"))).isEqualTo(expected);
    }

    @Test
    void comparison_withWeights_isTheSameJsonAsVicoCompareWithWeights() throws IOException {
        JsonNode expected = cli("compare", example.toString(), "--task", "exploitatie buurthuis De Kade",
                "--weight", "power_balance=10", "--weight", "scale=0");
        JsonNode got = ok(viewer.get(WS + "/comparison?task=exploitatie%20buurthuis%20De%20Kade"
                + "&weight=power_balance%3D10&weight=scale=0"));
        assertThat(got).isEqualTo(expected);
        assertThat(ok(viewer.get(WS + "/comparison"))).isEqualTo(cli("compare", example.toString()));
    }

    @Test
    void recommendations_areTheSameJsonAsVicoRecommend() throws IOException {
        JsonNode expected = cli("recommend", "kade_beheer", example.toString(), "--top", "3");
        JsonNode got = ok(viewer.get(WS + "/consortia/kade_beheer/recommendations?top=3"));
        assertThat(got).isEqualTo(expected);
        // examples/README.md: for Kade Beheer the independent broker comes first and removes MISSING_BROKER
        assertThat(got.at("/recommendations/0/actor").asText()).isEqualTo("br_buurtverbinders");
    }

    @Test
    void whatIf_isTheSameJsonAsVicoAssessWithAdd_andWritesNothing() throws IOException {
        String before = hash("as-main");
        JsonNode expected = cli("assess", "kade_beheer", example.toString(), "--add", "br_buurtverbinders",
                "--remove", "biz_fm");
        var r = viewer.post(WS + "/consortia/kade_beheer/what-if",
                Map.of("add", List.of("br_buurtverbinders"), "remove", List.of("biz_fm")));
        JsonNode got = ok(r);
        assertThat(got).isEqualTo(expected);
        assertThat(got.at("/scores/bridging/before").asDouble()).isLessThan(got.at("/scores/bridging/after").asDouble());
        assertThat(hash("as-main")).isEqualTo(before);
        // the consortium itself is as it was: 4 members in examples/kanaalwijk/members.csv
        assertThat(ok(viewer.get(WS + "/consortia/kade_beheer/assessment")).path("n_members").asInt()).isEqualTo(4);
    }

    // ---- the panel's weights re-rank ------------------------------------------------------------------

    @Test
    void weights_reRankTheProposals_asTheWeightedMeanOfTheCriterionScores() {
        JsonNode equal = ok(viewer.get(WS + "/comparison"));
        Map<String, Double> weights = new LinkedHashMap<>();
        CRITERIA.forEach(c -> weights.put(c, 1.0));
        weights.put("power_balance", 10.0);
        weights.put("diversity", 0.0);
        // overall = Σ w_c·score_c / Σ w_c over the criteria whose score is defined (the README's definition),
        // computed here from the per-criterion scores, which do not depend on the weights
        Map<String, Double> expectedOverall = new LinkedHashMap<>();
        for (JsonNode row : equal.path("ranking")) {
            double sum = 0;
            double total = 0;
            for (String c : CRITERIA) {
                JsonNode s = row.path("scores").path(c);
                if (s.isNumber() && weights.get(c) > 0) {
                    sum += weights.get(c) * s.asDouble();
                    total += weights.get(c);
                }
            }
            expectedOverall.put(row.path("consortium").asText(), sum / total);
        }
        List<String> expectedOrder = expectedOverall.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).map(Map.Entry::getKey).toList();

        JsonNode weighted = ok(viewer.get(WS + "/comparison?weight=power_balance=10&weight=diversity=0"));
        assertThat(ranking(weighted)).isEqualTo(expectedOrder);
        for (JsonNode row : weighted.path("ranking")) {
            assertThat(row.at("/scores/overall").asDouble()).as(row.path("consortium").asText())
                    .isCloseTo(expectedOverall.get(row.path("consortium").asText()), within(1e-9));
            for (String c : CRITERIA) {
                JsonNode same = findRow(equal, row.path("consortium").asText()).path("scores").path(c);
                assertThat(row.path("scores").path(c)).as(c).isEqualTo(same);
            }
        }
        // the panel's weights make a difference here: the example's power balance ranks Zorgzaam De Kade
        // (largest share 45%) above Kade Beheer (70%), against the order with equal weights
        assertThat(ranking(weighted)).isNotEqualTo(ranking(equal));
        assertThat(ranking(weighted).indexOf("zorgzaam_de_kade")).isLessThan(ranking(weighted).indexOf("kade_beheer"));
        assertThat(ranking(equal).indexOf("kade_beheer")).isLessThan(ranking(equal).indexOf("zorgzaam_de_kade"));
    }

    private static JsonNode findRow(JsonNode comparison, String consortium) {
        for (JsonNode row : comparison.path("ranking")) {
            if (row.path("consortium").asText().equals(consortium)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + consortium);
    }

    // ---- bad input -------------------------------------------------------------------------------------

    @Test
    void badWeights_areProblems_namingTheFix() {
        assertProblem(viewer.get(WS + "/comparison?weight=scael=2"), 400, "no criterion 'scael'", "did you mean scale?");
        assertProblem(viewer.get(WS + "/comparison?weight=scale=much"), 400, "must be a number");
        assertProblem(viewer.get(WS + "/comparison?weight=scale=-1"), 400, "from 0");
        assertProblem(viewer.get(WS + "/comparison?weight=scale"), 400, "criterion=number");
        assertProblem(viewer.get(WS + "/comparison?weight=scale=1&weight=scale=2"), 400, "given twice");
        String allZero = String.join("&", CRITERIA.stream().map(c -> "weight=" + c + "=0").toList());
        assertProblem(viewer.get(WS + "/comparison?" + allZero), 400, "all 0");
        var two = viewer.get(WS + "/comparison?weight=scael=2&weight=power=x");
        assertProblem(two, 400, "2 weights");
        assertThat(two.json().path("errors")).hasSize(2);
        assertProblem(viewer.get(WS + "/consortia/kade_beheer/assessment?weight=bridgin=2"), 400, "did you mean bridging?");
    }

    @Test
    void unknownConsortiumTaskOrActor_areProblems_withTheNearestId() {
        assertProblem(viewer.get(WS + "/consortia/kade_beheerr/assessment"), 404, "no consortium kade_beheerr",
                "did you mean kade_beheer?");
        assertProblem(viewer.get(WS + "/consortia/kade_beheerr/recommendations"), 404, "did you mean kade_beheer?");
        assertProblem(viewer.post(WS + "/consortia/kade_beheerr/what-if", Map.of("add", List.of("r01"))), 404,
                "did you mean kade_beheer?");
        assertProblem(viewer.get(WS + "/comparison?task=exploitatie%20buurthuis%20De%20Kaad"), 400,
                "did you mean 'exploitatie buurthuis De Kade'");
        assertProblem(viewer.post(WS + "/consortia/kade_beheer/what-if", Map.of("add", List.of("br_buurtverbinder"))),
                400, "did you mean br_buurtverbinders?");
        assertProblem(viewer.post(WS + "/consortia/kade_beheer/what-if", Map.of("remove", List.of("cw_ggz"))), 400,
                "cannot remove cw_ggz: it is not a member");
        assertProblem(viewer.post(WS + "/consortia/kade_beheer/what-if", Map.of("add", List.of("hc_havenstad"))), 400,
                "already a member");
        assertProblem(viewer.post(WS + "/consortia/kade_beheer/what-if", Map.of()), 400, "at least one actor");
        assertProblem(viewer.post(WS + "/consortia/kade_beheer/what-if", Map.of("add", List.of(""))), 400, "add");
        assertProblem(viewer.postRaw(WS + "/consortia/kade_beheer/what-if", "application/json",
                "{\"add\": [".getBytes(StandardCharsets.UTF_8)), 400);
        assertProblem(viewer.get(WS + "/consortia/kade_beheer/recommendations?top=0"), 400);
        assertProblem(viewer.get(WS + "/consortia/kade_beheer/recommendations?top=51"), 400);
        assertProblem(admin().get("/api/workspaces/as-nowhere/comparison"), 404, "no workspace as-nowhere");
    }

    // ---- who may ask -----------------------------------------------------------------------------------

    @Test
    void viewer_readsTheAssessmentOfItsWorkspace_withoutResidentNames() {
        // r05, r33 and r50 (Marloes K., Samira E., Ilias M. in examples/kanaalwijk/actors.csv) are members of
        // samen_de_kade: the viewer sees them by id only
        var assessment = viewer.get(WS + "/consortia/samen_de_kade/assessment");
        assertThat(assessment.status()).isEqualTo(200);
        assertThat(assessment.body()).contains("\"r05\"").doesNotContain("Marloes", "Samira", "Ilias");
        var recommendations = viewer.get(WS + "/consortia/zorgzaam_de_kade/recommendations?top=5");
        assertThat(recommendations.status()).isEqualTo(200);
        for (String name : residentNames()) {
            assertThat(recommendations.body()).doesNotContain(name);
        }
    }

    private List<String> residentNames() {
        return Datasets.text(example, "actors.csv").lines().skip(1).map(l -> l.split(",", -1))
                .filter(c -> c.length > 2 && c[2].equals("resident")).map(c -> c[1]).toList();
    }

    @Test
    void anotherWorkspace_isRefused_forEveryAssessmentResource() {
        var refused = List.of(viewer.get(OTHER + "/consortia/samen_de_kade/assessment"),
                viewer.get(OTHER + "/comparison"), viewer.get(OTHER + "/comparison?weight=scale=2"),
                viewer.get(OTHER + "/consortia/kade_beheer/recommendations"),
                viewer.post(OTHER + "/consortia/kade_beheer/what-if", Map.of("add", List.of("br_buurtverbinders"))),
                analyst.get(OTHER + "/comparison"));
        for (var r : refused) {
            assertThat(r.status()).as(r.body()).isEqualTo(403);
            assertThat(r.json().path("type").asText()).isEqualTo("urn:vico:problem:forbidden");
            assertThat(r.body()).doesNotContain("Havenstad", "Samen aan de Kade", "overall");
        }
        Http nobody = Http.anonymous(port);
        assertThat(nobody.get(WS + "/comparison").status()).isEqualTo(401);
        assertThat(nobody.get(WS + "/consortia/kade_beheer/assessment").status()).isEqualTo(401);
    }

    @Test
    void whatIf_fromTheSession_needsTheCsrfToken_butAnApiTokenDoesNot() {
        var forged = viewer.withoutCsrf().post(WS + "/consortia/kade_beheer/what-if",
                Map.of("add", List.of("br_buurtverbinders")));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().path("type").asText()).isEqualTo("urn:vico:problem:csrf");
        var made = viewer.post("/api/me/tokens", Map.of("name", "panel-script"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String token = made.json().path("token").asText();
        var script = Http.bearer(port, token).post(WS + "/consortia/kade_beheer/what-if",
                Map.of("add", List.of("br_buurtverbinders")));
        assertThat(script.status()).as(script.body()).isEqualTo(200);
        assertThat(script.json().path("added").get(0).asText()).isEqualTo("br_buurtverbinders");
    }

    // ---- cache -----------------------------------------------------------------------------------------

    @Test
    void results_areCached_perWeights_untilTheWorkspaceChanges() {
        String ws = "/api/workspaces/as-change";
        JsonNode first = ok(analyst.get(ws + "/comparison"));
        int built = assessments.contextsBuilt();
        assertThat(ok(analyst.get(ws + "/comparison"))).isEqualTo(first);
        assertThat(ok(analyst.get(ws + "/consortia/kade_beheer/assessment")).path("consortium").asText())
                .isEqualTo("kade_beheer");
        assertThat(assessments.contextsBuilt()).as("same content, same weights: from the cache").isEqualTo(built);

        ok(analyst.get(ws + "/comparison?weight=scale=3"));
        assertThat(assessments.contextsBuilt()).as("new weights: one new context").isEqualTo(built + 1);
        ok(analyst.get(ws + "/comparison?weight=scale=3.0"));
        assertThat(assessments.contextsBuilt()).as("the same weights written differently").isEqualTo(built + 1);

        var renamed = analyst.put(ws + "/consortia/kade_beheer", Map.of("name", "Kade Beheer Nieuw",
                "task", "exploitatie buurthuis De Kade", "neighbourhood", "stadsdeel_noord", "municipality_role", "client"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        JsonNode after = ok(analyst.get(ws + "/comparison"));
        assertThat(assessments.contextsBuilt()).as("computed again after the change").isEqualTo(built + 2);
        assertThat(after.toString()).contains("Kade Beheer Nieuw");
        assertThat(first.toString()).doesNotContain("Kade Beheer Nieuw");
    }

    @Test
    void openApi_describesTheAssessmentResources() {
        JsonNode paths = ok(viewer.get("/v3/api-docs")).path("paths");
        assertThat(paths.has("/api/workspaces/{workspace}/comparison")).isTrue();
        assertThat(paths.has("/api/workspaces/{workspace}/consortia/{consortium}/assessment")).isTrue();
        assertThat(paths.has("/api/workspaces/{workspace}/consortia/{consortium}/recommendations")).isTrue();
        assertThat(paths.path("/api/workspaces/{workspace}/consortia/{consortium}/what-if").has("post")).isTrue();
    }
}
