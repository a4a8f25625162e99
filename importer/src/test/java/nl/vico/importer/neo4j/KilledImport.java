package nl.vico.importer.neo4j;

import java.nio.file.Path;

import nl.vico.embedded.EmbeddedNeo4j;
import nl.vico.importer.DatasetReader;
import nl.vico.importer.ImportListener;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Run in a child JVM by {@link Neo4jStoreCrashTest}: imports one dataset into an embedded Neo4j, then
 * starts importing another and, half-way through the given phase of that second import, announces it and
 * waits to be killed. Arguments: data directory, workspace, folder of the first dataset, folder of the
 * second, and the phase to stop in: {@link ImportListener#TIES} (before the switch to the new content) or
 * {@link ImportListener#RETIRE} (after it, while the replaced content is being removed).
 */
final class KilledImport {
    static final String COMMITTED = "FIRST-IMPORT-COMMITTED";
    static final String MID_IMPORT = "SECOND-IMPORT-HALF-WAY";

    private KilledImport() {
    }

    public static void main(String[] args) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]));
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
        Neo4jStore store = new Neo4jStore(driver, null, 10);
        store.importNetwork(args[1], DatasetReader.read(Path.of(args[2])), ImportListener.NONE);
        System.out.println(COMMITTED);
        System.out.flush();
        String stopIn = args[4];
        Object never = new Object();
        store.importNetwork(args[1], DatasetReader.read(Path.of(args[3])), (phase, done, total) -> {
            if (phase.equals(stopIn) && done >= total / 2) {
                System.out.println(MID_IMPORT);
                System.out.flush();
                synchronized (never) {
                    while (true) {
                        try {
                            never.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            }
        });
        throw new IllegalStateException("the second import should never finish: the test kills this process first");
    }
}
