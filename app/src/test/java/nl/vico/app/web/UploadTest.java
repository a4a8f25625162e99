package nl.vico.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Uploading datasets, good and bad, over real HTTP. A refused upload writes nothing: the workspace keeps
 * its content hash and counts, and a new workspace is not created. Limits of this test server: 2000 rows
 * per file, 3 MB unpacked, 2 MB sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadTest extends ServerTest {
    private static final String WS = "/api/workspaces/up-main";
    private Http analyst;
    private Path example;

    @BeforeAll
    void setUp() {
        example = Datasets.example("kanaalwijk");
        Datasets.uploadExample(admin(), "up-main");
        analyst = account("up-analyst", "analyst", false, "up-main");
    }

    /** The workspace as listed: its hash and counts, to compare before and after a refused upload. */
    private JsonNode state(String workspace) {
        var r = admin().get("/api/workspaces/" + workspace);
        return r.status() == 404 ? null : r.json();
    }

    private Map<String, byte[]> exampleWith(String file, String content) {
        var files = new LinkedHashMap<>(Datasets.files(example));
        files.put(file, content.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static List<Http.Part> parts(Map<String, byte[]> files) {
        var parts = new ArrayList<Http.Part>();
        files.forEach((name, bytes) -> parts.add(new Http.Part(name, bytes)));
        return parts;
    }

    @Test
    void upload_csvFiles_createsAWorkspace_andTheUploaderBecomesAMember() {
        var r = analyst.upload("/api/workspaces/up-new/dataset", Datasets.parts(example));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        // counts of examples/kanaalwijk: 113 rows in actors.csv, 365 in ties.csv, 3 consortia, 20 members
        assertThat(r.json().path("actors").asInt()).isEqualTo(113);
        assertThat(r.json().path("ties").asInt()).isEqualTo(365);
        assertThat(r.json().path("consortia").asInt()).isEqualTo(3);
        assertThat(r.json().path("memberships").asInt()).isEqualTo(20);
        assertThat(r.json().path("outcome").asText()).isEqualTo("created");
        assertThat(analyst.get("/api/me").json().path("workspaces").toString()).contains("up-new");
        var again = analyst.upload("/api/workspaces/up-new/dataset", Datasets.parts(example));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("outcome").asText()).isEqualTo("unchanged");
    }

    @Test
    void upload_zipOfAFolder_replacesTheContent() {
        var files = new LinkedHashMap<String, byte[]>();
        Datasets.files(Datasets.example("molenhoek")).forEach((name, bytes) -> files.put("molenhoek/" + name, bytes));
        files.put("molenhoek/README.md", "not a csv: ignored".getBytes(StandardCharsets.UTF_8));
        files.put("__MACOSX/molenhoek/._actors.csv", new byte[] {0, 1, 2});
        var r = analyst.upload("/api/workspaces/up-zip/dataset", List.of(new Http.Part("molenhoek.zip", Datasets.zip(files))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long rows = Datasets.text(Datasets.example("molenhoek"), "actors.csv").lines().skip(1).filter(l -> !l.isBlank()).count();
        assertThat(r.json().path("actors").asLong()).isEqualTo(rows);
    }

    @Test
    void badDataset_answers400WithEveryProblemByFileAndLine_andWritesNothing() {
        JsonNode before = state("up-main");
        String ties = Datasets.text(example, "ties.csv") + "r01,nobody_here,collaborates,1,\nr02,r03,colaborates,1,\nr03,r04,trusts,-2,\n";
        int lines = (int) Datasets.text(example, "ties.csv").lines().count();
        var r = analyst.upload(WS + "/dataset", parts(exampleWith("ties.csv", ties)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("type").asText()).isEqualTo("urn:vico:problem:dataset-invalid");
        List<String> texts = new ArrayList<>();
        r.json().path("problems").forEach(p -> texts.add(p.path("text").asText()));
        assertThat(texts).hasSize(3);
        // the three bad rows are the last three lines of ties.csv
        assertThat(texts.get(0)).startsWith("ties.csv:" + (lines + 1) + ":2 (target)").contains("nobody_here");
        assertThat(texts.get(1)).startsWith("ties.csv:" + (lines + 2) + ":3 (kind)").contains("collaborates");
        assertThat(texts.get(2)).startsWith("ties.csv:" + (lines + 3) + ":4 (weight)");
        JsonNode first = r.json().path("problems").get(0);
        assertThat(first.path("file").asText()).isEqualTo("ties.csv");
        assertThat(first.path("line").asInt()).isEqualTo(lines + 1);
        assertThat(state("up-main")).isEqualTo(before);
    }

    @Test
    void badDatasetForANewWorkspace_createsNothing() {
        var r = analyst.upload("/api/workspaces/up-never/dataset",
                List.of(Http.Part.text("actors.csv", "id,name,type\na1,A,resident\na1,B,school\n")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("problems").get(0).path("text").asText()).startsWith("actors.csv:3:1 (id)");
        assertThat(state("up-never")).isNull();
    }

    @Test
    void wrongEncoding_isRefusedWithTheLine_andWritesNothing() {
        JsonNode before = state("up-main");
        var files = new LinkedHashMap<>(Datasets.files(example));
        // Latin-1 bytes for "Café de Kade" on line 2: 0xE9 is not valid UTF-8 on its own
        byte[] latin1 = "id,name,type\nc1,Caf\u00e9 de Kade,business\n".getBytes(StandardCharsets.ISO_8859_1);
        files.put("actors.csv", latin1);
        var r = analyst.upload(WS + "/dataset", parts(files));
        assertThat(r.status()).isEqualTo(400);
        String text = r.json().path("problems").get(0).path("text").asText();
        assertThat(text).startsWith("actors.csv:2:").containsIgnoringCase("UTF-8");
        assertThat(state("up-main")).isEqualTo(before);
    }

    @Test
    void zipWithPathTraversal_isRefused_andNothingLandsOutsideOrInTheDatabase() throws Exception {
        JsonNode before = state("up-main");
        String marker = "vico-escape-" + System.nanoTime() + ".csv";
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        for (String evil : List.of("../" + marker, "../../" + marker, "/tmp/" + marker, "ok/../../" + marker,
                "..\\" + marker, "C:/" + marker)) {
            var files = new LinkedHashMap<String, byte[]>(Datasets.files(example));
            files.put(evil, "id,name,type\nx,X,resident\n".getBytes(StandardCharsets.UTF_8));
            var r = analyst.upload(WS + "/dataset", List.of(new Http.Part("data.zip", Datasets.zip(files))));
            assertThat(r.status()).as(evil).isEqualTo(400);
            assertThat(r.json().path("detail").asText()).as(evil).contains("refused");
            assertThat(Files.exists(tmp.resolve(marker))).as(evil).isFalse();
        }
        assertThat(state("up-main")).isEqualTo(before);
    }

    @Test
    void fileNamesWithPaths_areRefused() {
        JsonNode before = state("up-main");
        for (String evil : List.of("../actors.csv", "/etc/actors.csv", "sub/actors.csv", "..\\actors.csv")) {
            var r = analyst.upload(WS + "/dataset", List.of(Http.Part.text(evil, "id,name,type\nx,X,resident\n")));
            assertThat(r.status()).as(evil).isEqualTo(400);
        }
        assertThat(state("up-main")).isEqualTo(before);
    }

    @Test
    void oversizedUpload_answers413_andWritesNothing() {
        JsonNode before = state("up-main");
        // 2.5 MB sent, over this server's 2 MB multipart limit
        String big = "id,name,type\n" + "r,x,resident\n".repeat(200_000);
        var r = analyst.upload(WS + "/dataset", List.of(Http.Part.text("actors.csv", big)));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(state("up-main")).isEqualTo(before);
    }

    @Test
    void tooManyRows_answers413() {
        var rows = new StringBuilder("id,name,type\n");
        for (int i = 0; i < 2_500; i++) {
            rows.append('a').append(i).append(",A").append(i).append(",resident\n");
        }
        var r = analyst.upload("/api/workspaces/up-rows/dataset", List.of(Http.Part.text("actors.csv", rows.toString())));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().path("detail").asText()).contains("2000 rows");
        assertThat(state("up-rows")).isNull();
    }

    @Test
    void zipBomb_isStoppedAtTheUnpackedLimit() {
        // 5 MB of one repeated line compresses to a few kB, but unpacks over this server's 3 MB limit
        byte[] huge = ("id,name,type\n" + "x".repeat(5 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        byte[] zip = Datasets.zip(Map.of("actors.csv", huge));
        assertThat(zip.length).isLessThan(100_000);
        var r = analyst.upload("/api/workspaces/up-bomb/dataset", List.of(new Http.Part("bomb.zip", zip)));
        assertThat(r.status()).isEqualTo(413);
        assertThat(state("up-bomb")).isNull();
    }

    @Test
    void notAZip_orNoFiles_isRefusedCleanly() {
        var notZip = analyst.upload("/api/workspaces/up-junk/dataset",
                List.of(new Http.Part("data.zip", "this is not a zip".getBytes(StandardCharsets.UTF_8))));
        assertThat(notZip.status()).isEqualTo(400);
        var none = analyst.upload("/api/workspaces/up-junk/dataset", List.of());
        assertThat(none.status()).isEqualTo(400);
        var exe = analyst.upload("/api/workspaces/up-junk/dataset", List.of(Http.Part.text("actors.exe", "MZ")));
        assertThat(exe.status()).isEqualTo(400);
        var badName = analyst.upload("/api/workspaces/..%2Fx/dataset", Datasets.parts(example));
        assertThat(badName.status()).isBetween(400, 404);
        assertThat(state("up-junk")).isNull();
    }
}
