package nl.vico.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

class EmbeddedNeo4jTest {
    @TempDir
    static Path tmp;
    static EmbeddedNeo4j neo4j;

    @BeforeAll
    static void start() {
        neo4j = EmbeddedNeo4j.start(tmp.resolve("db"));
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    static Driver driver(EmbeddedNeo4j db) {
        return GraphDatabase.driver(db.boltUri(), AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
    }

    @Test
    void driver_overBoltOnLoopback_runsQueries() {
        assertThat(neo4j.boltUri().getScheme()).isEqualTo("bolt");
        assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
        try (Driver driver = driver(neo4j)) {
            driver.verifyConnectivity();
            long sum = driver.executableQuery("UNWIND $xs AS x RETURN sum(x) AS s")
                    .withParameters(java.util.Map.of("xs", List.of(1, 2, 39)))
                    .execute().records().get(0).get("s").asLong();
            assertThat(sum).isEqualTo(42);
        }
    }

    @Test
    void dataDir_holdsConfigLogsAndStore() throws IOException {
        Path dir = neo4j.dataDir();
        assertThat(Files.readString(dir.resolve(EmbeddedNeo4j.CONFIG_FILE)))
                .contains("internal.server.bolt.connection_shutdown_wait_time=0s", "dbms.usage_report.enabled=false");
        assertThat(dir.resolve(EmbeddedNeo4j.LOGS_DIR).resolve(EmbeddedNeo4j.USER_LOG)).exists();
        assertThat(dir.resolve("data")).isDirectory();
    }

    @Test
    void secondStart_inThisProcess_saysTheDirectoryIsInUse() {
        assertThatThrownBy(() -> EmbeddedNeo4j.start(neo4j.dataDir()))
                .isInstanceOf(DataDirectoryInUseException.class)
                .hasMessageContaining("another vico process uses the database in " + neo4j.dataDir())
                .hasMessageContaining("--data-dir");
    }

    @Test
    void secondProcess_onTheSameDirectory_failsWithAClearMessageAndNothingElseOnTheConsole() throws Exception {
        ProcessResult r = runProbe(neo4j.dataDir());
        assertThat(r.exitCode).isEqualTo(3);
        assertThat(r.stdout).startsWith("DataDirectoryInUseException: another vico process uses the database in "
                + neo4j.dataDir());
        assertThat(r.stdout.lines()).hasSize(1);
        assertThat(r.stderr).isEmpty();
    }

    @Test
    void startAndClose_inAChildProcess_printNothingOfNeo4jsOwn() throws Exception {
        ProcessResult r = runProbe(tmp.resolve("quiet"));
        assertThat(r.exitCode).isZero();
        assertThat(r.stdout.lines()).singleElement().asString().startsWith("started bolt://127.0.0.1:");
        assertThat(r.stderr).isEmpty();
    }

    @Test
    void portTakenBetweenChoiceAndBind_retriesWithAnotherPort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            AtomicInteger calls = new AtomicInteger();
            int occupied = taken.getLocalPort();
            try (EmbeddedNeo4j second = EmbeddedNeo4j.start(tmp.resolve("race"),
                    () -> calls.getAndIncrement() == 0 ? occupied : EmbeddedNeo4j.freeLoopbackPort())) {
                assertThat(calls.get()).isEqualTo(2);
                assertThat(second.boltUri().getPort()).isNotEqualTo(occupied);
                try (Driver driver = driver(second)) {
                    assertThat(driver.executableQuery("RETURN 7 AS x").execute().records().get(0).get("x").asInt())
                            .isEqualTo(7);
                }
            }
        }
    }

    @Test
    void restart_keepsTheData_andCloseTwiceIsHarmless() {
        Path dir = tmp.resolve("restart");
        EmbeddedNeo4j first = EmbeddedNeo4j.start(dir);
        try (Driver driver = driver(first)) {
            driver.executableQuery("CREATE (:Probe {value: 'kept'})").execute();
        }
        first.close();
        first.close();
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(dir); Driver driver = driver(again)) {
            assertThat(driver.executableQuery("MATCH (p:Probe) RETURN p.value AS v").execute().records())
                    .singleElement().extracting(r -> r.get("v").asString()).isEqualTo("kept");
        }
    }

    private record ProcessResult(int exitCode, String stdout, String stderr) {
    }

    private static ProcessResult runProbe(Path dir) throws Exception {
        Path out = tmp.resolve("probe-" + System.nanoTime() + ".out");
        Path err = tmp.resolve("probe-" + System.nanoTime() + ".err");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED"));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), StartProbe.class.getName(), dir.toString()));
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the probe JVM did not finish within 120 s");
        }
        return new ProcessResult(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
