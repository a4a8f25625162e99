package nl.vico.app.web;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server's own settings ({@code vico.*}). {@code vico serve} fills them from its options and the
 * environment ({@code NEO4J_URI}, {@code VICO_DATA_DIR}, {@code VICO_ADMIN_PASSWORD}).
 *
 * @param dataDir  folder of the embedded database (default {@code ~/.vico/neo4j}); unused with a server
 * @param neo4j    the Neo4j server to use instead of the embedded database
 * @param admin    the first administrator account
 * @param upload   limits on uploaded datasets
 * @param analysis how many analyses run at once, and how many may wait
 * @param example  whether the first start imports the bundled example neighbourhood
 * @param login    how many failed logins are tolerated before further attempts are refused for a while
 */
@ConfigurationProperties("vico")
public record VicoProperties(Path dataDir, @DefaultValue Neo4j neo4j, @DefaultValue Admin admin,
                             @DefaultValue Upload upload, @DefaultValue Analysis analysis,
                             @DefaultValue("true") boolean example, @DefaultValue Login login) {
    public VicoProperties {
        dataDir = dataDir == null ? Path.of(System.getProperty("user.home"), ".vico", "neo4j") : dataDir;
    }

    /**
     * @param uri      {@code bolt://host:7687}; empty means the embedded database
     * @param user     user name on the server
     * @param password password on the server
     */
    public record Neo4j(String uri, @DefaultValue("neo4j") String user, String password) {
        public boolean external() {
            return uri != null && !uri.isBlank();
        }
    }

    /**
     * @param name     the first administrator's account name
     * @param password its password; when empty, the first start generates one and prints it once
     */
    public record Admin(@DefaultValue("admin") String name, String password) {
    }

    /**
     * @param maxRows   most data rows in one file of an uploaded dataset
     * @param maxBytes  most bytes of an uploaded dataset, unpacked (the multipart limits bound what is sent)
     * @param maxFiles  most entries in an uploaded zip
     */
    public record Upload(@DefaultValue("100000") int maxRows, @DefaultValue("52428800") long maxBytes,
                         @DefaultValue("64") int maxFiles) {
        public Upload {
            if (maxRows < 1 || maxBytes < 1 || maxFiles < 1) {
                throw new IllegalArgumentException("vico.upload limits must be positive — give maxRows, maxBytes and"
                        + " maxFiles of 1 or more");
            }
        }
    }

    /**
     * @param workers analyses that run at the same time
     * @param queue   analyses that may wait for a worker; more are refused with 503
     */
    public record Analysis(@DefaultValue("2") int workers, @DefaultValue("16") int queue) {
        public Analysis {
            if (workers < 1 || queue < 0) {
                throw new IllegalArgumentException("vico.analysis.workers must be ≥ 1 and vico.analysis.queue ≥ 0");
            }
        }
    }

    /**
     * Guessing passwords is slowed down: after {@code maxFailures} failed logins for one account name within
     * {@code window}, or {@code maxFailuresPerClient} from one client address, further attempts are refused
     * (429 with Retry-After) until the oldest of those failures is older than the window. A successful login
     * clears the account's count. Behind a reverse proxy, let the server see the client's address
     * ({@code server.forward-headers-strategy=native}) or all clients count as one.
     *
     * @param maxFailures          failed logins per account name within the window
     * @param maxFailuresPerClient failed logins per client address within the window
     * @param window               how long a failure counts
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerClient,
                        @DefaultValue("15m") Duration window) {
        public Login {
            if (maxFailures < 1 || maxFailuresPerClient < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("vico.login limits must be positive — give max-failures and"
                        + " max-failures-per-client of 1 or more and a window such as 15m");
            }
        }
    }
}
