package nl.vico.app.neo4j;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.vico.app.UserInputException;
import nl.vico.embedded.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * One driver for the whole command, to the embedded database (started here, Bolt on 127.0.0.1) or to a
 * Neo4j server. Either way vico talks to Neo4j only through the driver over Bolt.
 */
public final class DatabaseConnection implements AutoCloseable {
    private final Driver driver;
    private final EmbeddedNeo4j embedded;
    private final String description;

    private DatabaseConnection(Driver driver, EmbeddedNeo4j embedded, String description) {
        this.driver = driver;
        this.embedded = embedded;
        this.description = description;
    }

    /** Connects to a server when {@code uri} is given, otherwise starts the embedded database in {@code dataDir}. */
    public static DatabaseConnection open(String uri, String user, String password, Path dataDir, PrintStream log) {
        Config config = Config.builder()
                .withLogging(Logging.none())
                .withConnectionTimeout(15, TimeUnit.SECONDS)
                .build();
        if (uri != null && !uri.isBlank()) {
            URI parsed;
            try {
                parsed = URI.create(uri.strip());
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--neo4j " + uri + " is not a URI — give one like bolt://localhost:7687");
            }
            var auth = password == null || password.isEmpty()
                    ? AuthTokens.none()
                    : AuthTokens.basic(user == null ? "neo4j" : user, password);
            Driver driver = GraphDatabase.driver(parsed, auth, config);
            try {
                driver.verifyConnectivity();
            } catch (AuthenticationException e) {
                driver.close();
                throw new UserInputException("Neo4j at " + uri + " refused the user name or password — "
                        + "give --neo4j-user and --neo4j-password (or NEO4J_USER / NEO4J_PASSWORD)");
            } catch (ServiceUnavailableException e) {
                driver.close();
                throw new UserInputException("cannot reach Neo4j at " + uri + " (" + e.getMessage() + ") — "
                        + "start the server (see docker/README.md) or leave out --neo4j to use the embedded database");
            }
            return new DatabaseConnection(driver, null, "Neo4j at " + uri);
        }
        log.println("vico: starting the embedded Neo4j in " + dataDir + " …");
        EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir);
        Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(), config);
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            db.close();
            throw e;
        }
        return new DatabaseConnection(driver, db, "embedded Neo4j in " + dataDir);
    }

    public Driver driver() {
        return driver;
    }

    /** Where the data live, for messages. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
