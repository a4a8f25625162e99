package nl.vico.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vico.app.cli.VicoCommand;
import nl.vico.app.web.analysis.AnalysisService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The REST API over real HTTP against the real server and the embedded Neo4j: workspaces, the parts of
 * a network with their checks, the analysis and its cache, exports. Expected counts come from the example
 * files themselves (examples/kanaalwijk), read independently of the server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest extends ServerTest {
    private static final String WS = "/api/workspaces/api-main";
    private Http analyst;
    private Path example;

    @Autowired
    AnalysisService analyses;

    @BeforeAll
    void setUp() {
        example = Datasets.example("kanaalwijk");
        Http admin = admin();
        Datasets.uploadExample(admin, "api-main");
        Datasets.uploadExample(admin, "api-cache");
        Datasets.uploadExample(admin, "api-forget");
        analyst = account("api-analyst", "analyst", false, "api-main", "api-cache", "api-forget");
    }

    /** Rows of a CSV file of the example whose given column has the value (a plain split: the example quotes nothing). */
    private long rowsWith(String file, int column, String value) {
        return Datasets.text(example, file).lines().skip(1).filter(l -> !l.isBlank())
                .filter(l -> value == null || l.split(",", -1)[column].equals(value)).count();
    }

    private String hash(String workspace) {
        return analyst.get("/api/workspaces/" + workspace).json().path("content_hash").asText();
    }

    @Test
    void firstStart_importedTheExample_forTheAdministrator() {
        var r = admin().get("/api/workspaces/kanaalwijk");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("actors").asLong()).isEqualTo(rowsWith("actors.csv", 0, null));
    }

    @Test
    void workspaces_createListDelete() {
        var created = analyst.post("/api/workspaces", Map.of("name", "api-empty"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/workspaces/api-empty");
        assertThat(created.json().path("actors").asInt()).isZero();
        assertThat(created.json().path("access").asText()).isEqualTo("write");
        assertThat(analyst.post("/api/workspaces", Map.of("name", "api-empty")).status()).isEqualTo(409);
        var badName = analyst.post("/api/workspaces", Map.of("name", "no spaces/or slashes"));
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().path("type").asText()).isEqualTo("urn:vico:problem:workspace-name");
        List<String> names = new ArrayList<>();
        analyst.get("/api/workspaces").json().forEach(w -> names.add(w.path("name").asText()));
        assertThat(names).contains("api-empty", "api-main").doesNotContain("kanaalwijk");

        assertThat(admin().delete("/api/workspaces/api-empty").status()).isEqualTo(204);
        var gone = analyst.get("/api/workspaces/api-empty");
        assertThat(gone.status()).isEqualTo(403); // the membership went with the workspace
        assertThat(admin().get("/api/workspaces/api-empty").status()).isEqualTo(404);
        assertThat(admin().delete("/api/workspaces/api-empty").status()).isEqualTo(404);
    }

    @Test
    void actors_listWithFiltersAndPaging() {
        var schools = analyst.get(WS + "/actors?type=school&size=1000").json();
        assertThat(schools.path("total").asLong()).isEqualTo(rowsWith("actors.csv", 2, "school"));
        schools.path("items").forEach(a -> assertThat(a.path("type").asText()).isEqualTo("school"));
        // the Dutch word is accepted as in the files
        assertThat(analyst.get(WS + "/actors?type=woningcorporatie").json().path("total").asLong())
                .isEqualTo(rowsWith("actors.csv", 2, "housing_corporation"));
        var hood = analyst.get(WS + "/actors?neighbourhood=sluisbuurt&size=1000").json();
        assertThat(hood.path("total").asLong()).isEqualTo(rowsWith("actors.csv", 3, "sluisbuurt"));

        long all = rowsWith("actors.csv", 0, null);
        var page = analyst.get(WS + "/actors?page=1&size=10").json();
        assertThat(page.path("items").size()).isEqualTo(10);
        assertThat(page.path("total").asLong()).isEqualTo(all);
        assertThat(page.path("total_pages").asLong()).isEqualTo((all + 9) / 10);
        // page 1 starts with the 11th row of actors.csv
        String eleventh = Datasets.text(example, "actors.csv").lines().skip(11).findFirst().orElseThrow().split(",")[0];
        assertThat(page.path("items").get(0).path("id").asText()).isEqualTo(eleventh);
        assertThat(analyst.get(WS + "/actors?q=havenstad").json().path("items").get(0).path("id").asText())
                .isEqualTo("hc_havenstad");
        var members = analyst.get(WS + "/actors?consortium=samen_de_kade&size=100").json();
        assertThat(members.path("total").asLong()).isEqualTo(rowsWith("members.csv", 0, "samen_de_kade"));
        assertThat(analyst.get(WS + "/actors?size=0").status()).isEqualTo(400);
        assertThat(analyst.get(WS + "/actors?type=schol").json().path("detail").asText()).contains("\"school\"");
    }

    @Test
    void actor_createReadUpdateDelete() {
        var created = analyst.post(WS + "/actors", Map.of("id", "api_cafe", "name", "Café Sluis", "type", "bedrijf",
                "neighbourhood", "sluisbuurt", "attributes", Map.of("since", "2019")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(WS + "/actors/api_cafe");
        var read = analyst.get(WS + "/actors/api_cafe").json();
        assertThat(read.path("name").asText()).isEqualTo("Café Sluis");
        assertThat(read.path("type").asText()).isEqualTo("business");
        assertThat(read.path("formal").asBoolean()).isTrue(); // a business is formal by default
        assertThat(read.path("attributes").path("since").asText()).isEqualTo("2019");

        var updated = analyst.put(WS + "/actors/api_cafe", Map.of("name", "Café De Sluis", "type", "social_entrepreneur",
                "neighbourhood", "sluisbuurt", "newcomer", true));
        assertThat(updated.status()).isEqualTo(200);
        read = analyst.get(WS + "/actors/api_cafe").json();
        assertThat(read.path("name").asText()).isEqualTo("Café De Sluis");
        assertThat(read.path("type").asText()).isEqualTo("social_entrepreneur");
        assertThat(read.path("newcomer").asBoolean()).isTrue();

        assertThat(analyst.delete(WS + "/actors/api_cafe").status()).isEqualTo(204);
        var gone = analyst.get(WS + "/actors/api_cafe");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().path("type").asText()).isEqualTo("urn:vico:problem:not-found");
    }

    @Test
    void invalidChanges_areRefusedWithTheImportersRules_andWriteNothing() {
        String before = hash("api-main");
        var noType = analyst.post(WS + "/actors", Map.of("id", "x1", "name", "X"));
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().path("errors").get(0).path("field").asText()).isEqualTo("type");

        var typo = analyst.post(WS + "/actors", Map.of("id", "x1", "type", "scool"));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.json().path("detail").asText()).contains("\"school\"");

        // a neighbourhood that neighbourhoods.csv does not list: the importer's own check, as a line of actors.csv
        var hood = analyst.post(WS + "/actors", Map.of("id", "x1", "type", "school", "neighbourhood", "atlantis"));
        assertThat(hood.status()).isEqualTo(400);
        JsonNode problem = hood.json().path("problems").get(0);
        assertThat(problem.path("file").asText()).isEqualTo("actors.csv");
        assertThat(problem.path("column_name").asText()).isEqualTo("neighbourhood");
        assertThat(problem.path("message").asText()).contains("atlantis");

        assertThat(analyst.post(WS + "/actors", Map.of("id", "r01", "type", "resident")).status()).isEqualTo(409);
        assertThat(analyst.post(WS + "/actors", Map.of("id", "a/b", "type", "resident")).status()).isEqualTo(400);
        assertThat(analyst.put(WS + "/actors/r01", Map.of("id", "r99", "type", "resident")).status()).isEqualTo(400);
        assertThat(analyst.post(WS + "/ties", Map.of("source", "r01", "target", "nobody", "kind", "trusts")).status())
                .isEqualTo(404);
        assertThat(analyst.post(WS + "/ties", Map.of("source", "r01", "target", "r02", "kind", "trusts", "weight", -1))
                .status()).isEqualTo(400);
        assertThat(analyst.post(WS + "/ties", Map.of("source", "r01", "target", "r02", "kind", "likes")).status())
                .isEqualTo(400);
        var share = analyst.post(WS + "/consortia/samen_de_kade/members", Map.of("actor", "r05", "budget_share", -5));
        assertThat(share.status()).isEqualTo(400);
        assertThat(analyst.put(WS + "/consortia/samen_de_kade", Map.of("municipality_role", "boss")).status()).isEqualTo(400);
        assertThat(hash("api-main")).isEqualTo(before);
    }

    @Test
    void ties_createFilterUpdateDelete() {
        long trusts = rowsWith("ties.csv", 2, "trusts");
        assertThat(analyst.get(WS + "/ties?kind=trusts&size=1").json().path("total").asLong()).isEqualTo(trusts);
        var created = analyst.post(WS + "/ties", Map.of("source", "r01", "target", "hc_havenstad", "kind", "informs",
                "weight", 2.5));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        int id = created.json().path("id").asInt();
        assertThat(id).isEqualTo((int) rowsWith("ties.csv", 0, null)); // appended after the file's ties
        var read = analyst.get(WS + "/ties/" + id).json();
        assertThat(read.path("directed").asBoolean()).isTrue(); // informs is directed by default
        assertThat(read.path("weight").asDouble()).isEqualTo(2.5);
        var between = analyst.get(WS + "/ties?source=r01&target=hc_havenstad").json();
        assertThat(between.path("total").asInt()).isEqualTo(1);

        assertThat(analyst.put(WS + "/ties/" + id, Map.of("source", "r01", "target", "hc_havenstad", "kind", "trusts"))
                .status()).isEqualTo(200);
        assertThat(analyst.get(WS + "/ties/" + id).json().path("kind").asText()).isEqualTo("trusts");
        assertThat(analyst.delete(WS + "/ties/" + id).status()).isEqualTo(204);
        assertThat(analyst.get(WS + "/ties/" + id).status()).isEqualTo(404);
    }

    @Test
    void consortiaAndMembers_createUpdateDelete() {
        var c = analyst.post(WS + "/consortia", Map.of("id", "api_buurtteam", "name", "Buurtteam", "task",
                "exploitatie buurthuis De Kade", "municipality_role", "opdrachtgever"));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        assertThat(c.json().path("municipality_role").asText()).isEqualTo("client");
        var m = analyst.post(WS + "/consortia/api_buurtteam/members", Map.of("actor", "r01", "role", "lead", "budget_share", 0.6));
        assertThat(m.status()).as(m.body()).isEqualTo(201);
        assertThat(analyst.post(WS + "/consortia/api_buurtteam/members", Map.of("actor", "r01")).status()).isEqualTo(409);
        assertThat(analyst.post(WS + "/consortia/api_buurtteam/members", Map.of("actor", "ghost")).status()).isEqualTo(404);
        assertThat(analyst.post(WS + "/consortia/api_buurtteam/members", Map.of("actor", "r02", "role", "executor")).status())
                .isEqualTo(201);
        assertThat(analyst.put(WS + "/consortia/api_buurtteam/members/r02", Map.of("role", "partner")).status()).isEqualTo(200);
        var list = analyst.get(WS + "/consortia/api_buurtteam/members?role=partner").json();
        assertThat(list.path("total").asInt()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("actor").asText()).isEqualTo("r02");
        assertThat(analyst.get(WS + "/consortia/api_buurtteam").json().path("members").asInt()).isEqualTo(2);
        assertThat(analyst.get(WS + "/consortia?task=exploitatie%20buurthuis%20De%20Kade").json().path("total").asLong())
                .isEqualTo(rowsWith("consortia.csv", 2, "exploitatie buurthuis De Kade") + 1);

        assertThat(analyst.delete(WS + "/consortia/api_buurtteam/members/r01").status()).isEqualTo(204);
        assertThat(analyst.delete(WS + "/consortia/api_buurtteam").status()).isEqualTo(204);
        assertThat(analyst.get(WS + "/consortia/api_buurtteam").status()).isEqualTo(404);
        assertThat(analyst.get(WS + "/actors?consortium=api_buurtteam").json().path("total").asInt()).isZero();
    }

    @Test
    void forget_removesAPersonWithEveryTieAndMembership_fromLaterExports() {
        String ws = "/api/workspaces/api-forget";
        // r01 (Anouk V.) has ties in ties.csv; find a resident that is also a member of a consortium, if any
        long ties = Datasets.text(example, "ties.csv").lines().filter(l -> l.startsWith("r01,") || l.contains(",r01,")).count();
        assertThat(ties).isPositive();
        assertThat(analyst.get(ws + "/export?format=graphml").body()).contains("Anouk V.");
        var refused = analyst.delete(ws + "/actors/r01");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains(ties + " ties").contains("forget=true");

        assertThat(analyst.delete(ws + "/actors/r01?forget=true").status()).isEqualTo(204);
        assertThat(analyst.get(ws + "/actors/r01").status()).isEqualTo(404);
        assertThat(analyst.get(ws + "/ties?actor=r01").json().path("total").asInt()).isZero();
        for (String format : List.of("graphml", "gexf", "csv", "dot", "json")) {
            var export = analyst.get(ws + "/export?format=" + format);
            assertThat(export.status()).as(format).isEqualTo(200);
            assertThat(export.body()).as(format).doesNotContain("Anouk V.").doesNotContain("\"r01\"");
        }
        assertThat(analyst.get(ws + "/analysis").json().path("actors").has("r01")).isFalse();
        assertThat(analyst.get(ws + "/network").body()).doesNotContain("Anouk");
    }

    @Test
    void analysis_isTheSameJsonAsTheCommandLine() throws Exception {
        var out = new ByteArrayOutputStream();
        int exit = VicoCommand.execute(new String[] {"analyze", example.toString(), "--format", "json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        JsonNode cli = Http.JSON.readTree(out.toByteArray());
        var r = admin().get("/api/workspaces/kanaalwijk/analysis");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(cli);
    }

    @Test
    void analysis_isCached_untilTheWorkspaceChanges() {
        String ws = "/api/workspaces/api-cache";
        JsonNode first = analyst.get(ws + "/analysis").json();
        int computed = analyses.computed();
        JsonNode second = analyst.get(ws + "/analysis").json();
        assertThat(second).isEqualTo(first);
        assertThat(analyses.computed()).as("served from the cache").isEqualTo(computed);

        assertThat(analyst.put(ws + "/actors/hc_havenstad", Map.of("name", "Woonstichting Havenstad Nieuw",
                "type", "housing_corporation")).status()).isEqualTo(200);
        JsonNode third = analyst.get(ws + "/analysis").json();
        assertThat(analyses.computed()).as("computed again after the change").isEqualTo(computed + 1);
        assertThat(third.path("actors").path("hc_havenstad").path("name").asText()).isEqualTo("Woonstichting Havenstad Nieuw");
    }

    @Test
    void csvExport_defusesSpreadsheetFormulas() {
        String formula = "=HYPERLINK(\"http://evil.example\",\"klik\")";
        assertThat(analyst.post(WS + "/actors", Map.of("id", "api_formula", "name", formula, "type", "business")).status())
                .isEqualTo(201);
        assertThat(analyst.post(WS + "/actors", Map.of("id", "api_plus", "name", "+31 6 1234", "type", "business")).status())
                .isEqualTo(201);
        var csv = analyst.get(WS + "/export?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains("api-main.csv");
        String row = csv.body().lines().filter(l -> l.startsWith("api_formula,")).findFirst().orElseThrow();
        assertThat(row).startsWith("api_formula,\"'=HYPERLINK(");
        String plus = csv.body().lines().filter(l -> l.startsWith("api_plus,")).findFirst().orElseThrow();
        assertThat(plus).startsWith("api_plus,'+31 6 1234");
        analyst.delete(WS + "/actors/api_formula");
        analyst.delete(WS + "/actors/api_plus");
    }

    @Test
    void pictures_andReport_areServed() {
        var png = analyst.get(WS + "/render?format=png&width=800&height=600");
        assertThat(png.status()).as(png.body()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.bytes()).startsWith(0x89, 'P', 'N', 'G');
        var svg = analyst.get(WS + "/render?format=svg&width=800&height=600&lang=nl");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.body()).contains("<svg");
        assertThat(analyst.get(WS + "/render?format=gif").status()).isEqualTo(400);
        assertThat(analyst.get(WS + "/render?width=10").status()).isEqualTo(400);
        var report = analyst.get(WS + "/report?lang=nl");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/html");
        assertThat(report.body()).contains("<html");
        assertThat(report.header("Content-Security-Policy")).startsWith("default-src 'none'").doesNotContain("script-src");
    }

    @Test
    void openApi_describesTheApi_andTheBrowsablePageIsServed() {
        var docs = analyst.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        assertThat(paths.has("/api/workspaces/{workspace}/actors")).isTrue();
        assertThat(paths.has("/api/workspaces/{workspace}/dataset")).isTrue();
        assertThat(paths.has("/api/workspaces/{workspace}/analysis")).isTrue();
        var ui = analyst.get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger");
        assertThat(Http.anonymous(port).get("/v3/api-docs").status()).isEqualTo(401);
    }

    @Test
    void meta_givesTheCodesWithThePicturesColours() {
        JsonNode meta = analyst.get("/api/meta").json();
        assertThat(meta.path("actor_types").size()).isEqualTo(10);
        // colours from the table in TypePalette's documentation (Paul Tol's muted scheme)
        assertThat(meta.path("actor_types").get(0).path("key").asText()).isEqualTo("resident");
        assertThat(meta.path("actor_types").get(0).path("colour").asText()).isEqualTo("#88ccee");
        assertThat(meta.path("tie_kinds").size()).isEqualTo(6);
        assertThat(meta.path("glossary").has("betweenness")).isTrue();
    }
}
