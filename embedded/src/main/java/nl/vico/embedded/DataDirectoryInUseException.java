package nl.vico.embedded;

import java.nio.file.Path;

/**
 * Another process (another vico, or a Neo4j server) holds the store lock of the data directory: Neo4j
 * lets one process at a time open a store.
 */
public final class DataDirectoryInUseException extends EmbeddedNeo4jException {
    private final Path dataDir;

    public DataDirectoryInUseException(Path dataDir, Throwable cause) {
        super("another vico process uses the database in " + dataDir
                + " — wait until it ends or stop it, or give this one its own directory with --data-dir or"
                + " VICO_DATA_DIR (or run both against one Neo4j server with --neo4j bolt://host:7687)", cause);
        this.dataDir = dataDir;
    }

    /** The directory whose store is locked. */
    public Path dataDir() {
        return dataDir;
    }
}
