package nl.vico.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.vico.app.ExitCodes;
import nl.vico.app.UserInputException;
import nl.vico.app.web.VicoServer;
import nl.vico.embedded.DataDirectoryInUseException;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vico serve}: the web page and the REST API on one port, until stopped. Spring starts here and
 * only here; the other commands never load it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the map page and the REST API (under /api; described at /v3/api-docs and /swagger-ui.html)",
            "on the embedded database, or on a Neo4j server with --neo4j. The first start creates the account 'admin'",
            "with the password of VICO_ADMIN_PASSWORD, or prints a generated one once, and imports the example",
            "neighbourhood into an empty database. Stop with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "${env:VICO_PORT:-8080}",
            description = "Port to listen on (default: $VICO_PORT, else ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:VICO_HOST:-127.0.0.1}",
            description = "Address to listen on (default: $VICO_HOST, else ${DEFAULT-VALUE}, this machine only;"
                    + " 0.0.0.0 for every network).")
    String host;

    @Option(names = "--no-example", description = "Do not import the example neighbourhood on the first start.")
    boolean noExample;

    @Mixin
    Neo4jOptions neo4j;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UserInputException("--port " + port + " — give a port from 1 to 65535 (or 0 for a free one)");
        }
        ConfigurableApplicationContext context = start(settings());
        PrintWriter err = spec.commandLine().getErr();
        int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
        String shown = "0.0.0.0".equals(host) ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        err.println("vico: serving http://" + shown + ":" + actual + "/ (API under /api, Swagger UI at /swagger-ui.html)"
                + " on the " + (neo4j.external() ? "Neo4j at " + neo4j.uri : "embedded Neo4j in " + neo4j.embeddedDataDir())
                + ". Stop with Ctrl+C.");
        err.flush();
        var closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> closed.countDown());
        if (context.isActive()) {
            closed.await();
        }
        return ExitCodes.OK;
    }

    Map<String, Object> settings() {
        var s = new LinkedHashMap<String, Object>();
        s.put("server.port", port);
        s.put("server.address", host);
        s.put("vico.data-dir", neo4j.embeddedDataDir());
        s.put("vico.example", !noExample);
        if (neo4j.external()) {
            s.put("vico.neo4j.uri", neo4j.uri);
            s.put("vico.neo4j.user", neo4j.user);
            s.put("vico.neo4j.password", neo4j.password);
        }
        // a start that fails is reported once, as a vico message (exit 2 or 1), not as a logged stack trace
        s.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
        s.put("logging.level.org.springframework.boot.diagnostics", "OFF");
        return s;
    }

    /** Starts the server; a failure the user can fix surfaces as the exception that says how. */
    static ConfigurableApplicationContext start(Map<String, Object> settings) {
        try {
            return VicoServer.start(settings);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof UserInputException u) {
                    throw u;
                }
                if (t instanceof DataDirectoryInUseException d) {
                    throw d;
                }
                if (t instanceof PortInUseException p) {
                    throw new UserInputException("port " + p.getPort() + " is in use — give another with --port,"
                            + " or stop what uses it");
                }
            }
            throw e;
        }
    }
}
