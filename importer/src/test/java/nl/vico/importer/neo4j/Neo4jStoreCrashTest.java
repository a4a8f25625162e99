package nl.vico.importer.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import nl.vico.embedded.EmbeddedNeo4j;
import nl.vico.importer.Dataset;
import nl.vico.importer.DatasetReader;
import nl.vico.importer.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** A process killed in the middle of an import: on reopening, the database holds the previous content. */
class Neo4jStoreCrashTest {
    @TempDir
    Path tmp;

    @Test
    void processKilledMidImport_reopensWithThePreviousContentOnly() throws Exception {
        Path dataDir = tmp.resolve("neo4j");
        Path previous = TestData.referenceDir().resolve("florentine_families");
        Path next = TestData.referenceDir().resolve("les_miserables");
        Path stderr = tmp.resolve("child.err");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), KilledImport.class.getName(),
                dataDir.toString(), "stad", previous.toString(), next.toString()));
        Process child = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
        List<String> seen = new ArrayList<>();
        try {
            CompletableFuture<Boolean> halfWay = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        seen.add(line);
                        if (line.equals(KilledImport.MID_IMPORT)) {
                            return true;
                        }
                    }
                    return false;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            boolean reached = halfWay.get(180, TimeUnit.SECONDS);
            assertThat(reached).as("child output %s, stderr %s", seen, Files.exists(stderr) ? Files.readString(stderr) : "")
                    .isTrue();
            assertThat(seen).contains(KilledImport.COMMITTED);
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(child.isAlive()).isFalse();

        Dataset expected = DatasetReader.read(previous);
        try (EmbeddedNeo4j reopened = EmbeddedNeo4j.start(dataDir);
             Driver driver = GraphDatabase.driver(reopened.boltUri(), AuthTokens.none(),
                     Config.builder().withLogging(Logging.none()).build())) {
            Neo4jStore store = new Neo4jStore(driver);
            assertThat(store.load("stad").orElseThrow().sameContentAs(expected.network())).isTrue();
            assertThat(store.workspaces()).singleElement().satisfies(w -> assertThat(w.contentHash())
                    .isEqualTo(expected.contentHash()));
            // no node or relationship of the killed import survived: 15 actors, 20 ties (florentine_families)
            assertThat(driver.executableQuery("MATCH (a:Actor) RETURN count(a) AS n").execute().records().get(0).get("n").asLong())
                    .isEqualTo(TestData.expectedNetworkInt("florentine_families", "n_actors"));
            assertThat(driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS n").execute().records().get(0).get("n").asLong())
                    .isEqualTo(TestData.expectedNetworkInt("florentine_families", "n_tie_rows"));
        }
    }
}
