package nl.vico.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import nl.vico.embedded.EmbeddedNeo4j;

/**
 * One real embedded Neo4j for the server tests of this JVM, in a temporary folder, started on first use
 * and stopped when the JVM ends. The server under test reaches it over Bolt like any Neo4j server.
 */
final class TestDatabase {
    private static EmbeddedNeo4j db;
    private static Path dir;

    private TestDatabase() {
    }

    static synchronized String boltUri() {
        if (db == null) {
            try {
                dir = Files.createTempDirectory("vico-web-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            db = EmbeddedNeo4j.start(dir.resolve("neo4j"));
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "vico-test-db-stop"));
        }
        return db.boltUri().toString();
    }

    private static synchronized void stop() {
        if (db != null) {
            db.close();
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // the OS cleans its temporary folder
                return;
            }
        }
    }
}
