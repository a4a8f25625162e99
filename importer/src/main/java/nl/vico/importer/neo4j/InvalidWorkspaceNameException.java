package nl.vico.importer.neo4j;

/** A workspace name that does not follow {@link WorkspaceNames#PATTERN}; the message says how to fix it. */
public final class InvalidWorkspaceNameException extends IllegalArgumentException {
    public InvalidWorkspaceNameException(String message) {
        super(message);
    }
}
