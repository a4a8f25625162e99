package nl.vico.app.web;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The vico server ({@code vico serve}): the REST API under {@code /api}, the map page, and the accounts,
 * on one Neo4j driver (the embedded database unless a server is configured). Only {@code vico serve}
 * starts it; the other commands never load Spring.
 *
 * <p>Its settings are {@link VicoProperties} ({@code vico.*}) and Spring Boot's own ({@code server.port}, …),
 * with the defaults of {@code application.properties}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VicoServer {
    /**
     * Starts the server with the given settings on top of {@code application.properties}; returns once it
     * listens. Closing the returned context stops it (and the embedded database, if any).
     */
    public static ConfigurableApplicationContext start(Map<String, Object> settings) {
        var app = new SpringApplication(VicoServer.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.setDefaultProperties(Map.of());
        app.setRegisterShutdownHook(true);
        return app.run(toArgs(settings));
    }

    /** Settings as {@code --key=value} arguments, which outrank {@code application.properties}. */
    private static String[] toArgs(Map<String, Object> settings) {
        return settings.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }
}
