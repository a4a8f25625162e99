package nl.vico.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.IntSupplier;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * A real Neo4j 5 community DBMS running inside this process, reachable only through its Bolt connector
 * on {@code 127.0.0.1} at a free port, exactly like an external server (TLS and authentication off, as
 * nothing outside this machine can reach it).
 *
 * <p>Everything lives under the data directory given to {@link #start(Path)}: the store in {@code data/},
 * Neo4j's own logs in {@code logs/} (nothing is printed on the console), and a small {@code neo4j.conf}
 * that vico rewrites at every start with the settings Neo4j only accepts from a file. Neo4j locks the
 * store, so one data directory serves one process at a time; a second process gets a
 * {@link DataDirectoryInUseException} that says what to do.
 *
 * <p>Start-up takes a few seconds; {@link #close()} shuts the DBMS down in well under a second.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    /** The file written into the data directory with the settings Neo4j accepts only from a config file. */
    public static final String CONFIG_FILE = "neo4j.conf";
    /** The folder inside the data directory that holds Neo4j's logs. */
    public static final String LOGS_DIR = "logs";
    /** The file inside {@link #LOGS_DIR} that receives Neo4j's user log (what a server prints on its console). */
    public static final String USER_LOG = "neo4j.log";

    private static final String SLF4J_PROVIDER_PROPERTY = "slf4j.provider";
    private static final String SLF4J_VERBOSITY_PROPERTY = "slf4j.internal.verbosity";
    private static final String LOOPBACK = "127.0.0.1";
    private static final int START_ATTEMPTS = 5;
    private static final String CONFIG_TEXT = """
            # Written by vico at every start of the embedded Neo4j; changes here are overwritten.
            # Settings that Neo4j accepts only from a config file: shut the Bolt server down at once.
            internal.server.bolt.connection_shutdown_wait_time=0s
            internal.dbms.bolt.netty_server_shutdown_quiet_period=0
            # Send no usage reports from a user's machine.
            dbms.usage_report.enabled=false
            """;

    private final Path dataDir;
    private final URI boltUri;
    private final DatabaseManagementService dbms;
    private final OutputStream userLog;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedNeo4j(Path dataDir, URI boltUri, DatabaseManagementService dbms, OutputStream userLog) {
        this.dataDir = dataDir;
        this.boltUri = boltUri;
        this.dbms = dbms;
        this.userLog = userLog;
        this.shutdownHook = new Thread(this::shutdownQuietly, "vico-embedded-neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the DBMS on the given data directory (created when missing), with Bolt on 127.0.0.1 at a
     * free port. Should another process take the chosen port between choosing and binding, it tries
     * again with another port.
     *
     * @throws DataDirectoryInUseException when another process has the store in this directory open
     * @throws EmbeddedNeo4jException      when the directory cannot be used or Neo4j does not start
     */
    public static EmbeddedNeo4j start(Path dataDir) {
        return start(dataDir, EmbeddedNeo4j::freeLoopbackPort);
    }

    /** As {@link #start(Path)}, with the ports to try given by {@code ports} (tests use it to force a bind race). */
    static EmbeddedNeo4j start(Path dataDir, IntSupplier ports) {
        Path dir = prepare(dataDir);
        silenceSlf4jWithoutProvider();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int port = ports.getAsInt();
            OutputStream log = openUserLog(dir);
            try {
                DatabaseManagementService dbms = build(dir, port, log);
                return new EmbeddedNeo4j(dir, URI.create("bolt://" + LOOPBACK + ":" + port), dbms, log);
            } catch (RuntimeException e) {
                closeQuietly(log);
                if (causedBy(e, FileLockException.class)) {
                    throw new DataDirectoryInUseException(dir, e);
                }
                if (!isBindFailure(e)) {
                    throw new EmbeddedNeo4jException("the embedded Neo4j in " + dir + " did not start: " + rootMessage(e)
                            + " — see " + dir.resolve(LOGS_DIR) + " for Neo4j's own log; if the store is damaged,"
                            + " move the directory away and import again", e);
                }
                last = e;
            }
        }
        throw new EmbeddedNeo4jException("the embedded Neo4j found no free port on " + LOOPBACK + " after "
                + START_ATTEMPTS + " attempts: " + rootMessage(last)
                + " — close programs that open many local ports, or use an external server with --neo4j", last);
    }

    private static Path prepare(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir.resolve(LOGS_DIR));
            Files.writeString(dir.resolve(CONFIG_FILE), CONFIG_TEXT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EmbeddedNeo4jException("cannot use " + dir + " as the embedded Neo4j's data directory ("
                    + e.getMessage() + ") — make it writable, or choose another one with --data-dir or VICO_DATA_DIR", e);
        }
        return dir;
    }

    private static OutputStream openUserLog(Path dir) {
        try {
            return Files.newOutputStream(dir.resolve(LOGS_DIR).resolve(USER_LOG),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new EmbeddedNeo4jException("cannot write Neo4j's log into " + dir.resolve(LOGS_DIR) + " ("
                    + e.getMessage() + ") — make the data directory writable, or choose another one with --data-dir", e);
        }
    }

    private static DatabaseManagementService build(Path dir, int port, OutputStream log) {
        return new DatabaseManagementServiceBuilder(dir)
                .loadPropertiesFromFile(dir.resolve(CONFIG_FILE))
                .setUserLogProvider(new Log4jLogProvider(log))
                .setConfig(GraphDatabaseSettings.logs_directory, dir.resolve(LOGS_DIR))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .build();
    }

    /**
     * Parts of Neo4j (Shiro's password hashing, Jetty) log through SLF4J. Without a provider on the class path SLF4J falls back to
     * its no-operation logger anyway, but first prints a three-line warning on stderr; naming that same
     * no-operation provider explicitly keeps the console clean. A class path with a real provider
     * (logback in the app) or an explicit {@code slf4j.provider} setting is left alone.
     */
    private static void silenceSlf4jWithoutProvider() {
        if (System.getProperty(SLF4J_PROVIDER_PROPERTY) != null) {
            return;
        }
        ClassLoader loader = EmbeddedNeo4j.class.getClassLoader();
        try {
            Class<?> spi = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, loader);
            if (ServiceLoader.load(spi, loader).stream().findAny().isEmpty()) {
                System.setProperty(SLF4J_PROVIDER_PROPERTY, "org.slf4j.helpers.NOP_FallbackServiceProvider");
                if (System.getProperty(SLF4J_VERBOSITY_PROPERTY) == null) {
                    // SLF4J announces an explicitly named provider at its INFO level
                    System.setProperty(SLF4J_VERBOSITY_PROPERTY, "WARN");
                }
            }
        } catch (ClassNotFoundException | ServiceConfigurationError noSlf4j) {
            // no SLF4J 2 on the class path: nothing will print its warning
        }
    }

    /** A port on 127.0.0.1 that was free a moment ago (another process may still take it first). */
    static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedNeo4jException("cannot open a local port on " + LOOPBACK + " (" + e.getMessage()
                    + ") — check that the loopback interface is up, or use an external server with --neo4j", e);
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof BindException || t.getClass().getSimpleName().equals("PortBindException")
                    || message.contains("address already in use")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The Bolt address to give the Neo4j Java Driver, e.g. {@code bolt://127.0.0.1:41234}. */
    public URI boltUri() {
        return boltUri;
    }

    /** The data directory, absolute. */
    public Path dataDir() {
        return dataDir;
    }

    /** Shuts the DBMS down and releases the store lock; calling it again does nothing. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmShuttingDown) {
            // the hook is running or about to run; shutting down here as well is harmless
        }
        shutdownQuietly();
    }

    private synchronized void shutdownQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            dbms.shutdown();
        } finally {
            closeQuietly(userLog);
        }
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // only Neo4j's own log file: losing its last lines must not hide the real outcome
        }
    }

    @Override
    public String toString() {
        return "EmbeddedNeo4j[" + boltUri + ", " + dataDir + "]";
    }
}
