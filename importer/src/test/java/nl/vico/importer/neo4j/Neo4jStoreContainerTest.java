package nl.vico.importer.neo4j;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The store contract against the official Neo4j 5.26 community image, as users run it as a server.
 * Runs where a Docker engine is available and is skipped (not failed) where none is.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jStoreContainerTest extends Neo4jStoreContract {
    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community").withoutAuthentication();
    static Driver driver;

    @BeforeAll
    static void connect() {
        driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
    }

    @AfterAll
    static void disconnect() {
        if (driver != null) {
            driver.close();
        }
    }

    @Override
    protected Driver driver() {
        return driver;
    }

    @Override
    protected Driver newDriver() {
        return GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
    }
}
