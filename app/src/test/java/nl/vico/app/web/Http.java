package nl.vico.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A real HTTP client for the server under test, like a browser: it keeps cookies, sends the
 * {@code XSRF-TOKEN} cookie back as {@code X-XSRF-TOKEN} on changes (unless told not to), never follows
 * redirects, or sends an API token instead of cookies.
 */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private final int port;
    private final CookieManager cookies;
    private final HttpClient client;
    private final String bearer;
    private final boolean csrf;

    private Http(int port, CookieManager cookies, String bearer, boolean csrf) {
        this.port = port;
        this.cookies = cookies;
        this.bearer = bearer;
        this.csrf = csrf;
        var builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        this.client = builder.build();
    }

    /** Nobody logged in (cookies kept). */
    static Http anonymous(int port) {
        var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        return new Http(port, cookies, null, true);
    }

    /** Logs in through the page's form, as a browser does: fetch the login page for the CSRF cookie, then post. */
    static Http login(int port, String name, String password) {
        Http h = anonymous(port);
        Response r = h.loginAttempt(name, password);
        String location = r.headers().firstValue("Location").orElse("");
        if (r.status() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + name + " failed: " + r.status() + " → " + location);
        }
        h.get("/api/me"); // as a browser follows the redirect: the new session gets its CSRF cookie
        return h;
    }

    /** Posts the login form; answers the server's reply (a redirect to "/" or to the login page with ?error). */
    Response loginAttempt(String name, String password) {
        get("/login.html");
        String form = "username=" + enc(name) + "&password=" + enc(password) + (csrf ? "&_csrf=" + enc(csrfToken()) : "");
        return send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Scripts: the API token in every request, no cookies at all. */
    static Http bearer(int port, String token) {
        return new Http(port, null, token, false);
    }

    /** The same session, but changes go without the CSRF header (as a forged cross-site request would). */
    Http withoutCsrf() {
        return new Http(port, cookies, bearer, false);
    }

    String csrfToken() {
        return cookies == null ? "" : cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    record Response(int status, HttpHeaders headers, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body(), e);
            }
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json, */*"));
    }

    Response post(String path, Object body) {
        return send(json(path, body).POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body))));
    }

    Response put(String path, Object body) {
        return send(json(path, body).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes(body))));
    }

    Response delete(String path) {
        return send(changing(HttpRequest.newBuilder(uri(path)).DELETE()));
    }

    /** A raw body with the given content type, e.g. malformed JSON. */
    Response postRaw(String path, String contentType, byte[] body) {
        return send(changing(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))));
    }

    /** One file of a multipart upload. */
    record Part(String filename, byte[] content) {
        static Part text(String filename, String content) {
            return new Part(filename, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A multipart/form-data POST with every part in the field {@code files}. */
    Response upload(String path, List<Part> parts) {
        String boundary = "vico-" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        for (Part p : parts) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + p.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(changing(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))));
    }

    private HttpRequest.Builder json(String path, Object body) {
        return changing(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json"));
    }

    private HttpRequest.Builder changing(HttpRequest.Builder b) {
        if (csrf && bearer == null) {
            b.header("X-XSRF-TOKEN", csrfToken());
        }
        return b;
    }

    private Response send(HttpRequest.Builder b) {
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        b.timeout(Duration.ofSeconds(120));
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static byte[] bytes(Object body) {
        try {
            return body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
