package nl.vico.app.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests against the real server: one application on a random port (shared by every test
 * class that extends this, as Spring caches the context) over one real embedded Neo4j.
 */
@SpringBootTest(classes = VicoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vico.admin.password=" + ServerTest.ADMIN_PASSWORD, "vico.upload.max-rows=2000",
            "vico.upload.max-bytes=3000000", "spring.servlet.multipart.max-request-size=2MB",
            "spring.servlet.multipart.max-file-size=2MB"})
abstract class ServerTest {
    static final String ADMIN_PASSWORD = "admin-password-for-tests";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("vico.neo4j.uri", TestDatabase::boltUri);
    }

    /** A client logged in as the first administrator. */
    Http admin() {
        return Http.login(port, "admin", ADMIN_PASSWORD);
    }

    /** Creates an account (as administrator) and returns a client logged in with it. */
    Http account(String name, String role, boolean residentNames, String... workspaces) {
        String password = "password-of-" + name;
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("password", password);
        body.put("role", role);
        body.put("workspaces", java.util.List.of(workspaces));
        body.put("resident_names", residentNames);
        var r = admin().post("/api/users", body);
        if (r.status() != 201 && r.status() != 409) {
            throw new IllegalStateException("cannot create account " + name + ": " + r.status() + " " + r.body());
        }
        return Http.login(port, name, password);
    }
}
