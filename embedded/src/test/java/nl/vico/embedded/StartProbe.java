package nl.vico.embedded;

import java.nio.file.Path;

/**
 * Run in a child JVM by the tests: starts the embedded Neo4j on the directory given, then shuts it down.
 * Prints exactly one line, {@code started} or the exception's class and message, so the test can check
 * that Neo4j itself wrote nothing on the console.
 */
final class StartProbe {
    private StartProbe() {
    }

    public static void main(String[] args) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]))) {
            System.out.println("started " + neo4j.boltUri());
        } catch (EmbeddedNeo4jException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(3);
        }
    }
}
