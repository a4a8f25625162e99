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
import nl.vico.importer.ImportListener;
import nl.vico.importer.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * A process killed (SIGKILL, no shutdown hook runs) in the middle of an import: on reopening, the database
 * holds one complete version of the workspace and nothing else.
 */
class Neo4jStoreCrashTest {
    @TempDir
    Path tmp;

    @Test
    void processKilledBeforeTheSwitch_reopensWithThePreviousContentOnly() throws Exception {
        // killed half-way through the ties of the second import: florentine_families stays, all of it
        reopenAfterKillIn(ImportListener.TIES, "florentine_families");
    }

    @Test
    void processKilledAfterTheSwitch_reopensWithTheNewContentOnly() throws Exception {
        // killed half-way through removing what the second import replaced: les_miserables stands, and the
        // rest of florentine_families is gone once the database is opened again
        reopenAfterKillIn(ImportListener.RETIRE, "les_miserables");
    }

    private void reopenAfterKillIn(String phase, String survivor) throws Exception {
        Path dataDir = tmp.resolve("neo4j");
        Path previous = TestData.referenceDir().resolve("florentine_families");
        Path next = TestData.referenceDir().resolve("les_miserables");
        Path stderr = tmp.resolve("child.err");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), KilledImport.class.getName(),
                dataDir.toString(), "stad", previous.toString(), next.toString(), phase));
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

        Dataset expected = DatasetReader.read(TestData.referenceDir().resolve(survivor));
        try (EmbeddedNeo4j reopened = EmbeddedNeo4j.start(dataDir);
             Driver driver = GraphDatabase.driver(reopened.boltUri(), AuthTokens.none(),
                     Config.builder().withLogging(Logging.none()).build())) {
            Neo4jStore store = new Neo4jStore(driver);
            assertThat(store.load("stad").orElseThrow().sameContentAs(expected.network())).isTrue();
            assertThat(store.workspaces()).singleElement().satisfies(w -> assertThat(w.contentHash())
                    .isEqualTo(expected.contentHash()));
            // no node or relationship of the other version survived (neither dataset has consortia or
            // neighbourhoods, so every relationship is a tie), and no job is left
            assertThat(count(driver, "MATCH (a:Actor) RETURN count(a) AS n")).isEqualTo(TestData.expectedNetworkInt(survivor, "n_actors"));
            assertThat(count(driver, "MATCH ()-[r]->() RETURN count(r) AS n"))
                    .isEqualTo(TestData.expectedNetworkInt(survivor, "n_tie_rows"));
            assertThat(count(driver, "MATCH (n) WHERE NOT n:Workspace AND NOT n:Actor RETURN count(n) AS n")).isZero();
        }
    }

    private static long count(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
    }
}
