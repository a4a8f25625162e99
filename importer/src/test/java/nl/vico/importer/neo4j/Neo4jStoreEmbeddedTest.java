package nl.vico.importer.neo4j;

import java.nio.file.Path;

import nl.vico.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** The store contract against a real Neo4j running in this process (one DBMS for the whole class). */
class Neo4jStoreEmbeddedTest extends Neo4jStoreContract {
    @TempDir
    static Path dataDir;
    static EmbeddedNeo4j neo4j;
    static Driver driver;

    @BeforeAll
    static void start() {
        neo4j = EmbeddedNeo4j.start(dataDir.resolve("neo4j"));
        driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Override
    protected Driver driver() {
        return driver;
    }

    @Override
    protected Driver newDriver() {
        return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
    }
}
