package nl.vico.app.web;

import java.io.PrintStream;
import nl.vico.app.neo4j.DatabaseConnection;
import nl.vico.importer.neo4j.Neo4jStore;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Neo4j driver for the whole server: to the embedded database, started here in
 * {@code vico.data-dir}, or to the server at {@code vico.neo4j.uri}. Closing the context closes the driver
 * and stops the embedded database.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {
    @Bean(destroyMethod = "close")
    DatabaseConnection databaseConnection(VicoProperties properties) {
        var neo4j = properties.neo4j();
        return DatabaseConnection.open(neo4j.external() ? neo4j.uri() : null, neo4j.user(), neo4j.password(),
                properties.dataDir(), new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Bean(destroyMethod = "")
    Driver driver(DatabaseConnection connection) {
        return connection.driver();
    }

    @Bean
    Neo4jStore neo4jStore(Driver driver) {
        var store = new Neo4jStore(driver);
        store.ensureSchema();
        return store;
    }
}
