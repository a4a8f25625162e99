package nl.vico.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the database is: the embedded one (default) or a Neo4j server. */
public final class Neo4jOptions {
    @Option(names = "--neo4j", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "Use the Neo4j server at URI (e.g. bolt://localhost:7687) instead of the embedded database. "
                    + "Default: $NEO4J_URI, else the embedded database.")
    String uri;

    @Option(names = "--neo4j-user", paramLabel = "USER", defaultValue = "${env:NEO4J_USER:-neo4j}",
            description = "User name on the Neo4j server (default: $NEO4J_USER, else neo4j).")
    String user;

    @Option(names = "--neo4j-password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "Password on the Neo4j server (default: $NEO4J_PASSWORD).")
    String password;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:VICO_DATA_DIR}",
            description = "Folder of the embedded database (default: $VICO_DATA_DIR, else ~/.vico/neo4j).")
    Path dataDir;

    /** The embedded database's folder. */
    public Path embeddedDataDir() {
        if (dataDir != null) {
            return dataDir;
        }
        return Path.of(System.getProperty("user.home"), ".vico", "neo4j");
    }

    public boolean external() {
        return uri != null && !uri.isBlank();
    }
}
