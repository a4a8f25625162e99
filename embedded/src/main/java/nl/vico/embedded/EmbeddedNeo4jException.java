package nl.vico.embedded;

/** The embedded Neo4j could not be started; the message says why and what to do. */
public class EmbeddedNeo4jException extends RuntimeException {
    public EmbeddedNeo4jException(String message, Throwable cause) {
        super(message, cause);
    }
}
